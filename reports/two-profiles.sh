#!/usr/bin/env bash
# One report from two machine profiles of this machine, as a CI matrix of two real machines would
# give it: the experiments once with the whole JVM restricted to one CPU (taskset -c 0: Maven, the
# test JVM and every worker process it starts inherit the affinity) and once unrestricted, each
# with its own machine name and results directory; then Allure merges both into one single-file
# report with the claims ledger across machines.
#
#   bash reports/two-profiles.sh [extra Maven arguments, e.g. -Dtest=ParallelismExperiment]
#   -> reports/target/allure-report/index.html
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/reports/target/machines"
rm -rf "$out"
mkdir -p "$out"

run() {
  local name="$1"
  shift
  "$@" ./mvnw -B -pl experiments -am clean verify -Dtest='*Experiment' -Dmaven.test.failure.ignore=true \
    -Dyieldlab.machine="$name" "${extra[@]}"
  cp -r experiments/target/allure-results "$out/$name"
}

extra=("$@")
run one-cpu taskset -c 0
run all-cpus env
./mvnw -B -pl engine,allure-plugin,reports -DskipTests -Pmachines -Dmachines.one="$out/one-cpu" -Dmachines.two="$out/all-cpus" verify
echo "two-profiles: reports/target/allure-report/index.html (machines: one-cpu, all-cpus)"
