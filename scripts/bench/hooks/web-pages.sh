#!/usr/bin/env bash
# Hook for ./suite bench: the web application's server time per page (issue 10/11: p95 ≤ 100 ms on the demo
# data). Runs web's PageTimeBenchmark against the running suite; prints its ROW lines, the rest goes to the log.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)
cd "$ROOT"
URL=http://localhost:${SUITE_WEB_PORT:-8080}
SAMPLES=${BENCH_WEB_SAMPLES:-50}
./mvnw -B -q -pl web test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=se.arbetsmarknad.web.bench.PageTimeBenchmark -Dexec.args="$URL $SAMPLES" 2>&1 | tee /dev/stderr | grep '^ROW|' || true
