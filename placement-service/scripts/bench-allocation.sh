#!/usr/bin/env bash
# The allocation benchmark: the project's solver and OR-Tools side by side on the same 5 000 × 2 000
# instances (see AllocationBenchmark). Builds what it needs, then prints `figure=NAME value=V unit=U` lines.
#   placement-service/scripts/bench-allocation.sh [runs=3] [instances=sparse,dense] [variants=none,balance,rules,all]
# Heap: BENCH_HEAP (default 384m, the services' local heap).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=../../scripts/lib/jdk.sh
source scripts/lib/jdk.sh
suite_use_jdk 21 >&2 || exit 1
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl placement-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
exec java -Xmx"${BENCH_HEAP:-384m}" --enable-native-access=ALL-UNNAMED \
  -cp "placement-service/target/classes:placement-service/target/test-classes:$(cat "$cp_file")" \
  se.arbetsmarknad.placement.benchmark.AllocationBenchmark "$@"
