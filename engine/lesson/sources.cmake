# Lessons: the .lesson format's parser, the runner the lesson panel and check-lesson use, and
# the checks of check-lesson. Files of work in progress are listed once they exist (re-run
# cmake after adding one).
foreach(f lesson/lesson.h lesson/lesson_parser.h lesson/lesson_parser.cpp
          lesson/lesson_runner.h lesson/lesson_runner.cpp lesson/lesson_check.h lesson/lesson_check.cpp
          lesson/highlight_resolver.h lesson/highlight_resolver.cpp)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/../${f})
        list(APPEND PAGELAB_ENGINE_SOURCES ${f})
    endif()
endforeach()
