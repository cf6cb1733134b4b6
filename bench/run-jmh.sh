#!/usr/bin/env bash
# Rule evaluation micro-benchmark (JMH): installs the service's classes, builds the benchmark, runs it.
# Usage: bench/run-jmh.sh [benchmark pattern, default RuleEvaluationBenchmark] [JMH options, e.g. -wi 2 -i 3]
# The service's jar is installed into bench/target/m2 (reading everything else from ~/.m2), so that
# running the benchmark never replaces a snapshot in the shared local repository.
set -euo pipefail
pattern=RuleEvaluationBenchmark
if [[ $# -gt 0 && $1 != -* ]]; then pattern=$1; shift; fi
root="$(cd "$(dirname "$0")/.." && pwd)"
repo=(-Dmaven.repo.local="$root/bench/target/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
cd "$root"
./mvnw -B -q -o "${repo[@]}" install -DskipTests -Dquarkus.build.skip=true
cd bench
../mvnw -B -q "${repo[@]}" package
java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main "$pattern" "$@" \
  -jvmArgsAppend "-Desafety.rules.dir=$root/rules" -rf json -rff "target/jmh-$pattern.json"
