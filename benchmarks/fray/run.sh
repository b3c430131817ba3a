#!/usr/bin/env bash
# The peer side of issue 23: yieldlab's E1/E2 races on platform threads under Fray 0.9.2, each race
# under each Fray scheduler several times. Writes benchmarks/fray/target/fray-results.tsv (one row per
# race, scheduler and run) and target/fray-summary.md (medians per race and scheduler); docs/FRAY.md
# says how each number is measured. Heavy: run it under the shared lock,
#   flock /tmp/yieldlab-heavy.lock benchmarks/fray/run.sh
# (it never takes the lock itself, so that benchmarks/compare.sh can call it under the caller's lock).
#
#   --figures   also print the summary as figure lines (key, value, error, unit, note) on stdout, for
#               benchmarks/compare.sh; when Fray cannot run (or FRAY_RUNS=0), print the fact
#               `fray.unavailable <why>` instead and exit 0, so that the comparison goes on and its
#               Fray row says why.
# Environment: FRAY_RUNS (default 5; 0 skips), FRAY_RACES, FRAY_SCHEDULERS (space-separated keys,
# default all), FRAY_BASE_JDK (the JDK 25 Fray's JDK is linked from; default: the one ./mvnw selects).
# Takes about 50 minutes with 5 runs on two shared cores (10 s to 1 min a JVM, 90 JVMs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
target="$here/target"
tsv="$target/fray-results.tsv"
summary="$target/fray-summary.md"
figures=false
[ "${1-}" = "--figures" ] && figures=true

runs="${FRAY_RUNS:-5}"
races="${FRAY_RACES:-e1-check-then-act e2-lost-update-2 e2-lost-update-4}"
schedulers="${FRAY_SCHEDULERS:-fifo random pct pct-d2 pos fest}"
header="race	scheduler	run	schedules_to_failure	seconds_to_failure	per_second_default	per_second_fastest	fray_logged_per_second_default	fray_logged_per_second_fastest	note"

say() { echo "fray: $*" >&2; }

# Fray could not run: a row that says why (and, for compare.sh, the fact), then stop.
unavailable() {
  say "not measured: $1"
  mkdir -p "$target"
  printf '%s\n%s\n' "$header" "all	all	-	not measured	not measured	not measured	not measured	not measured	not measured	$1" > "$tsv"
  if $figures; then
    printf 'fray.unavailable\t%s\n' "$1"
    exit 0
  fi
  exit 1
}

if [ "$runs" = 0 ]; then
  say "skipped: FRAY_RUNS=0"
  if $figures; then printf 'fray.unavailable\t%s\n' "skipped (FRAY_RUNS=0)"; fi
  exit 0
fi

# 1. A JDK 25 to build with (the one ./mvnw uses), and the one Fray links its JDK from.
if ! build_jdk="$(. "$root/.mvn/select-jdk.sh" >/dev/null 2>&1 && printf '%s' "$JAVA_HOME")"; then
  unavailable "no JDK 25 found (./mvnw's .mvn/select-jdk.sh found none)"
fi
base_jdk="${FRAY_BASE_JDK:-$build_jdk}"
[ -x "$base_jdk/bin/jlink" ] || unavailable "$base_jdk has no bin/jlink, which Fray's plugin needs to build its JDK"

# 2. Fray's plugin runs <jdk>/bin/jlink --module-path=<jdk>/jmods --add-modules=ALL-MODULE-PATH. A
#    JDK without jmods/ (Temurin 25, JEP 493) gets a stand-in directory whose bin/jlink links from the
#    run-time image instead (see jlink-from-run-time-image); a JDK with jmods/ is used as it is.
if [ -d "$base_jdk/jmods" ]; then
  fray_base="$base_jdk"
elif "$base_jdk/bin/jlink" --help 2>&1 | grep -q 'Linking from run-time image enabled'; then
  fray_base="$target/jdk-base"
  mkdir -p "$fray_base/bin"
  ln -sfn "$base_jdk" "$fray_base/real-jdk"
  ln -sfn ../real-jdk/bin/java "$fray_base/bin/java"
  cp "$here/jlink-from-run-time-image" "$fray_base/bin/jlink"
