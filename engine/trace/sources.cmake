# Traces, workloads, replacement simulation and miss-ratio curves. Files of work in progress
# are listed once they exist (re-run cmake after adding one).
foreach(f trace/trace_reader.h trace/trace_reader.cpp trace/workload.h trace/workload.cpp
          trace/replacement.h trace/replacement.cpp trace/mrc.h trace/mrc.cpp
          trace/replay.h trace/replay.cpp trace/reference_prefetcher.h)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/../${f})
        list(APPEND PAGELAB_ENGINE_SOURCES ${f})
    endif()
endforeach()
