list(APPEND PAGELAB_ENGINE_SOURCES
    script/ast.h
    script/script_messages.h script/script_messages.cpp
    script/lexer.h script/lexer.cpp
    script/command_schema.h script/command_schema.cpp
    script/parser.h script/parser.cpp
)
