# Test programs are compiled without optimisation: at -O2 the code generation for QtTest's macros
# was about half of each test's compile time, and CI compiles ~150 of them. The code under test
# (our libraries, the server and app binaries) keeps the build type's flags; benchmarks and fuzz
# targets, which are not declared here, keep them too.
set(CAREROUND_TEST_COMPILE_OPTIONS -O0 CACHE STRING "Extra compile options for test programs")

# careround_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <s>])
# One QtTest executable per class. Every Qt test runs offscreen, set through ctest.
function(careround_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_options(${name} PRIVATE ${CAREROUND_TEST_COMPILE_OPTIONS})
    careround_reuse_test_pch(${name} "${T_LIBS}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CAREROUND_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}")
    # Unit tests are also collected into careround_unit_tests, and those below the UI layer into
    # careround_core_unit_tests: the sanitizer build of CI builds that one alone (without the app,
    # the server, the QML module or the slower test kinds) to stay inside CI's time budget.
    if("unit" IN_LIST T_LABELS)
        set_property(GLOBAL APPEND PROPERTY CAREROUND_UNIT_TESTS ${name})
        if(NOT "ui" IN_LIST T_LABELS)
            set_property(GLOBAL APPEND PROPERTY CAREROUND_CORE_UNIT_TESTS ${name})
        endif()
    endif()
endfunction()

# Call once after every test is declared.
function(careround_add_unit_test_target)
    foreach(kind unit core_unit)
        string(TOUPPER ${kind} upper)
        get_property(tests GLOBAL PROPERTY CAREROUND_${upper}_TESTS)
        add_custom_target(careround_${kind}_tests)
        if(tests)
            add_dependencies(careround_${kind}_tests ${tests})
        endif()
    endforeach()
endfunction()
