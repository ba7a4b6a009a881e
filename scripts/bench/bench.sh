#!/usr/bin/env bash
# ./suite bench — issue 12's figures, each against its anchor measured in the same run, printed as one
# table (figure, measured, anchor, ratio, goal, result) and written with date, machine and load average
# to docs/performance.md. Not part of ./suite test: tests never assert on time.
#
#   ./suite bench [--seconds N] [--only 1,2,5] [--restart] [--keep] [--no-write]
#
# It uses the running suite (./suite status) or starts one (./suite up, timed); --restart stops a running
# one first so `./suite up` and the idle footprint are measured too; a suite it started is stopped at the
# end unless --keep. Ports and SUITE_HOME come from the same environment as ./suite. Load generators:
# wrk (Debian; installed when missing), pgbench, and scripts/bench/Probe.java for Kafka and visibility. Every
# p99 of a GET is measured after BENCH_WARMUP_SECONDS (5) of the same load, not measured.
# Measurements other engineers provide plug in as scripts/bench/hooks/*.sh (see docs/performance.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
BENCH=$ROOT/scripts/bench
# shellcheck source=../lib/jdk.sh
source "$ROOT/scripts/lib/jdk.sh"

SECONDS_PER_RUN=20
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-5}
ONLY=""
RESTART=false
KEEP=false
WRITE=true
while (($#)); do
  case $1 in
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --only) ONLY=",$2,"; shift 2 ;;
    --restart) RESTART=true; shift ;;
    --keep) KEEP=true; shift ;;
    --no-write) WRITE=false; shift ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see ./suite bench --help)" >&2; exit 2 ;;
  esac
done

export SUITE_HOME=${SUITE_HOME:-$ROOT/.suite}
P_URL=http://localhost:${SUITE_PARTICIPANT_PORT:-8081}
PL_URL=http://localhost:${SUITE_PLACEMENT_PORT:-8082}
G_URL=http://localhost:${SUITE_GOALS_PORT:-8083}
R_URL=http://localhost:${SUITE_REPORTING_PORT:-8084}
KC_URL=http://localhost:${SUITE_KEYCLOAK_PORT:-8180}
KAFKA=localhost:${SUITE_KAFKA_PORT:-9092}
PG_PORT=${SUITE_POSTGRES_PORT:-15432}
KAFKA_LIBS=$SUITE_HOME/dist/kafka/libs
OUT=$SUITE_HOME/bench
mkdir -p "$OUT"

say() { printf '==> %s\n' "$*" >&2; }
wanted() { [[ -z "$ONLY" || "$ONLY" == *",$1,"* ]]; }

ROWS=()   # figure|measured|anchor|ratio|goal|result
row() { ROWS+=("$1|$2|$3|$4|$5|$6"); printf '    %s: %s (anchor %s, ratio %s, goal %s) %s\n' "$1" "$2" "$3" "$4" "$5" "$6" >&2; }

# pass/fail of $1 against goal $2 ("<=" or ">=") $3, with the margin when it fails; $4 the unit.
judge() {
  awk -v v="$1" -v op="$2" -v g="$3" -v u="$4" 'BEGIN {
    if (v == "" || v == "-") { print "not measured"; exit }
    ok = (op == "<=") ? (v <= g) : (v >= g)
    d = v > g ? v - g : g - v
    if (ok) print "pass"; else printf "FAIL (%s" (d >= 100 ? "%.0f" : "%.3g") "%s)\n", (op == "<=") ? "+" : "-", d, (u == "" ? "" : " " u) }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'; }

