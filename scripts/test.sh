#!/usr/bin/env bash
# Installs what CareRound needs, builds it, and runs every test: unit, QML, integration, fault;
# then clang-tidy (guardrail_tidy); then the libFuzzer targets for a short fixed run (clang build in
# build-fuzz), and the unit tests below the UI layer again under AddressSanitizer and UBSan
# (build-asan). Benchmarks are separate (see README.md); they print figures and never fail.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { echo "== $* ($(date +%T))"; }
stage "install"
./scripts/install-deps.sh
# Warnings are errors here (CI), so a new one fails the run; a developer's build only reports them.
stage "build"
./scripts/build.sh -DCAREROUND_WERROR=ON
build_dir=${CAREROUND_BUILD_DIR:-build}

# The two sanitizer builds compile in the background at the lowest priority while the main tests
# run: many tests wait on servers, browsers and kill -9 cycles, and nice 19 hands the CPU back to
# them at once. Their own session, so an early exit stops the whole build.
sanitizer_log=$(mktemp)
setsid nice -n 19 bash -c '
    set -euo pipefail
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCAREROUND_FUZZ=ON >/dev/null
    cmake --build build-fuzz -j2 --target careround_fuzzers
    # Below the UI layer (core, store, vault, sync, location, server): the QML module under the
    # sanitizers would take CI past its time budget; its logic is covered by the main run.
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAREROUND_SANITIZE=ON \
        -DCAREROUND_QML_CACHEGEN=OFF >/dev/null
    cmake --build build-asan -j2 --target careround_core_unit_tests
' >"$sanitizer_log" 2>&1 &
sanitizer_builds=$!
trap 'kill -- -"$sanitizer_builds" 2>/dev/null || true' EXIT

stage "tests"
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j2 -LE tidy

# clang-tidy (.clang-tidy) on its own: any finding fails the run.
stage "clang-tidy (guardrail_tidy)"
ctest --test-dir "$build_dir" --output-on-failure -L tidy

stage "sanitizer builds (finishing)"
if ! wait "$sanitizer_builds"; then
    cat "$sanitizer_log"
    echo "the fuzz or sanitizer build failed" >&2
    exit 1
fi
tail -n 2 "$sanitizer_log"

stage "fuzz targets (clang, libFuzzer)"
ctest --test-dir build-fuzz -L fuzz --output-on-failure

stage "unit tests below the UI under AddressSanitizer and UBSan"
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    ctest --test-dir build-asan -L unit -LE ui --output-on-failure -j2
stage "done"