else
  unavailable "$base_jdk has neither jmods/ nor a jlink that links from the run-time image: Fray cannot build its JDK from it (set FRAY_BASE_JDK to a full JDK 25)"
fi

# 3. Build: Fray's plugin makes target/fray/fray-java once per Fray version (about a minute), then the
#    tests compile and the test class path is written out for the runs below.
mkdir -p "$target"
say "building (Fray's JDK from $base_jdk, once; log in $target/build.log)"
if ! "$root/mvnw" -B -f "$here/pom.xml" test-compile dependency:build-classpath -Dplugin.jdkPath="$fray_base" \
    -Dmdep.outputFile="$target/test-classpath.txt" -Dmdep.includeScope=test > "$target/build.log" 2>&1; then
  unavailable "building benchmarks/fray failed: $(grep -m1 '^\[ERROR\]' "$target/build.log" | cut -c1-300) (log: benchmarks/fray/target/build.log)"
fi
fray_java="$target/fray/fray-java/bin/java"
jvmti="$target/fray/fray-jvmti/libjvmti.so"
grep -q 'IMPLEMENTOR=Fray' "$target/fray/fray-java/release" 2>/dev/null || unavailable "Fray's plugin left no instrumented JDK at $target/fray/fray-java"
[ -f "$jvmti" ] || unavailable "Fray's plugin left no JVMTI agent at $jvmti"
class_path="$target/test-classes:$(cat "$target/test-classpath.txt")"
agent="$(tr ':' '\n' < "$target/test-classpath.txt" | grep '/fray-instrumentation-agent-[^/]*\.jar$' || true)"
[ -n "$agent" ] || unavailable "fray-instrumentation-agent is not on the test class path"

# 4. Measure: one JVM per (run, race, scheduler), runs outermost so that a busy moment of the machine
#    spreads over every configuration instead of landing on one. Each JVM appends its row.
printf '%s\n' "$header" > "$tsv"
rm -rf "$target/runs"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
total=$(( runs * $(wc -w <<< "$races") * $(wc -w <<< "$schedulers") ))
done_count=0
for run in $(seq 1 "$runs"); do
  for race in $races; do
    for scheduler in $schedulers; do
      done_count=$((done_count + 1))
      dir="$target/runs/$run/$race/$scheduler"
      mkdir -p "$dir"
      rows_before=$(wc -l < "$tsv")
      # The JVM flags are the ones Fray's plugin gives Surefire (argLine), plus one report directory per test.
      status=0
      "$fray_java" -javaagent:"$agent" -agentpath:"$jvmti" -Dfray.workDir="$dir" -Dfray.organize.by.test=true \
          -cp "$class_path" dev.yieldlab.fray.harness.FrayBench "$race" "$scheduler" "$run" "$tsv" \
          > "$dir/stdout.txt" 2> "$dir/stderr.txt" || status=$?
      if [ "$(wc -l < "$tsv")" -eq "$rows_before" ]; then
        printf '%s\n' "$race	$scheduler	$run	not measured	not measured	not measured	not measured	not measured	not measured	the JVM exited with $status before writing its row: $(tail -n 1 "$dir/stderr.txt" | cut -c1-200) (benchmarks/fray/target/runs/$run/$race/$scheduler/stderr.txt)" >> "$tsv"
      fi
      say "[$done_count/$total] $(tail -n 1 "$tsv" | tr '\t' ' ')"
    done
  done
done

# 5. Summarise: medians per race and scheduler, as Markdown (and figure lines for compare.sh), under
#    a line that says when, where and how busy the machine was (other work on the cores slows Fray).
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
summary_args=("$tsv" "$summary.table")
if $figures; then
  summary_args+=(--figures)
  printf 'fray.runs\t%s\n' "$runs"
fi
"$build_jdk/bin/java" -cp "$target/test-classes" dev.yieldlab.fray.harness.FraySummary "${summary_args[@]}"
{
  printf 'Measured by benchmarks/fray/run.sh from %s to %s, %s runs, Fray %s on %s (%s cores); load average (1/5/15 min) before: %s, after: %s.\n\n' \
    "$started" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$runs" "$(cat "$target/fray/fray-java/fray-version")" \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)" "$load_before" "$load_after"
  cat "$summary.table"
} > "$summary"
rm "$summary.table"
say "rows: $tsv; summary: $summary"
