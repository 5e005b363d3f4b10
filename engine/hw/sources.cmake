list(APPEND PAGELAB_ENGINE_SOURCES
    hw/types.h hw/types.cpp
    hw/paging_entry.h hw/paging_entry.cpp
    hw/cpu_state.h
    hw/physical_memory.h hw/physical_memory.cpp
    hw/page_walker.h hw/page_walker.cpp
    hw/page_table_editor.h hw/page_table_editor.cpp
    hw/tlb.h hw/tlb.cpp
)
