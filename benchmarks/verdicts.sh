#!/usr/bin/env bash
# The verdict-stability benchmark: runs the REAL-clock ratio experiments and two synthetic claims of
# known truth (dev.yieldlab.benchmarks.verdicts.SyntheticClaims) again and again, each repetition in a
# fresh JVM, under three conditions taken in turn (so that a drift of the machine over hours touches
# all three alike):
#   idle        nothing else runs;
#   bursty      a foreign process busy 1 s of every 3 s;
#   persistent  one foreign busy process throughout;
# then counts the verdicts into docs/VERDICTS.md (VerdictsReport; notes below its end marker stay).
#
# It measures the machine, so nothing else may run: other builds are foreign load too. Run it under
# the shared lock, e.g.  flock /tmp/yieldlab-heavy.lock bash benchmarks/verdicts.sh --reps 20
#
#   --reps N            repetitions per condition (default 20, what the targets ask for)
#   --conditions LIST   e.g. idle,bursty (default idle,bursty,persistent)
#   --classes LIST      experiment classes, fully qualified, comma-separated (default: the ratio experiments)
#   --budget MINUTES    stop starting repetitions after this many minutes (default: no limit)
#   --report-only       count what benchmarks/target/verdicts holds and write docs/VERDICTS.md
#   --out DIR           results directory (default benchmarks/target/verdicts); kept between runs
#   --page FILE         the page to write (default docs/VERDICTS.md)
set -euo pipefail
cd "$(dirname "$0")/.."

reps=20
conditions="idle,bursty,persistent"
classes="dev.yieldlab.experiments.InterleavingExperiment,dev.yieldlab.experiments.CpuBoundExperiment,\
dev.yieldlab.experiments.ParallelismExperiment,dev.yieldlab.experiments.TimeSlicingExperiment,\
dev.yieldlab.experiments.IoBoundExperiment,dev.yieldlab.experiments.VirtualInterleavingExperiment,\
dev.yieldlab.experiments.YieldCostExperiment,dev.yieldlab.benchmarks.verdicts.SyntheticClaims"
budget_minutes=0
report_only=false
out=benchmarks/target/verdicts
page=docs/VERDICTS.md
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps="$2"; shift 2 ;;
    --conditions) conditions="$2"; shift 2 ;;
    --classes) classes="$2"; shift 2 ;;
    --budget) budget_minutes="$2"; shift 2 ;;
    --report-only) report_only=true; shift ;;
    --out) out="$2"; shift 2 ;;
    --page) page="$2"; shift 2 ;;
    *) echo "verdicts.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
done

./mvnw -B -q -pl engine,experiments,benchmarks -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
. .mvn/select-jdk.sh # sets JAVA_HOME to a JDK 25, as ./mvnw does
# The class directories are copied (the jars in ~/.m2 do not change): a run of hours must not see a
# rebuild of this worktree halfway through.
frozen="$out/classes"
rm -rf "$frozen" && mkdir -p "$frozen"
freeze() { # a class path with each directory of this worktree replaced by a copy of it
  local entries=() entry
  IFS=':' read -r -a entries <<< "$1"
  for entry in "${entries[@]}"; do
    if [ -d "$entry" ]; then
      local copy="$frozen/$(echo "$entry" | tr '/' '_')"
      [ -d "$copy" ] || cp -r "$entry" "$copy"
      printf '%s:' "$copy"
    else
      printf '%s:' "$entry"
    fi
  done
}
classpath="$(freeze "experiments/target/test-classes:benchmarks/target/classes:$(cat experiments/target/test-classpath.txt)")"
classpath="$classpath$(freeze "$(cat benchmarks/target/test-classpath.txt)")"
java=("$JAVA_HOME/bin/java" --add-exports java.base/jdk.internal.vm=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)

# The foreign load: a process of its own, started before a repetition and killed after it.
load_pid=""
start_load() {
  case "$1" in
    idle) load_pid="" ;;
    bursty) python3 -c $'import time\nwhile True:\n    t = time.time()\n    while time.time() - t < 1.0:\n        pass\n    time.sleep(2.0)' &
            load_pid=$! ;;
    persistent) python3 -c $'while True:\n    pass' &
                load_pid=$! ;;
    *) echo "verdicts.sh: unknown condition $1" >&2; exit 2 ;;
  esac
}
stop_load() {
  if [ -n "$load_pid" ]; then
    kill "$load_pid" 2>/dev/null || true
    wait "$load_pid" 2>/dev/null || true
    load_pid=""
  fi
}
trap stop_load EXIT

if [ "$report_only" = false ]; then
  started=$(date +%s)
  IFS=',' read -r -a condition_list <<< "$conditions"
  IFS=',' read -r -a class_list <<< "$classes"
  for ((rep = 1; rep <= reps; rep++)); do
    for condition in "${condition_list[@]}"; do
      if [ "$budget_minutes" -gt 0 ] && [ $(( $(date +%s) - started )) -ge $(( budget_minutes * 60 )) ]; then
        echo "[verdicts] budget of $budget_minutes minutes spent before repetition $rep ($condition)"
        break 2
      fi
      dir="$out/$condition/$(date +%Y%m%d-%H%M%S)-$rep"
      mkdir -p "$dir"
      echo "[verdicts] repetition $rep of $reps, $condition: $dir"
      start_load "$condition"
      rep_start=$(date +%s)
      "${java[@]}" -cp "$classpath" -Dyieldlab.verdicts.out="$dir" -Dallure.results.directory="$dir/allure-results" \
        dev.yieldlab.benchmarks.verdicts.VerdictRun "${class_list[@]}" > "$dir/console.log" 2>&1 || true
      stop_load
      echo "[verdicts]   took $(( $(date +%s) - rep_start )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    done
  done
fi

"${java[@]}" -cp "$classpath" dev.yieldlab.benchmarks.verdicts.VerdictsReport "$out" "$page" \
  "flock /tmp/yieldlab-heavy.lock bash benchmarks/verdicts.sh --reps $reps"
