#!/usr/bin/env bash
# Installs what CareRound needs, builds it, starts the sync server on its embedded encrypted store
# with a demo organisation, and opens the app connected to it. Ctrl+C (or closing the app) stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
build_dir=${CAREROUND_BUILD_DIR:-build}
data=${CAREROUND_DEMO_DIR:-$HOME/.local/share/careround-demo}
port=${CAREROUND_PORT:-8443}
server="$build_dir/app/careround-server/careround-server"
app="$build_dir/app/careround/careround"
mkdir -p "$data/server" "$data/device"
logins="$data/server/demo-logins.json"
if [ ! -e "$logins" ]; then
  "$server" init-demo --data-dir "$data/server" --people 40 --workers 10 --days 14 >"$logins.part"
  mv "$logins.part" "$logins"
fi
# The demo logins, one per role (every demo user has the same password).
python3 - "$logins" <<'PY'
import json, sys
demo = json.load(open(sys.argv[1]))
print(f"Demo organisation: {demo['organisation']}")
seen = set()
for login in demo["logins"]:
    if login["role"] not in seen:
        seen.add(login["role"])
        print(f"  {login['role']:<14} login {login['login']:<12} password {login['password']}")
PY
"$server" serve --data-dir "$data/server" --listen 127.0.0.1 --port "$port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null' EXIT
echo "CareRound server on https://127.0.0.1:$port (all demo logins: $logins)"
# The demo server makes a self-signed certificate on its first start: wait for it, then trust it.
cert="$data/server/tls/dev-cert.pem"
for _ in $(seq 50); do [ -s "$cert" ] && break; sleep 0.1; done
"$app" --data-dir "$data/device" --server "https://127.0.0.1:$port" --server-certificate "$cert"
