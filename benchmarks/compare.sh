#!/usr/bin/env bash
# The documented command: builds the benchmarks, then runs yieldlab's JMH suite and probes next to
# CPython's asyncio and writes docs/PERFORMANCE.md (dev.yieldlab.benchmarks.compare.Compare does it
# all; this script only builds and calls it). Takes about 20 minutes, plus about 30 for the races under
# Fray (benchmarks/fray/run.sh, issue 23's peer; FRAY_RUNS=0 skips them, and when Fray cannot run its
# row says why); --smoke runs everything once at minimal settings in about 20 s, without Fray, and
# writes benchmarks/target/performance-smoke.md instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
. .mvn/select-jdk.sh # sets JAVA_HOME to a JDK 25, as ./mvnw does
exec "$JAVA_HOME/bin/java" --add-exports java.base/jdk.internal.vm=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -cp benchmarks/target/benchmarks.jar dev.yieldlab.benchmarks.compare.Compare "$@"
