#!/usr/bin/env bash
# Load test of the running demo portal (docs/operations.md, "Load test"). Traffic only to 127.0.0.1.
#   1. mvn -Pdemo verify -Ddemo.loadVolunteers=1000      (in another terminal; waits for "Portal ready")
#   2. bash portal-war/src/test/load/run-load.sh [users] [seconds] [connections]
# Prints p50/p95/p99 latency and throughput of: the bare JAX-RS endpoint (GET /api/v1/ping), creating an
# entry (POST /api/v1/service-years/{id}/entries), the dashboard's data (GET /api/v1/service-years/{id}/status)
# and the dashboard page itself (GET /volunteer/home.xhtml with a signed-in session), and the ratios.
set -euo pipefail
USERS=${1:-200}
SECONDS_EACH=${2:-30}
CONNECTIONS=${3:-16}
BASE=http://127.0.0.1:8080
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

echo "Warming up $USERS accounts (one PBKDF2 check each, then remembered) and collecting their years and sessions..."
: > "$WORK/users.lua"
echo "users = {" > "$WORK/users.lua"
for i in $(seq 1 "$USERS"); do
  u=$(printf 'load%04d' "$i")
  year=$(curl -sf -u "$u:demo" "$BASE/api/v1/service-years" | sed -E 's/.*"id":([0-9]+),"lastDay".*/\1/')
  jar="$WORK/$u.jar"
  token=$(curl -sf -c "$jar" -b "$jar" "$BASE/login.xhtml" | sed -nE 's/.*name="csrf" value="([^"]+)".*/\1/p' | head -1)
  curl -sf -c "$jar" -b "$jar" -o /dev/null -d "csrf=$token&username=$u&password=demo" "$BASE/auth/login"
  session=$(awk '$6=="JSESSIONID"{print $7}' "$jar")
  auth=$(printf '%s' "$u:demo" | base64)
  echo "  {auth=\"Basic $auth\", year=$year, session=\"$session\"}," >> "$WORK/users.lua"
done
echo "}" >> "$WORK/users.lua"

run() {
  local name=$1 script=$2 path=$3
  echo
  echo "== $name ($CONNECTIONS connections, ${SECONDS_EACH}s)"
  (cd "$WORK" && USERS_FILE="$WORK/users.lua" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s "$HERE/$script" "$BASE$path") \
    | tee "$WORK/$name.out" | grep -E "Requests/sec|Non-2xx|p50|p95|p99|errors"
}
run ping ping.lua /api/v1/ping
run create create.lua /api/v1
run status status.lua /api/v1
run dashboard dashboard.lua /volunteer/home.xhtml

p95() { awk '/^p95/{print $2}' "$WORK/$1.out"; }
echo
echo "p95 ratio to the bare endpoint: create $(awk -v a="$(p95 create)" -v b="$(p95 ping)" 'BEGIN{printf "%.1f", a/b}')x," \
     "status $(awk -v a="$(p95 status)" -v b="$(p95 ping)" 'BEGIN{printf "%.1f", a/b}')x," \
     "dashboard page $(awk -v a="$(p95 dashboard)" -v b="$(p95 ping)" 'BEGIN{printf "%.1f", a/b}')x"
