#!/usr/bin/env bash
# Smoke test of the whole local stack: starts it fresh with ./suite, checks health, tokens and /api/me of
# every service, stops it and checks nothing is left behind. Run by `./suite test` and `./suite smoke`.
# Prints PASS/FAIL per check and ends with the line "N passed, M failed"; exit code 0 only if M = 0.
# Uses the same ports as ./suite (SUITE_*_PORT overrides apply).
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
SUITE=$ROOT/suite
SUITE_HOME=${SUITE_HOME:-$ROOT/.suite}
RUN=$SUITE_HOME/data/run

SERVICES=(participant placement goals reporting)
declare -A PORT=(
  [participant]=${SUITE_PARTICIPANT_PORT:-8081}
  [placement]=${SUITE_PLACEMENT_PORT:-8082}
  [goals]=${SUITE_GOALS_PORT:-8083}
  [reporting]=${SUITE_REPORTING_PORT:-8084}
)
KEYCLOAK_PORT=${SUITE_KEYCLOAK_PORT:-8180}
ALL_PORTS=("${PORT[@]}" "${SUITE_WEB_PORT:-8080}" "$KEYCLOAK_PORT" "${SUITE_KEYCLOAK_MANAGEMENT_PORT:-8181}"
           "${SUITE_KAFKA_PORT:-9092}" "${SUITE_KAFKA_CONTROLLER_PORT:-9093}" "${SUITE_POSTGRES_PORT:-15432}")
TOKEN_URL=http://localhost:$KEYCLOAK_PORT/realms/kommun/protocol/openid-connect/token

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'PASS: %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
# check "description" command...: PASS when the command succeeds.
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# HTTP status of a GET ($1 = URL, optional $2 = bearer token); body goes to $BODY_FILE.
BODY_FILE=$(mktemp)
http_status() {
  local args=(-s -o "$BODY_FILE" -w '%{http_code}' --max-time 20)
  : >"$BODY_FILE"   # no stale body from the previous request when this one fails
  [[ -n "${2:-}" ]] && args+=(-H "Authorization: Bearer $2")
  # curl prints 000 itself when it cannot connect.
  curl "${args[@]}" "$1" || true
}

