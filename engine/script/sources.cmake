list(APPEND PAGELAB_ENGINE_SOURCES
    script/ast.h
    script/parser.h script/parser.cpp
)
