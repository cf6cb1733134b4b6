#!/usr/bin/env bash
# Rule evaluation micro-benchmark (JMH): installs the service's classes, builds the benchmark, runs it.
# Usage: bench/run-jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q install -DskipTests
cd bench
../mvnw -B -q package
java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main RuleEvaluationBenchmark \
  -jvmArgsAppend "-Desafety.rules.dir=$root/rules" -rf json -rff target/jmh-result.json "$@"
