#!/usr/bin/env bash
# JMH benchmark of opening a tender at the issue's size: 20 sealed bids of 20 MB decrypted and checked against their
# manifests' SHA-256 (target under 10 s).
#   bash bench/opening-jmh.sh            (extra JMH options may follow, e.g. -i 10)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main OpeningBenchmark "$@"
