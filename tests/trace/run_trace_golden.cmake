# Runs `pagelab-cli <args of DATA/golden/CASE.args>` inside DATA and compares its exit status
# and output (stdout, then "--- stderr", then stderr) with DATA/golden/CASE.expected, the
# "seconds" figures masked. Regenerate an expected file with -DUPDATE=1 (check it by hand).
file(READ ${DATA}/golden/${CASE}.args args)
string(STRIP "${args}" args)
separate_arguments(args UNIX_COMMAND "${args}")
execute_process(COMMAND ${CLI} ${args} WORKING_DIRECTORY ${DATA}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(actual "exit ${status}\n${out}--- stderr\n${err}")
string(REGEX REPLACE "\"seconds\":[0-9.e+-]+" "\"seconds\":0" actual "${actual}")
string(REGEX REPLACE "seconds: [0-9.e+-]+" "seconds: 0" actual "${actual}")
if(UPDATE)
    file(WRITE ${DATA}/golden/${CASE}.expected "${actual}")
    return()
endif()
file(READ ${DATA}/golden/${CASE}.expected expected)
if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "pagelab-cli ${args}: output differs\n--- expected\n${expected}\n--- actual\n${actual}")
endif()
