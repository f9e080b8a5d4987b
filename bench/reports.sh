#!/usr/bin/env bash
# JMH benchmark of the largest analysis's files: the PDF report and the XLSX workbook of a 2,000-row impact map,
# each produced in a fork with a 256 MB heap.
#   bash bench/reports.sh                (extra JMH options may follow, e.g. -prof gc, or pdfReport to run one)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main ReportBenchmark "$@"
