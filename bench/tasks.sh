#!/usr/bin/env bash
# The task engine's benchmarks (issue 4): GET task vs a trivial endpoint (needs wrk), task
# start->success throughput, and a task query over 1,000,000 stored tasks. Prints figures.
# Usage: bench/tasks.sh [get] [throughput] [query]     (all three by default; -Dtasks=N for the query size)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "the GET benchmark needs wrk: apt-get install wrk" >&2; }
mvn -q test-compile
exec mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.vcdsim.bench.TaskBenchmarks \
  -Dexec.args="$*" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
