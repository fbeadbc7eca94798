# caravan_discover_tests(<target> PREFIX <prefix> [RUN <name>] LABELS <label>... [ENVIRONMENT <VAR=value>...])
#
# Registers every Catch2 case of <target> with CTest (catch_discover_tests) and gives each the labels and
# environment. Catch's own PROPERTIES argument flattens lists ("server;sqlite" becomes two arguments),
# so the properties are set from the discovered test list in a file CTest includes after Catch's.
# RUN distinguishes two registrations of the same executable (e.g. once per database).
function(caravan_discover_tests target)
    cmake_parse_arguments(arg "" "PREFIX;RUN" "LABELS;ENVIRONMENT" ${ARGN})
    set(run "${arg_RUN}")
    if(NOT run)
        set(run "default")
    endif()
    string(MAKE_C_IDENTIFIER "${target}_${run}_tests" list_var)
    catch_discover_tests(${target}
        TEST_PREFIX "${arg_PREFIX}"
        TEST_LIST ${list_var}
        EXTRA_ARGS --name "${target}-${run}")

    set(script "${CMAKE_CURRENT_BINARY_DIR}/${list_var}_properties.cmake")
    set(content "if(${list_var})\n  set_tests_properties(\${${list_var}} PROPERTIES\n")
    string(APPEND content "    LABELS \"${arg_LABELS}\"\n")
    if(arg_ENVIRONMENT)
        string(APPEND content "    ENVIRONMENT \"${arg_ENVIRONMENT}\"\n")
    endif()
    string(APPEND content "  )\nendif()\n")
    file(WRITE "${script}" "${content}")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${script}")
endfunction()
