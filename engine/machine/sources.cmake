list(APPEND PAGELAB_ENGINE_SOURCES
    machine/stats.h
    machine/frame_allocator.h machine/frame_allocator.cpp
    machine/machine.h machine/machine.cpp
    machine/json_writer.h machine/json_writer.cpp
    machine/command_messages.h machine/command_messages.cpp
    machine/interpreter.h
    machine/commands_hw.cpp
    machine/commands_observe.cpp
    machine/commands_kernel.cpp
    machine/commands_access.cpp
    machine/show_kernel.cpp
    machine/commands_reclaim.cpp
    machine/commands_mlock.cpp
    machine/commands_uaccess.cpp
    machine/commands_trace.cpp
    machine/session.h machine/session.cpp
)
