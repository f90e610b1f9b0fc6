#!/usr/bin/env bash
# Installs what CareRound needs, builds it, and runs every test (unit, QML, integration, fault).
# Benchmarks are separate (see README.md); they print figures and never fail.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
build_dir=${CAREROUND_BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j2
