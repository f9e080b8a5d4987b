#!/usr/bin/env bash
# JMH benchmark of the SROI engine: a 1,000-row impact map over 10 years with the full sensitivity table.
#   bash bench/sroi.sh            (extra JMH options may follow, e.g. -f 2 -wi 10)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main SroiBenchmark "$@"
