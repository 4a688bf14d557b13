#!/usr/bin/env bash
# Load test and scale benchmark of the running demo portal (docs/operations.md, "Load test and scale benchmark").
# Traffic only to 127.0.0.1.
#   1. mvn -Pdemo verify -Ddemo.dataDir=.load-1000 -Ddemo.loadVolunteers=1000   (another terminal; waits for "Portal ready")
#   2. bash portal-war/src/test/load/run-load.sh 1000 [users] [seconds] [connections]
# The first argument is how many load volunteers the demo holds (load00001…): the users are spread evenly over all
# of them, so a run at 70,000 reads rows from the whole table, not from its first pages.
# Prints p50/p95/p99 latency and throughput of ten scenarios (the table in docs/operations.md) and the p95 ratios
# to the bare endpoint.
set -euo pipefail
VOLUNTEERS=${1:?how many load volunteers the running demo holds, e.g. 1000}
USERS=${2:-200}
SECONDS_EACH=${3:-30}
CONNECTIONS=${4:-16}
BASE=${BASE:-http://127.0.0.1:8080}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq"; exit 1; }
(( USERS <= VOLUNTEERS )) || USERS=$VOLUNTEERS
STRIDE=$(( VOLUNTEERS / USERS ))

signin() { # user -> JSESSIONID of a fresh signed-in session
  local jar="$WORK/$1.jar" token
  token=$(curl -sf -c "$jar" -b "$jar" "$BASE/login.xhtml" | sed -nE 's/.*name="csrf" value="([^"]+)".*/\1/p' | head -1)
  curl -sf -c "$jar" -b "$jar" -o /dev/null -d "csrf=$token&username=$1&password=demo" "$BASE/auth/login"
  awk '$6=="JSESSIONID"{print $7}' "$jar"
}
basic() { printf 'Basic %s' "$(printf '%s' "$1:demo" | base64)"; }

ONLY=${ONLY:-}        # ONLY="dashboard month" runs just those scenarios
REUSE=${REUSE:-}      # REUSE=file: the users file of an earlier run (sessions still open), written by KEEP=file
if [[ -n $REUSE ]]; then cp "$REUSE" "$WORK/users.lua"; else
echo "Signing in $USERS of $VOLUNTEERS volunteers (one in $STRIDE) and their tutors, collecting years and sessions..."
MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
declare -A TUTOR_SESSION
echo "users = {" > "$WORK/users.lua"
for k in $(seq 0 $(( USERS - 1 ))); do
  i=$(( 1 + k * STRIDE ))
  u=$(printf 'load%05d' "$i")
  t=$(printf 'loadtutor%04d' $(( (i - 1) / 20 + 1 )))
  year=$(curl -sf -u "$u:demo" "$BASE/api/v1/service-years" | jq -r '.[0].id')
  [[ -n ${TUTOR_SESSION[$t]:-} ]] || TUTOR_SESSION[$t]=$(signin "$t")
  echo "  {auth=\"$(basic "$u")\", year=$year, session=\"$(signin "$u")\", tutorSession=\"${TUTOR_SESSION[$t]}\"}," >> "$WORK/users.lua"
done
echo "}" >> "$WORK/users.lua"
PROJECTS=$(curl -sf -u coordinator:demo "$BASE/api/v1/projects?limit=500" | jq -r '[.[] | select(.name | startswith("Carico di prova")) | .id] | join(",")')
{
  echo "month = \"$MONTH\""
  echo "coordinator = \"$(basic coordinator)\""
  echo "projects = {$PROJECTS}"
  echo "socialWorkers = {"
  for m in $(seq 1 9); do echo "  \"$(basic "loadsw$m")\","; done
  echo "}"
} >> "$WORK/users.lua"
# the social workers' and the coordinator's first Basic check (PBKDF2), then remembered
for m in $(seq 1 9); do curl -sf -o /dev/null -u "loadsw$m:demo" "$BASE/api/v1/cases?limit=1"; done
curl -sf -o /dev/null -u coordinator:demo "$BASE/api/v1/case-statistics"
fi
[[ -z ${KEEP:-} ]] || cp "$WORK/users.lua" "$KEEP"

# HTTP Basic checks are remembered (an hour in a demo started with -Ddemo.loadVolunteers, 5 minutes otherwise:
# portal.login.basicCacheSeconds): each scenario first makes sure every account's check is remembered, so that no
# scenario measures PBKDF2 instead of the endpoint
warm() {
  grep -o '"Basic [^"]*"' "$WORK/users.lua" | tr -d '"' | sort -u | while read -r header; do
    curl -sf -o /dev/null -H "Authorization: $header" "$BASE/api/v1/me" || true
  done
}
run() {
  local name=$1 script=$2 path=$3
  [[ -z $ONLY || " $ONLY " == *" $name "* ]] || return 0
  warm
  echo
  echo "== $name ($CONNECTIONS connections, ${SECONDS_EACH}s)"
  (cd "$WORK" && USERS_FILE="$WORK/users.lua" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s "$HERE/$script" "$BASE$path") \
    > "$WORK/$name.out"
  grep -E "Requests/sec|Non-2xx|p50|p95|p99|errors" "$WORK/$name.out"
}
# the year's report is made ahead of the request and kept (docs/api.md): make this year's now and wait for it (minutes
# at national scale), then the scenario measures how fast it is shown
make_report() {
  [[ -z $ONLY || " $ONLY " == *" report "* ]] || return 0
  local year started before madeAt now
  year=$(date +%Y)
  before=$(curl -s -u coordinator:demo "$BASE/api/v1/reports/year/$year" | jq -r '.madeAt // empty')
  started=$(date +%s.%N)
  madeAt=$(curl -s -u coordinator:demo -X POST "$BASE/api/v1/reports/year/$year/update" | jq -r '.madeAt // empty')
  # 202: made in the background; the report kept until then is the one made before
  while [[ -z $madeAt || $madeAt == "$before" ]] && (( $(date +%s) - ${started%.*} < 1800 )); do
    sleep 2
    madeAt=$(curl -s -u coordinator:demo "$BASE/api/v1/reports/year/$year" | jq -r '.madeAt // empty')
  done
  now=$(date +%s.%N)
  echo
  echo "== the year's report $year made (madeAt $madeAt) $(awk -v a="$started" -v b="$now" 'BEGIN{printf "%.1f", b-a}') s after it was asked for"
}
SCENARIOS=${ONLY:-ping create status template dashboard month statistics cases export report}
run ping ping.lua /api/v1/ping
run create create.lua /api/v1
run status status.lua /api/v1
run template template.lua /account/password.xhtml
run dashboard dashboard.lua /volunteer/home.xhtml
run month month.lua /year/month.xhtml
run statistics statistics.lua /api/v1/case-statistics
run cases cases.lua /api/v1/cases
run export export.lua /api/v1/entries
make_report
run report report.lua /api/v1/reports/year

field() { awk -v k="$2" '$1==k{print $2}' "$WORK/$1.out"; }
echo
echo "Summary at $VOLUNTEERS volunteers ($USERS users, $CONNECTIONS connections, ${SECONDS_EACH}s each; load average $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '| %-10s | %9s | %9s | %9s | %9s | %11s |\n' scenario "p50 ms" "p95 ms" "p99 ms" "req/s" "p95 / ping"
printf '|%s|%s|%s|%s|%s|%s|\n' ------------ ----------- ----------- ----------- ----------- -------------
for s in $SCENARIOS; do
  rps=$(awk '/Requests\/sec/{print $2}' "$WORK/$s.out")
  printf '| %-10s | %9s | %9s | %9s | %9s | %10.1fx |\n' "$s" "$(field "$s" p50)" "$(field "$s" p95)" "$(field "$s" p99)" "$rps" \
    "$(awk -v a="$(field "$s" p95)" -v b="$(field ping p95)" 'BEGIN{print a/b}')"
  if grep -q "Non-2xx" "$WORK/$s.out"; then echo "  ($s: $(grep Non-2xx "$WORK/$s.out"))"; fi
done
