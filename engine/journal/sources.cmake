list(APPEND PAGELAB_ENGINE_SOURCES
    journal/event.h journal/event.cpp
    journal/journal.h
    journal/message.h journal/message.cpp
)
