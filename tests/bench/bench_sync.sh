#!/usr/bin/env bash
# Runs bench_sync with the PouchDB baseline: installs pouchdb and express-pouchdb with
# npm into a scratch folder (kept in the build folder between runs), then runs the benchmark.
#   tests/bench/bench_sync.sh [build dir] [bench_sync options]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}; shift || true
scratch="$build/bench-pouchdb"
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/express-pouchdb" ]; then
  (cd "$scratch" && npm install --no-audit --no-fund --silent pouchdb express-pouchdb >/dev/null)
fi
cmake --build "$build" --target bench_sync >/dev/null
"$build/tests/bench/bench_sync" --pouchdb-modules "$(cd "$scratch" && pwd)/node_modules" "$@"
