#!/usr/bin/env bash
# Runs clang-tidy with the project's .clang-tidy over the tracked C++ sources of the given folders,
# using the build's compile database, and fails on any finding. Usage:
#   check_tidy.sh SOURCE_DIR BUILD_DIR [FOLDER ...]   (folders relative to SOURCE_DIR)
# Parallel with $CAREROUND_TIDY_JOBS (default: the number of cores). Silence a finding only with
# a reason: `// NOLINT(check-name): why`.
set -euo pipefail
root=$1
build=$2
shift 2
folders=("$@")
cd "$root"
if [ ! -f "$build/compile_commands.json" ]; then
    echo "no $build/compile_commands.json (configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON)" >&2
    exit 1
fi
patterns=()
for folder in "${folders[@]}"; do
    patterns+=("$folder/*.cpp")
done
mapfile -t files < <(git ls-files "${patterns[@]}")
if [ ${#files[@]} -eq 0 ]; then
    echo "no C++ files found under ${folders[*]} in $root (not a git checkout?)" >&2
    exit 1
fi
jobs=${CAREROUND_TIDY_JOBS:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$work/findings.log
# The compile database without GCC's precompiled header (clang cannot read a .gch); the sources
# include what they use, so they parse the same without it.
python3 - "$build/compile_commands.json" "$work/compile_commands.json" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
for entry in entries:
    entry["command"] = re.sub(r" -Winvalid-pch| -include \S*cmake_pch\.hxx", "", entry["command"])
json.dump(entries, open(sys.argv[2], "w"))
PY
start=$SECONDS
status=0
printf '%s\0' "${files[@]}" \
    | xargs -0 -n 1 -P "$jobs" clang-tidy -p "$work" --quiet --warnings-as-errors='*' \
          >"$log" 2>&1 || status=$?
# clang-tidy prints "N warnings generated." for the headers it filtered out; only findings count.
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Use -system-headers' \
    "$log" || true
echo "clang-tidy: ${#files[@]} files in ${folders[*]}, $((SECONDS - start)) s with $jobs jobs"
exit $status
