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
drifted=()
for file in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        drifted+=("$file")
    fi
done
for file in "${drifted[@]}"; do
    echo "format drift: $file (run: clang-format -i $file)"
done
echo "${#files[@]} files checked, ${#drifted[@]} differ from .clang-format"
[ ${#drifted[@]} -eq 0 ]