# --- tools ----------------------------------------------------------------------------------------------
ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v psql >/dev/null || missing+=(postgresql-client)
  if ! command -v pgbench >/dev/null && ! ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1; then
    missing+=(postgresql-contrib)
  fi
  if ((${#missing[@]})); then
    say "installing ${missing[*]} (Debian packages)"
    if [[ $EUID -eq 0 ]]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
  fi
  PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | sort -t/ -k5 -rn | head -n1)
  suite_use_jdk 21 >/dev/null || exit 1
}

# --- the suite ------------------------------------------------------------------------------------------
STARTED=false
UP_SECONDS=""
ensure_suite() {
  if [[ $RESTART == true ]] && "$ROOT/suite" status >/dev/null 2>&1; then
    say "--restart: stopping the running suite"
    "$ROOT/suite" down >/dev/null
  fi
  if "$ROOT/suite" status >/dev/null 2>&1; then
    say "using the running suite"
    return
  fi
  say "starting the suite (./suite up, timed)"
  local t0=$SECONDS
  "$ROOT/suite" up >"$OUT/suite-up.log" 2>&1 || { tail -n 30 "$OUT/suite-up.log" >&2; exit 1; }
  UP_SECONDS=$((SECONDS - t0))
  STARTED=true
}

token() {
  curl -fsS -d grant_type=password -d client_id=suite-web -d "username=$1" -d password=demo \
    "$KC_URL/realms/kommun/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# wrk's "  99%  12.34ms" in milliseconds; $1 = percentile label (50%, 99%), $2 = wrk output file.
wrk_ms() {
  awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
                  else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' "$2"
}
# requests/s that got a 2xx: all requests minus wrk's "Non-2xx or 3xx responses", over the run's duration.
wrk_ok_rate() {
  awk -v d="$SECONDS_PER_RUN" '/requests in/ { n = $1 } /Non-2xx/ { bad = $NF } END { printf "%.1f", (n - bad) / d }' "$1"
}

# --- 6. footprint ---------------------------------------------------------------------------------------
measure_footprint() {
  local svc pid rss start_ticks btime hz start_ms ready_line ready_ms
  btime=$(awk '/^btime/ { print $2 }' /proc/stat)
  hz=$(getconf CLK_TCK)
  for svc in participant placement goals reporting; do
    pid=$(cat "$SUITE_HOME/data/run/$svc.pid" 2>/dev/null || true)
    [[ -n "$pid" && -r /proc/$pid/status ]] || { row "$svc-service RSS idle" "-" "-" "-" "≤ 250 MB" "not running"; continue; }
    rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
    row "$svc-service RSS idle" "$rss MB" "-" "-" "≤ 250 MB" "$(judge "$rss" "<=" 250 MB)"
    # ready time: the process's start (kernel) to Quarkus' "started in … Listening on" log line
    start_ticks=$(awk '{ print $22 }' "/proc/$pid/stat")
    start_ms=$(awk -v b="$btime" -v t="$start_ticks" -v hz="$hz" 'BEGIN { printf "%.0f", (b + t / hz) * 1000 }')
    ready_line=$(grep -a 'Listening on' "$SUITE_HOME/logs/$svc-service.log" | tail -n1 || true)
    ready_ms=$(sed -n 's/.*"timestamp":"\([^"]*\)".*/\1/p' <<<"$ready_line" | head -n1)
    if [[ -n "$ready_ms" ]]; then
      ready_ms=$(date -d "$ready_ms" +%s%3N)
      local s
      s=$(awk -v a="$ready_ms" -v b="$start_ms" 'BEGIN { printf "%.1f", (a - b) / 1000 }')
      row "$svc-service ready after process start" "$s s" "-" "-" "≤ 3 s" "$(judge "$s" "<=" 3 s)"
    else
      row "$svc-service ready after process start" "-" "-" "-" "≤ 3 s" "not measured (no JSON start line in its log)"
    fi
  done
  if [[ -n "$UP_SECONDS" ]]; then
    row "./suite up (built, data present)" "$UP_SECONDS s" "-" "-" "≤ 60 s" "$(judge "$UP_SECONDS" "<=" 60 s)"
  else
    row "./suite up (built, data present)" "-" "-" "-" "≤ 60 s" "not measured (suite was running; use --restart)"
  fi
}

# --- 7. partitions --------------------------------------------------------------------------------------
measure_partitions() {
  local probe k8s topic want have same=0 all=0 differ=()
  probe=$(KAFKA=$KAFKA java -cp "$KAFKA_LIBS/*" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$BENCH/Probe.java" partitions 2>/dev/null)
  k8s=$(awk '/topicName:/ { t = $2 } /partitions:/ { print t "=" $2 }' "$ROOT/k8s/base/kafka/topics.yaml")
  while IFS='=' read -r topic want; do
    have=$(sed -n "s/^partitions\.$topic=//p" <<<"$probe")
    all=$((all + 1))
    if [[ "$have" == "$want" ]]; then same=$((same + 1)); else differ+=("$topic ${have:-?}/$want"); fi
  done <<<"$k8s"
  row "topics with k8s's partitions locally" "$same of $all" "-" "-" "all" \
    "$([[ $same == "$all" ]] && echo pass || echo "FAIL (local/k8s: ${differ[*]})")"
}

# --- CPU by component: where a figure's time goes (the machine has two cores, shared by everything) --------
# Prints "name ticks" (CPU time in 1/100 s, user + system) for each component ./suite started: its process,
# its threads, and the children of its process (PostgreSQL's backends, also those that have exited).
cpu_ticks() {
  local f stat rest pid name
  local -A leader=() total=()
  for f in "$SUITE_HOME"/data/run/*.pid; do
    pid=$(cat "$f" 2>/dev/null) || continue
    leader[$pid]=$(basename "$f" .pid); total[${leader[$pid]}]=0
  done
  for stat in /proc/[0-9]*/stat; do
    read -r rest 2>/dev/null <"$stat" || continue   # (a process may end while we look)
    pid=${stat#/proc/}; pid=${pid%/stat}
    rest=${rest##*) }
    # shellcheck disable=SC2086
    set -- $rest   # 1 state, 2 ppid, 3 pgrp, 4 session, …, 12 utime, 13 stime, 14-15 of exited children (backends)
    name=${leader[$pid]:-${leader[$4]:-${leader[$2]:-}}}
    [[ -n "$name" ]] && total[$name]=$((total[$name] + ${12} + ${13} + ${14} + ${15}))
  done
  for name in "${!total[@]}"; do echo "$name ${total[$name]}"; done
}
# CPU milliseconds per operation of each component between two cpu_ticks snapshots ($1, $2), over $3 operations.
cpu_per_op() {
  join <(sort "$1") <(sort "$2") | awk -v n="$3" '{ ms = ($3 - $2) * 10 / (n > 0 ? n : 1); if (ms >= 0.05) printf "%s %.2f\n", $1, ms }' | sort -k2 -rn
}

# --- 1. enrolment ---------------------------------------------------------------------------------------
measure_enrolment() {
  local officer base max p99max tps target delay paced p99 achieved
  officer=$(token anna.handlaggare)
  base=$(( (RANDOM * 32768 + RANDOM) % 12000000 ))
  say "1. enrolment over HTTP: warm-up, then the maximum with 8 connections (${SECONDS_PER_RUN}s)"
  BENCH_TOKEN=$officer BENCH_BASE=$base wrk -t2 -c8 -d5s -s "$BENCH/enrol.lua" "$P_URL" >/dev/null
  cpu_ticks >"$OUT/cpu-0.txt"
  BENCH_TOKEN=$officer BENCH_BASE=$((base + 50000)) wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" --latency --timeout 10s \
    -s "$BENCH/enrol.lua" "$P_URL" >"$OUT/enrol-max.txt"
  cpu_ticks >"$OUT/cpu-1.txt"
  max=$(wrk_ok_rate "$OUT/enrol-max.txt")
  p99max=$(wrk_ms 99% "$OUT/enrol-max.txt")
  say "1. the anchor: pgbench, the same six rows, 8 clients (${SECONDS_PER_RUN}s)"
  PGPASSWORD=participant psql -q -h localhost -p "$PG_PORT" -U participant -d participant -v ON_ERROR_STOP=1 \
    -f "$BENCH/bench-setup.sql" >/dev/null
  cpu_ticks >"$OUT/cpu-2.txt"
  PGPASSWORD=participant PGOPTIONS='-c search_path=bench' "$PGBENCH" -h localhost -p "$PG_PORT" -U participant -n \
    -c 8 -j 2 -T "$SECONDS_PER_RUN" -M prepared -f "$BENCH/enrol.sql" participant >"$OUT/enrol-pgbench.txt" 2>&1 \
    || say "pgbench failed; see $OUT/enrol-pgbench.txt"
  cpu_ticks >"$OUT/cpu-3.txt"
  tps=$(awk '/^tps/ { printf "%.1f", $3 }' "$OUT/enrol-pgbench.txt")
  PGPASSWORD=participant psql -q -h localhost -p "$PG_PORT" -U participant -d participant -c 'drop schema bench cascade' >/dev/null
  row "enrolments/s over HTTP, 8 clients (p99 $p99max ms)" "$max/s" "pgbench $tps/s" "$(ratio "$max" "$tps")" "≥ 0.5" \
    "$(judge "$(ratio "$max" "$tps")" ">=" 0.5 "")"
  # Where the time goes: on two shared cores the rate is the CPU an enrolment costs in every component
  # (the service, its relay and sealer, Kafka, the consumers, PostgreSQL), against what pgbench's costs.
  local ok http_cpu pg_cpu http_total pg_total
  ok=$(awk '/requests in/ { n = $1 } /Non-2xx/ { bad = $NF } END { print n - bad }' "$OUT/enrol-max.txt")
  http_cpu=$(cpu_per_op "$OUT/cpu-0.txt" "$OUT/cpu-1.txt" "$ok")
  pg_cpu=$(cpu_per_op "$OUT/cpu-2.txt" "$OUT/cpu-3.txt" "$(awk -v t="$tps" -v s="$SECONDS_PER_RUN" 'BEGIN { printf "%d", t * s }')")
  printf 'CPU ms per enrolment over HTTP (%s 2xx):\n%s\nCPU ms per pgbench transaction:\n%s\n' "$ok" "$http_cpu" "$pg_cpu" \
    >"$OUT/enrol-cpu.txt"
  http_total=$(awk '{ s += $2 } END { printf "%.1f", s }' <<<"$http_cpu")
  pg_total=$(awk '$1 == "postgres" { printf "%.2f", $2 }' <<<"$pg_cpu")
  row "CPU per enrolment, all components ($(awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 } END { print "" }' <<<"$http_cpu" | head -c 200) ms)" \
    "$http_total ms" "pgbench ${pg_total:--} ms (PostgreSQL)" "$(ratio "$pg_total" "$http_total")" "-" "diagnostic (the rate's ratio follows it)"
  # p99 at 70 % of the maximum: each connection paced so the 8 together send 70 % of it (wrk waits delay()
  # after each answer, so the pause is the period less the typical answer time)
  target=$(awk -v m="$max" 'BEGIN { printf "%.1f", m * 0.7 }')
  delay=$(awk -v t="$target" -v p50="$(wrk_ms 50% "$OUT/enrol-max.txt")" \
            'BEGIN { if (t <= 0) print 1000; else { d = 8000 / t - p50 * 0.7; printf "%d", d < 0 ? 0 : d } }')
  say "1. p99 at 70 % of the maximum ($target/s: each connection every $delay ms)"
  BENCH_TOKEN=$officer BENCH_BASE=$((base + 100000)) BENCH_DELAY_MS=$delay wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" --latency \
    --timeout 10s -s "$BENCH/enrol.lua" "$P_URL" >"$OUT/enrol-70.txt"
  p99=$(wrk_ms 99% "$OUT/enrol-70.txt")
  achieved=$(wrk_ok_rate "$OUT/enrol-70.txt")
  row "enrolment p99 at 70 % of max ($achieved/s)" "$p99 ms" "-" "-" "≤ 25 ms" "$(judge "$p99" "<=" 25 ms)"
}

# --- 2. commit → visible in reporting ---------------------------------------------------------------------
measure_visibility() {
  local kafka vis kp99 vp99 seconds=$SECONDS_PER_RUN rate=200
  say "2. Kafka's own produce→consume at $rate/s (${seconds}s)"
  kafka=$(KAFKA=$KAFKA java -cp "$KAFKA_LIBS/*" "$BENCH/Probe.java" kafka "$rate" "$seconds" 2>"$OUT/probe-kafka.log")
  echo "$kafka" >"$OUT/probe-kafka.txt"
  kp99=$(sed -n 's/^kafka_p99_ms=//p' <<<"$kafka")
  say "2. enrolments at $rate/s, commit → visible in reporting's statistics (2 s warm-up, then ${seconds}s)"
  vis=$(PARTICIPANT_URL=$P_URL REPORTING_URL=$R_URL OFFICER_TOKEN=$(token anna.handlaggare) \
        MANAGER_TOKEN=$(token maria.chef) UNIT=unga-18-24 KAFKA=$KAFKA \
        java -cp "$KAFKA_LIBS/*" "$BENCH/Probe.java" visibility "$rate" "$seconds" 2>"$OUT/probe-visibility.log" || true)
  echo "$vis" >"$OUT/probe-visibility.txt"
  vp99=$(sed -n 's/^visibility_p99_ms=//p' <<<"$vis")
  local n expected failed unanswered achieved diff result
  v() { sed -n "s/^visibility_$1=//p" <<<"$vis"; }
  n=$(v count); expected=$(v expected); failed=$(v failed_requests); unanswered=$(v unanswered); achieved=$(v enrolment_rate)
  diff=$(awk -v a="$vp99" -v b="$kp99" 'BEGIN { if (a == "" || b == "") print ""; else printf "%.1f", a - b }')
  result=$(judge "$diff" "<=" 100 ms)
  # The figure is about 200 events/s: when participant-service committed fewer, the load was not the goal's.
  if [[ -n "$achieved" ]] && awk -v a="$achieved" -v r="$rate" 'BEGIN { exit !(a < 0.9 * r) }'; then
    result="$result; load reached only $achieved/s of $rate/s"
  fi
  [[ -z "$vp99" ]] && result="not measured ($(v note)${n:+$n of $expected visible}; see $OUT/probe-visibility.log)"
  row "commit → visible in reporting at $rate/s, p99 ($n of $expected visible, ${achieved:--}/s committed, $failed refused, ${unanswered:-0} unanswered)" \
    "${vp99:--} ms" "Kafka p99 ${kp99:--} ms" "+${diff:--} ms" "≤ +100 ms" "$result"
}

# --- hooks: measurements other engineers provide ------------------------------------------------------------
# A hook prints rows as "ROW|figure|measured|anchor|ratio|goal|result" (other output goes to the log).
run_hook() {
  local name=$1 figure=$2 goal=$3 hook=$BENCH/hooks/$1.sh line
  if [[ ! -x "$hook" ]]; then
    row "$figure" "-" "-" "-" "$goal" "not measured yet (hook scripts/bench/hooks/$name.sh)"
    return
  fi
  say "running hook $name"
  local before=${#ROWS[@]} log=$OUT/hook-$name.log
  while IFS= read -r line; do
    [[ "$line" == ROW\|* ]] && ROWS+=("${line#ROW|}") && printf '    %s\n' "${line#ROW|}" >&2
  done < <(BENCH_SECONDS=$SECONDS_PER_RUN P_URL=$P_URL PL_URL=$PL_URL G_URL=$G_URL R_URL=$R_URL KC_URL=$KC_URL \
           KAFKA=$KAFKA PG_PORT=$PG_PORT SUITE_HOME=$SUITE_HOME "$hook" 2>"$log")
  # A hook that failed before printing a row must not vanish from the table: say so, with its last error.
  if ((${#ROWS[@]} == before)); then
    line=$(grep -a -m1 -oE '[A-Za-z.]*(Exception|Error|ERROR)[: ].{0,140}' "$log" || true)
    row "$figure" "-" "-" "-" "$goal" "not measured (the hook printed no row${line:+: $line}; see $log)"
  fi
}

# p99 of GET $2 as $3's token with 4 connections; $1 = figure, $4 = goal in ms; $5 a wrk script that
# chooses each request's path (its settings in the environment), or none for $2 itself.
get_p99() {
  local figure=$1 url=$2 user=$3 goal=$4 script=${5:-} file
  file=$OUT/get-$(tr -c 'a-z0-9' '-' <<<"$figure" | cut -c1-40).txt
  # Warm-up first, not measured: right after --restart the JIT has not compiled the path yet, and a
  # figure of the first seconds measures the compiler, not the service users work with for days.
  wrk -t2 -c4 -d"${WARMUP_SECONDS}s" --timeout 10s -H "Authorization: Bearer $(token "$user")" \
    ${script:+-s "$script"} "$url" >/dev/null
  wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --latency --timeout 10s -H "Authorization: Bearer $(token "$user")" \
    ${script:+-s "$script"} "$url" >"$file"
  local p99 bad
  p99=$(wrk_ms 99% "$file")
  bad=$(awk '/Non-2xx/ { print $NF }' "$file")
  if [[ -n "$bad" ]]; then
    # A latency of error answers says nothing about the page: not a pass.
    row "$figure p99" "-" "-" "-" "≤ $goal ms" "not measured ($bad non-2xx answers; see $file)"
    return
  fi
  row "$figure p99" "$p99 ms" "-" "-" "≤ $goal ms" "$(judge "$p99" "<=" "$goal" ms)"
}

# --- 3. allocation ---------------------------------------------------------------------------------------
# The allocation engineer's command: the project's solver and OR-Tools side by side on the same instances,
# printing `figure=NAME value=V unit=U` lines; here the dense instance with every rule.
measure_allocation() {
  local cmd=$ROOT/placement-service/scripts/bench-allocation.sh project ortools same seconds anchor
  if [[ ! -x "$cmd" ]]; then
    run_hook allocation "allocation 5 000 × 2 000 dense, every rule (vs OR-Tools)" "≤ 5 s, optimal"
    return
  fi
  say "3. allocation 5 000 × 2 000 dense, every rule, and OR-Tools on the same instance"
  "$cmd" runs="${BENCH_ALLOCATION_RUNS:-1}" instances=dense variants=all 2>"$OUT/allocation.log" \
    >"$OUT/allocation.txt" || true
  value() { sed -n "s/^figure=$1 value=\([0-9]*\).*/\1/p" "$OUT/allocation.txt" | tail -n1; }
  project=$(value allocation.dense.all.project.total)
  ortools=$(value allocation.dense.all.ortools.total)
  same=$(value allocation.dense.all.same-optimum)
  seconds=$(awk -v v="$project" 'BEGIN { if (v == "") print ""; else printf "%.1f", v / 1000 }')
  anchor=$(awk -v v="$ortools" 'BEGIN { if (v == "") print "-"; else printf "OR-Tools %.1f s", v / 1000 }')
  local result
  result=$(judge "$seconds" "<=" 5 s)
  [[ "$same" == 1 ]] || result="$result; optimum differs from OR-Tools' or not proven"
  row "allocation 5 000 × 2 000 dense, every rule" "${seconds:--} s" "$anchor" "$(ratio "$project" "$ortools")" \
    "≤ 5 s, optimal" "$result"
}

# --- 4. matching ------------------------------------------------------------------------------------------
measure_matching() {
  if [[ -x "$BENCH/hooks/matching-load.sh" ]]; then
    run_hook matching-load "matching load" "-"
    if [[ -s "$OUT/matching-participants.txt" && -s "$OUT/matching-placements.txt" ]]; then
      # A random loaded participant or placement per request (scripts/bench/matching.lua).
      local open active
      open=$(wc -l <"$OUT/matching-placements.txt"); active=$(wc -l <"$OUT/matching-participants.txt")
      WHAT=ranking IDS=$OUT/matching-participants.txt get_p99 "ranking for one participant among $open open placements" \
        "$PL_URL" anna.handlaggare 20 "$BENCH/matching.lua"
      WHAT=candidates IDS=$OUT/matching-placements.txt get_p99 "candidates for one placement among $active participants" \
        "$PL_URL" anna.handlaggare 50 "$BENCH/matching.lua"
      return
    fi
  fi
  # Without the load: one participant and one placement of the demo data.
  local officer participant placement open list
  officer=$(token anna.handlaggare)
  participant=$(curl -fsS -H "Authorization: Bearer $officer" "$P_URL/api/worklists/mine?size=1" | sed -n 's/.*"participantId":"\([^"]*\)".*/\1/p')
  list=$(curl -fsS -H "Authorization: Bearer $officer" "$PL_URL/api/placements?status=open&size=1")
  placement=$(grep -o '"id":"[^"]*"' <<<"$list" | head -n1 | cut -d'"' -f4)
  open=$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' <<<"$list")
  if [[ -z "$participant" || -z "$placement" ]]; then
    row "matching" "-" "-" "-" "≤ 20 / 50 ms" "not measured (no participant or open placement found)"
    return
  fi
  get_p99 "ranking among $open open placements" "$PL_URL/api/matching/participants/$participant/placements" anna.handlaggare 20
  get_p99 "candidates for one placement" "$PL_URL/api/matching/placements/$placement/candidates" anna.handlaggare 50
}

# --- 5. reports -------------------------------------------------------------------------------------------
measure_reports() {
  local events
  if [[ -x "$BENCH/hooks/reporting-history.sh" ]]; then
    run_hook reporting-history "reporting history" "-"
    events=${BENCH_HISTORY_EVENTS:-1000000}
  else
    events=$(PGPASSWORD=reporting psql -tA -h localhost -p "$PG_PORT" -U reporting -d reporting \
               -c 'select count(*) from processed_event' 2>/dev/null || echo "?")
  fi
  get_p99 "dashboard, $events events of history" "$R_URL/api/reports/dashboard" maria.chef 20
  get_p99 "interim report, $events events of history" "$R_URL/api/reports/interim?year=$(date +%Y)" maria.chef 20
  [[ -x "$BENCH/hooks/reporting-history.sh" ]] && restore_reporting
}

# The history hook replaced reporting's counters: rebuild the read model from the topics (as admin) and
# wait for it, so the suite shows its own figures again.
restore_reporting() {
  local admin state i
  say "rebuilding reporting's read model from the topics (the bench history replaced its counters)"
  admin=$(token admin)
  curl -fsS -X POST -H "Authorization: Bearer $admin" "$R_URL/api/admin/rebuild" >/dev/null \
    || { say "rebuild refused: run POST /api/admin/rebuild as admin, or ./suite up --fresh"; return; }
  for ((i = 0; i < 600; i++)); do
    state=$(curl -fsS -H "Authorization: Bearer $admin" "$R_URL/api/admin/rebuild" | sed -n 's/.*"state":"\([^"]*\)".*/\1/p')
    [[ "$state" != running ]] && break
    sleep 1
  done
  say "rebuild $state"
}

# --- the run ------------------------------------------------------------------------------------------------
ensure_tools
ensure_suite
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
wanted 6 && measure_footprint
wanted 7 && measure_partitions
# 8 on the demo data, before the loads of 1, 4 and 5 add to it (issue 10/11: the web's pages, hook by webroles).
wanted 8 && run_hook web-pages "web page server time p95 (demo data)" "≤ 100 ms"
wanted 1 && measure_enrolment
wanted 2 && measure_visibility
wanted 3 && measure_allocation
wanted 4 && measure_matching
wanted 5 && measure_reports
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

TABLE="| figure | measured | anchor | ratio | goal | result |
|---|---|---|---|---|---|"
for r in "${ROWS[@]}"; do TABLE+=$'\n'"| ${r//|/ | } |"; done
MACHINE="$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1), $(uname -sr)"
HEADER="Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname): $MACHINE; load average $LOAD_BEFORE before, $LOAD_AFTER after; ${SECONDS_PER_RUN} s per measurement; commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')."
echo
echo "$HEADER"
echo
echo "$TABLE"

if [[ $WRITE == true ]]; then
  DOC=$ROOT/docs/performance.md
  grep -q "bench:begin" "$DOC" || { echo "docs/performance.md lacks its <!-- bench:begin --> marker" >&2; exit 1; }
  # Replace what is between the markers with this run's table.
  awk -v header="$HEADER" -v table="$TABLE" '
    /<!-- bench:begin -->/ { print; print ""; print header; print ""; print table; print ""; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip { print }' "$DOC" >"$DOC.tmp" && mv "$DOC.tmp" "$DOC"
  say "wrote docs/performance.md"
fi

if [[ $STARTED == true && $KEEP == false ]]; then
  say "stopping the suite it started (./suite down; --keep leaves it running)"
  "$ROOT/suite" down >/dev/null
fi
