#!/bin/sh
# The FHIR validation test (ctest fhir_validation, docs/interop.md): exports, with the real
# careround-server, a bundle of every person of the demo organisation and of the edge cases
# (amendments, PRN, refusals, withdrawn records, double-handed visits, no NHS number), plus
# windowed and error cases, then runs both outside validators over them: zero errors.
# usage: run-validation.sh SERVER FIXTURE OUTDIR   (run in tests/fhir, after npm ci)
set -eu
server=$1 fixture=$2 out=$3
rm -rf "$out"
mkdir -p "$out/bundles"
"$server" init-demo --data-dir "$out/demo" --people 12 --days 7 >/dev/null
"$fixture" edge-cases "$out/edge" >/dev/null
count=0
for store in demo edge; do
    "$fixture" people "$out/$store" >"$out/$store.people"
    while read -r org person; do
        "$server" export fhir --data-dir "$out/$store" --org "$org" --person "$person" \
            >"$out/bundles/$store-$person.json"
        count=$((count + 1))
    done <"$out/$store.people"
done
# A window of care days, and refused input: an error, exit 2 and nothing on stdout.
read -r org person <"$out/edge.people"
today=$(date -u +%F)
"$server" export fhir --data-dir "$out/edge" --org "$org" --person "$person" --from "$today" \
    --to "$today" >"$out/bundles/edge-window.json"
for bad in "--person nobody" "--org nobody" "--from 2025-13-01" "--from 2025-02-01 --to 2025-01-01"; do
    status=0
    # shellcheck disable=SC2086 # the options are split on purpose
    "$server" export fhir --data-dir "$out/edge" --org "$org" --person "$person" $bad \
        >"$out/refused.json" 2>"$out/refused.err" || status=$?
    if [ "$status" -ne 2 ] || [ -s "$out/refused.json" ] || [ ! -s "$out/refused.err" ]; then
        echo "FAIL: export with $bad: exit $status, $(wc -c <"$out/refused.json") bytes written"
        exit 1
    fi
done
echo "exported $count bundles"
node validate.mjs --self-test "$out/bundles/edge-window.json"
node validate.mjs "$out"/bundles/*.json
