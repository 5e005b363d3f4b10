list(APPEND PAGELAB_ENGINE_SOURCES
    journal/event.h journal/event.cpp
    journal/journal.h
    journal/message_text.h journal/message_text.cpp
    journal/message.h journal/message.cpp
)
