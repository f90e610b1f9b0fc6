# Warnings for the project's own code. CI builds with CAREROUND_WERROR=ON (scripts/test.sh), so a
# new warning fails the build there while a developer's local build only reports it.
option(CAREROUND_WARNINGS "Compile project code with -Wall -Wextra -Wpedantic" ON)
option(CAREROUND_WERROR "Treat compiler warnings as errors" OFF)
# -Wmissing-field-initializers is left out: our aggregates give every member a default, and
# naming only the leading ones (AuditEntry {actor, action, ...}) is the intended C++20 idiom.
if(CAREROUND_WARNINGS)
    add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-Wall> $<$<COMPILE_LANGUAGE:CXX>:-Wextra>
                        $<$<COMPILE_LANGUAGE:CXX>:-Wpedantic>
                        $<$<COMPILE_LANGUAGE:CXX>:-Wno-missing-field-initializers>)
endif()
if(CAREROUND_WERROR)
    add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-Werror>)
endif()
