# The kernel's memory management. Files of work in progress are listed once they exist
# (re-run cmake after adding one).
foreach(f kernel/vma.h kernel/vma.cpp kernel/kernel.h kernel/frame_table.h kernel/kernel_util.cpp kernel/kernel_pages.cpp
          kernel/kernel_mm.cpp kernel/kernel_objects.cpp kernel/kernel_fault.cpp
          kernel/swap.h kernel/swap.cpp kernel/reclaim.h kernel/reclaim.cpp kernel/kernel_reclaim.cpp kernel/kernel_swap.cpp
          kernel/kernel_mlock.cpp kernel/uaccess.h kernel/kernel_uaccess.cpp)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/../${f})
        list(APPEND PAGELAB_ENGINE_SOURCES ${f})
    endif()
endforeach()
