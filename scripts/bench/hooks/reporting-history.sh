#!/usr/bin/env bash
# ./suite bench hook for row 5 (reports with 1 000 000 events of history): replaces reporting-service's
# counters with the synthetic history reporting's own benchmark uses (bench/history.sql: ten years, every
# statistic and breakdown) and raises the read-model version, so no cached figure survives. bench.sh puts
# the real counters back afterwards by rebuilding the read model from the topics (POST /api/admin/rebuild).
# Environment from bench.sh: PG_PORT. BENCH_HISTORY_EVENTS overrides the 1 000 000.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)
EVENTS=${BENCH_HISTORY_EVENTS:-1000000}
rows=$(PGPASSWORD=reporting psql -qtA -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U reporting -d reporting \
  -f "$ROOT/reporting-service/src/test/resources/bench/history.sql" -c "select pg_temp.bench_history($EVENTS)")
echo "ROW|reporting history loaded|$EVENTS events|-|-|-|$rows daily counter rows"
