# Build speed: CI builds the tree three times on two cores within its 30 minutes.
# Precompiled headers (cmake/pch/): parsing Qt's headers was over half of each file's compile time.
set(CAREROUND_PCH_DIR ${CMAKE_CURRENT_LIST_DIR}/pch)
option(CAREROUND_PCH "Precompile the common Qt and standard headers" ON)
# gold links our ~150 executables in a third of the default linker's time (with GCC; clang's
# sanitizer runtimes want their own linker).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=gold CAREROUND_HAVE_GOLD)
    if(CAREROUND_HAVE_GOLD)
        add_link_options(-fuse-ld=gold)
    endif()
endif()
if(CAREROUND_PCH)
    # A header the compiler found but refused (flags differ) is a warning, not a silent slow build.
    add_compile_options(-Winvalid-pch)
endif()

# careround_precompile(<target> [QML]): for a library with many sources. QML adds the Qt QML
# headers (its classes and the C++ that qmlcachegen writes).
function(careround_precompile target)
    if(NOT CAREROUND_PCH)
        return()
    endif()
    cmake_parse_arguments(P "QML" "" "" ${ARGN})
    set(headers ${CAREROUND_PCH_DIR}/core.h)
    if(P_QML)
        list(APPEND headers ${CAREROUND_PCH_DIR}/qml.h)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# Test executables are one source each, so a header of their own would cost more than it saves.
# They share one per directory and set of Qt modules: the compiler takes a header only where the
# macros it tested (QT_GUI_LIB, QT_NETWORK_LIB, QtTest's directory macros) are the same. A small
# object library linked to just those modules builds it, so it need not wait for our libraries.
function(careround_reuse_test_pch target libs)
    if(NOT CAREROUND_PCH)
        return()
    endif()
    careround_qt_modules(modules Qt6::Test ${libs})
    string(MD5 key "${CMAKE_CURRENT_SOURCE_DIR};${modules}")
    string(SUBSTRING ${key} 0 10 key)
    set(holder careround_test_pch_${key})
    if(NOT TARGET ${holder})
        add_library(${holder} OBJECT ${CAREROUND_PCH_DIR}/holder.cpp)
        target_link_libraries(${holder} PRIVATE ${modules})
        target_compile_options(${holder} PRIVATE ${CAREROUND_TEST_COMPILE_OPTIONS}) # as its tests
        set_target_properties(${holder} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_precompile_headers(${holder} PRIVATE ${CAREROUND_PCH_DIR}/core.h ${CAREROUND_PCH_DIR}/test.h)
    endif()
    target_precompile_headers(${target} REUSE_FROM ${holder})
    # AUTOMOC's mocs_compilation.cpp of a test is empty: loading the header would be its whole cost.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# careround_qt_modules(<out> <libs...>): the Qt6:: targets that <libs> use, directly or through
# their public links, sorted.
function(careround_qt_modules out)
    set(queue ${ARGN})
    set(seen)
    set(modules)
    while(queue)
        list(POP_FRONT queue lib)
        if(lib IN_LIST seen OR NOT TARGET ${lib})
            continue() # link-only generator expressions and plain library names carry no defines
        endif()
        list(APPEND seen ${lib})
        if(lib MATCHES "^Qt6::")
            list(APPEND modules ${lib})
        endif()
        get_target_property(links ${lib} INTERFACE_LINK_LIBRARIES)
        if(links)
            list(APPEND queue ${links})
        endif()
    endwhile()
    list(SORT modules)
    set(${out} ${modules} PARENT_SCOPE)
endfunction()
