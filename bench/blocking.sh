#!/usr/bin/env bash
# Issue 5's benchmarks: notifications per second to a RabbitMQ on loopback (needs Debian's
# rabbitmq-server), and timeout lateness with 100,000 active blocking tasks. Prints figures.
# Usage: bench/blocking.sh [notifications] [timeouts]   (MAVEN_OPTS=-Devents=N / -Dactive=N for sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile
exec mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.vcdsim.bench.BlockingBenchmarks \
  -Dexec.args="$*" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
