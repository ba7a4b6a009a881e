#!/usr/bin/env bash
# Hook for ./suite bench: the web application's server time per page (issue 10/11: p95 ≤ 100 ms on the demo
# data). Runs web's PageTimeBenchmark against the running suite; prints its ROW lines, the rest goes to the log.
# The benchmark runs on its own java command line (web's test classpath from Maven): exec:java's
# -Dexec.args would also reach web's npm step.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)
cd "$ROOT"
URL=http://localhost:${SUITE_WEB_PORT:-8080}
SAMPLES=${BENCH_WEB_SAMPLES:-50}
CP=web/target/bench-classpath.txt
./mvnw -B -q -pl web test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/$CP" >&2
java -cp "web/target/test-classes:web/target/classes:$(cat "$CP")" se.arbetsmarknad.web.bench.PageTimeBenchmark "$URL" "$SAMPLES" \
  | tee /dev/stderr | grep '^ROW|' || true