# Access token of demo user $1 (password grant on the public client suite-web).
token_for() {
  curl -s --max-time 20 -d grant_type=password -d client_id=suite-web -d "username=$1" -d password=demo \
    "$TOKEN_URL" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# JSON payload of JWT $1 (base64url without padding).
jwt_payload() {
  local p
  p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while ((${#p} % 4)); do p+="="; done
  base64 -d <<<"$p" 2>/dev/null
}

# Process alive and not a zombie.
pid_alive() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}
port_free() {
  if command -v ss >/dev/null 2>&1; then
    [[ -z "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
  else
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 1; fi
  fi
}

# Pids (and process groups) the stack recorded; collected while it runs, checked after `down`.
RECORDED_PIDS=()  # (bash 5: an empty array expands fine under set -u)
collect_pids() {
  local f
  for f in "$RUN"/*.pid; do
    [[ -f "$f" && " ${RECORDED_PIDS[*]} " != *" $(cat "$f") "* ]] && RECORDED_PIDS+=("$(cat "$f")")
  done
  return 0
}
leftovers() {
  local pid out=""
  for pid in "${RECORDED_PIDS[@]}"; do
    pid_alive "$pid" && out+=" $pid"
    # Children in the same process group (e.g. Keycloak's JVM under kc.sh).
    if command -v ps >/dev/null 2>&1; then
      out+=$(ps -e -o pid=,pgid=,stat= | awk -v g="$pid" '$2 == g && $3 !~ /^Z/ { printf " %s", $1 }')
    fi
  done
  echo "$out"
}

stack_up=false
teardown() {
  local rc=$?
  if [[ $stack_up == true ]]; then
    echo "smoke test: tearing the stack down after an error" >&2
    "$SUITE" down || true
  fi
  rm -f "$BODY_FILE"
  exit "$rc"
}
trap teardown EXIT
trap 'exit 130' INT TERM

echo "== smoke test: ./suite up --fresh"
stack_up=true
if "$SUITE" up --fresh; then
  pass "./suite up --fresh"
else
  fail "./suite up --fresh (logs in $SUITE_HOME/logs)"
fi
collect_pids

for svc in "${SERVICES[@]}"; do
  status=$(http_status "http://localhost:${PORT[$svc]}/q/health/ready")
  if [[ $status == 200 ]] && grep -q '"status" *: *"UP"' "$BODY_FILE"; then
    pass "$svc-service /q/health/ready is UP"
  else
    [[ -d "$ROOT/$svc-service" ]] || status="$status; $svc-service is not in the repository"
    fail "$svc-service /q/health/ready is UP (HTTP $status: $(head -c 300 "$BODY_FILE"))"
  fi
done

TOKEN=$(token_for anna.handlaggare || true)
check "token for anna.handlaggare from Keycloak" test -n "$TOKEN"
claims=$(jwt_payload "$TOKEN" || true)
check "anna's token has unit claim unga-18-24" grep -q '"unit":"unga-18-24"' <<<"$claims"
check "anna's token has realm role case-officer" grep -q '"realm_access":{"roles":\[[^]]*"case-officer"' <<<"$claims"
greta_claims=$(jwt_payload "$(token_for greta.grundskola || true)" || true)
check "greta's token has organisation claim grundskoleforvaltningen" \
  grep -q '"organisation":"grundskoleforvaltningen"' <<<"$greta_claims"

for svc in "${SERVICES[@]}"; do
  url="http://localhost:${PORT[$svc]}/api/me"
  status=$(http_status "$url" "$TOKEN")
  if [[ $status == 200 ]]; then
    pass "$svc-service GET /api/me with token is 200"
    if [[ $svc == participant ]]; then
      check "participant-service /api/me shows anna's unit unga-18-24" grep -q 'unga-18-24' "$BODY_FILE"
    fi
  else
    fail "$svc-service GET /api/me with token is 200 (got $status)"
  fi
  status=$(http_status "$url")
  if [[ $status == 401 ]]; then
    pass "$svc-service GET /api/me without token is 401"
  else
    fail "$svc-service GET /api/me without token is 401 (got $status)"
  fi
done

# The web application: up, and the case officer's browser journeys (real Keycloak login page, axe on every
# page) against this very stack, so no second stack is started on the machine's two cores.
WEB_PORT=${SUITE_WEB_PORT:-8080}
if [[ -d "$ROOT/web" ]]; then
  status=$(http_status "http://localhost:$WEB_PORT/q/health/ready")
  if [[ $status == 200 ]]; then pass "web /q/health/ready is UP"; else fail "web /q/health/ready is UP (HTTP $status)"; fi
  status=$(http_status "http://localhost:$WEB_PORT/handlaggare")
  if [[ $status == 302 ]]; then pass "web sends a visitor without a session to the login page"; else fail "web redirects to login (got $status)"; fi
  echo "== smoke test: browser journeys (web: Admin, CaseOfficer, Manager, Provider *JourneyIT)"
  # test-compile + failsafe only: a package here would rewrite the jar the running web serves from.
  if (cd "$ROOT" && ./mvnw -B -q -pl web -Pjourneys test-compile failsafe:integration-test failsafe:verify \
        "-Dweb.url=http://localhost:$WEB_PORT" \
        >"$SUITE_HOME/logs/web-journeys.log" 2>&1); then
    pass "web browser journeys of case officer, provider, manager and admin (no axe violation on any page)"
  else
    grep -E 'Tests run|FAIL|axe:|^- ' "$SUITE_HOME/logs/web-journeys.log" | head -n 30 || true
    fail "web browser journeys (log: $SUITE_HOME/logs/web-journeys.log)"
  fi
fi

echo "== smoke test: ./suite down"
collect_pids   # again: nothing new is expected, but a late-started component counts too
if "$SUITE" down; then
  pass "./suite down"
else
  fail "./suite down"
fi
stack_up=false

left=$(leftovers)
check "no process started by ./suite is left (recorded pids: ${RECORDED_PIDS[*]})" test -z "$left"
[[ -z "$left" ]] || echo "  still running:$left"
busy=""
for port in "${ALL_PORTS[@]}"; do
  port_free "$port" || busy+=" $port"
done
check "all ports are free again (${ALL_PORTS[*]})" test -z "$busy"
[[ -z "$busy" ]] || echo "  still in use:$busy"

echo "$passed passed, $failed failed"
((failed == 0))
