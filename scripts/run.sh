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
# The demo's records, keys and logins are for this user only (the server and the app make their
# files 0600 in 0700 folders themselves; this covers the folders made here).
umask 077
mkdir -p "$data/server" "$data/device"
chmod 700 "$data" "$data/server" "$data/device"
logins="$data/server/demo-logins.json"
if [ ! -e "$logins" ]; then
  # Writes the logins (0600) to $logins itself; its password is random for this install.
  "$server" init-demo --data-dir "$data/server" --people 40 --workers 10 --days 14 >/dev/null
fi
chmod 600 "$logins" # an install made by an older version may have left it readable by others
# The demo logins, one per role (one password for every demo user, random for this install).
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
echo "Office console: https://127.0.0.1:$port/office/ — sign in as the coordinator or the supervisor"
echo "  (the browser warns about the demo's self-signed certificate: accept it for this address;"
echo "  the first sign-in sets up an authenticator app from a QR code, then shows recovery codes)"
# The demo server makes a self-signed certificate on its first start: wait for it, then trust it.
cert="$data/server/tls/dev-cert.pem"
for _ in $(seq 50); do [ -s "$cert" ] && break; sleep 0.1; done
"$app" --data-dir "$data/device" --server "https://127.0.0.1:$port" --server-certificate "$cert"
