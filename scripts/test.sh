#!/usr/bin/env bash
# Installs what CareRound needs, builds it, and runs every test: unit, QML, integration, fault;
# then clang-tidy (guardrail_tidy); then the libFuzzer targets for a short fixed run (clang build in
# build-fuzz), and the unit tests below the UI layer again under AddressSanitizer and UBSan
# (build-asan). Benchmarks are separate
# (see README.md); they print figures and never fail.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# Warnings are errors here (CI), so a new one fails the run; a developer's build only reports them.
./scripts/build.sh -DCAREROUND_WERROR=ON
build_dir=${CAREROUND_BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j2 -LE tidy

# clang-tidy (.clang-tidy) on its own, with both cores: any finding fails the run.
echo "== clang-tidy (guardrail_tidy) =="
ctest --test-dir "$build_dir" --output-on-failure -L tidy

echo "== fuzz targets (clang, libFuzzer) =="
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCAREROUND_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target careround_fuzzers
ctest --test-dir build-fuzz -L fuzz --output-on-failure

# Below the UI layer (core, store, vault, sync, location, server): the QML module's own build under
# the sanitizers would take CI past its time budget; its logic is covered by the main run above.
echo "== unit tests below the UI under AddressSanitizer and UBSan =="
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAREROUND_SANITIZE=ON \
    -DCAREROUND_QML_CACHEGEN=OFF >/dev/null
cmake --build build-asan -j"$(nproc)" --target careround_core_unit_tests
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    ctest --test-dir build-asan -L unit -LE ui --output-on-failure -j2
