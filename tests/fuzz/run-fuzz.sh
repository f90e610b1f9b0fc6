#!/usr/bin/env bash
# Runs one libFuzzer target for a short, fixed number of iterations (CI): run-fuzz.sh <binary> [runs]
# Seeds come from tests/fuzz/corpus/<target name>/ when present; new inputs go to a temp dir.
set -euo pipefail
binary=$1
runs=${2:-20000}
name=$(basename "$binary")
seeds="$(dirname "$0")/corpus/$name"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=("-runs=$runs" "-max_len=65536" "-timeout=10" "-rss_limit_mb=2048" "-seed=1")
if [ -d "$seeds" ]; then
    "$binary" "${args[@]}" "$work" "$seeds"
else
    "$binary" "${args[@]}" "$work"
fi
