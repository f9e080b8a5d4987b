#!/usr/bin/env bash
# JMH benchmark of the plan's calculations at its limit: slippage of 2,000 tasks and 500 milestones, and the timeline
# of one page (100 tasks) with 500 milestones.
#   bash bench/plan-jmh.sh            (extra JMH options may follow, e.g. -f 2 -wi 10)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main PlanBenchmark "$@"
