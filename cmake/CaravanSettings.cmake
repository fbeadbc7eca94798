# Compiler settings shared by every target of the project.
# Targets opt in with caravan_apply_settings(<target>) — never directory-wide flags.

# -O2 rather than CMake's default -O3: GCC 12 reports false -Wrestrict/-Wmaybe-uninitialized positives
# inside libstdc++'s std::string at -O3, which would hide real warnings in the noise.
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "Flags for Release builds" FORCE)

add_library(caravan_warnings INTERFACE)
add_library(caravan::warnings ALIAS caravan_warnings)
target_compile_options(caravan_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)

add_library(caravan_sanitizers INTERFACE)
add_library(caravan::sanitizers ALIAS caravan_sanitizers)
if(CARAVAN_SANITIZE)
    target_compile_options(caravan_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(caravan_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer targets (tests/fuzz, `./dev fuzz`): every Caravan target gets libFuzzer's coverage
# instrumentation; the fuzz executables link -fsanitize=fuzzer themselves. Use with CARAVAN_SANITIZE.
option(CARAVAN_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)
if(CARAVAN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CARAVAN_FUZZ needs clang (-fsanitize=fuzzer); configure with CXX=clang++")
    endif()
    target_compile_options(caravan_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Strict Qt habits for Qt targets (app and its tests).
set(CARAVAN_QT_DEFINES
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

function(caravan_apply_settings target)
    target_link_libraries(${target} PRIVATE caravan::warnings caravan::sanitizers)
endfunction()

function(caravan_apply_qt_settings target)
    caravan_apply_settings(${target})
    target_compile_definitions(${target} PRIVATE ${CARAVAN_QT_DEFINES})
    set_target_properties(${target} PROPERTIES AUTOMOC ON AUTOUIC OFF AUTORCC ON)
endfunction()
