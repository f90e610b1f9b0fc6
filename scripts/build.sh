#!/usr/bin/env bash
# Configures and builds CareRound into ./build (or $CAREROUND_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${CAREROUND_BUILD_DIR:-build}
build_type=${CAREROUND_BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
