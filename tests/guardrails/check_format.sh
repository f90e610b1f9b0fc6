#!/usr/bin/env bash
# Fails when a C++ file under src/, app/ or tests/ differs from what clang-format makes of it with
# the project's .clang-format (fix with: clang-format -i FILE). Checks the files git tracks, so a
# build folder or a scratch file is never judged.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h')
if [ ${#files[@]} -eq 0 ]; then
    echo "no C++ files found under $root (not a git checkout?)" >&2
    exit 1
fi
# One clang-format for all files: started once per file, its start-up was nine tenths of the cost.
# It names each drifted file in a "FILE:LINE:COL: error: code should be clang-formatted" line.
status=0
report=$(clang-format --dry-run --Werror "${files[@]}" 2>&1) || status=$?
mapfile -t drifted < <(sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' \
    <<<"$report" | sort -u)
if [ $status -ne 0 ] && [ ${#drifted[@]} -eq 0 ]; then
    echo "$report" >&2 # clang-format failed on something else (a file it cannot read, say)
    exit 1
fi
for file in "${drifted[@]}"; do
    echo "format drift: $file (run: clang-format -i $file)"
done
echo "${#files[@]} files checked, ${#drifted[@]} differ from .clang-format"
[ ${#drifted[@]} -eq 0 ]
