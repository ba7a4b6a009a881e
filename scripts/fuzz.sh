#!/usr/bin/env bash
# ./suite fuzz — issue 14's long fuzz run: 10 000 generated bodies per service (./suite test runs 300),
# with the same rules as the test (no 5xx, problem+json naming the field, nothing half-written, no body
# accepted that breaks its own schema). Each service's summary lands in <service>/target/fuzz/summary.md.
#   ./suite fuzz [--samples N] [--seed S] [service ...]
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
# shellcheck source=lib/jdk.sh
source "$ROOT/scripts/lib/jdk.sh"

samples=10000
seed=14
services=()
while (($#)); do
  case $1 in
    --samples) samples=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    -h | --help) sed -n '2,6p' "$0"; exit 0 ;;
    *) services+=("$1-service"); shift ;;
  esac
done
((${#services[@]})) || services=(participant-service placement-service goals-service reporting-service)
suite_use_jdk 21 || exit 1

modules=$(IFS=,; echo "${services[*]}")
echo "==> fuzzing ${services[*]}: $samples samples per service, seed $seed"
status=0
(cd "$ROOT" && ./mvnw -B -fae -pl "$modules" -am verify -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -DskipITs -Dfuzz.samples="$samples" -Dfuzz.seed="$seed") || status=$?
for s in "${services[@]}"; do
  if [[ -f "$ROOT/$s/target/fuzz/summary.md" ]]; then
    echo
    cat "$ROOT/$s/target/fuzz/summary.md"
  else
    echo "$s: no summary (the run did not get that far; see the Maven output above)"
  fi
done
exit "$status"
