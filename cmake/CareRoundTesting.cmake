# careround_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <s>])
# One QtTest executable per class. Every Qt test runs offscreen, set through ctest.
function(careround_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CAREROUND_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}")
    # Unit tests are also collected into careround_unit_tests, which the sanitizer build of CI
    # builds alone (without the app, the server or the slower test kinds).
    if("unit" IN_LIST T_LABELS)
        set_property(GLOBAL APPEND PROPERTY CAREROUND_UNIT_TESTS ${name})
    endif()
endfunction()

# Call once after every test is declared.
function(careround_add_unit_test_target)
    get_property(tests GLOBAL PROPERTY CAREROUND_UNIT_TESTS)
    add_custom_target(careround_unit_tests)
    if(tests)
        add_dependencies(careround_unit_tests ${tests})
    endif()
endfunction()
