#!/usr/bin/env bash
# Issue 12 goal 4's load: at least 10 000 open placements and 50 000 active participants in the case
# officer's unit (scripts/bench/MatchingLoad.java): placements through placement-service's bulk
# registration; participants through participant-service's bulk enrolment for the first
# BENCH_MATCHING_API_PARTICIPANTS (default 200, timed), the rest as the participant.enrolled events that
# enrolment publishes, straight onto participant.events.v1 (the API would take the better part of an hour
# on two shared cores; placement-service's consumer and index treat both alike). See MatchingLoad's comment.
# Only what is missing is added, so a second run on the same data loads nothing. Writes the ids the wrk
# script scripts/bench/matching.lua draws from: $SUITE_HOME/bench/matching-{participants,placements}.txt.
# BENCH_MATCHING_PLACEMENTS / BENCH_MATCHING_PARTICIPANTS change the numbers.
set -euo pipefail
BENCH=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
OUT=$SUITE_HOME/bench
PLACEMENTS=${BENCH_MATCHING_PLACEMENTS:-10000}
PARTICIPANTS=${BENCH_MATCHING_PARTICIPANTS:-50000}
UNIT=unga-18-24 # anna.handlaggare's, who enrols them and asks for candidates

q() { PGPASSWORD=placement psql -tA -h localhost -p "$PG_PORT" -U placement -d placement -v ON_ERROR_STOP=1 -c "$1"; }
# What matching ranks: open with a free seat, period not ended; active participants of the unit.
OPEN_SQL="from placement where status = 'open' and seats_filled < seats and period_end >= current_date"
ACTIVE_SQL="from participant_profile where status = 'active' and unit = '$UNIT'"

open=$(q "select count(*) $OPEN_SQL")
active=$(q "select count(*) $ACTIVE_SQL")
missing_placements=$((PLACEMENTS > open ? PLACEMENTS - open : 0))
missing_participants=$((PARTICIPANTS > active ? PARTICIPANTS - active : 0))
echo >&2 "present: $open open placements, $active active participants in $UNIT; adding $missing_placements and $missing_participants"
t0=$SECONDS
how="nothing missing"
if ((missing_placements + missing_participants > 0)); then
  java -cp "$SUITE_HOME/dist/kafka/libs/*" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$BENCH/MatchingLoad.java" \
    --placement "$PL_URL" --participant "$P_URL" --keycloak "$KC_URL" --kafka "$KAFKA" \
    --placements "$missing_placements" --participants "$missing_participants" \
    --api-participants "${BENCH_MATCHING_API_PARTICIPANTS:-200}" --seed "$(date +%s)" >"$OUT/matching-load.txt"
  cat "$OUT/matching-load.txt" >&2
  rate=$(sed -n 's/^api_rate=//p' "$OUT/matching-load.txt")
  how="+$missing_placements placements by bulk registration, +$missing_participants participants"
  [[ -n "$rate" ]] && how+=" (the first by bulk enrolment at $rate/s, so 50 000 would take $(awk -v r="$rate" 'BEGIN { printf "%.0f", 50000 / r / 60 }') min; the rest as participant.enrolled events)"
  # MatchingLoad waits until placement-service ranks the last participant it sent, but participant.events.v1 has
  # partitions (as in k8s): the last one's partition can be consumed while others still lag. So wait for all.
  deadline=$((SECONDS + 600))
  while (( $(q "select count(*) $ACTIVE_SQL") < PARTICIPANTS && SECONDS < deadline )); do sleep 2; done
  how+=" in $((SECONDS - t0)) s"
fi

q "select id $OPEN_SQL" >"$OUT/matching-placements.txt"
q "select participant_id $ACTIVE_SQL" >"$OUT/matching-participants.txt"
open=$(wc -l <"$OUT/matching-placements.txt")
active=$(wc -l <"$OUT/matching-participants.txt")
echo "ROW|matching load: $how|$open open placements, $active participants in $UNIT|-|-|≥ $PLACEMENTS / ≥ $PARTICIPANTS|$( ((open >= PLACEMENTS && active >= PARTICIPANTS)) && echo loaded || echo "FAIL (too few)")"
