# The kernel's memory management (issue 3 onwards). Files are listed once they exist so the
# module can grow file by file.
foreach(f kernel/vma.h kernel/vma.cpp kernel/kernel.h kernel/kernel_util.cpp kernel/kernel_pages.cpp
          kernel/kernel_mm.cpp kernel/kernel_objects.cpp kernel/kernel_fault.cpp)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/../${f})
        list(APPEND PAGELAB_ENGINE_SOURCES ${f})
    endif()
endforeach()
