#!/usr/bin/env bash
# The evaluation pages at the size issue 15 names: a tender with 30 questions, 20 sealed bids and 6 evaluators
# appointed to every question, opened, all 3,600 scores recorded and every question but Q1 moderated. Starts its own
# Cairn (EvaluationBenchServer, from the test classes, on H2 in memory with templates cached), signs in as the
# Procurement Representative (Fiona), then times with wrk on one connection (target: under 300 ms server time each)
# the evaluation matrix with its totals and Q1's page, where the moderated scores are recorded. Stops Cairn at the end.
#   bash bench/evaluation.sh        # CAIRN_BENCH_DURATION=30s, CAIRN_BENCH_PORT=8090 to change
# Needs curl and wrk; nothing may be listening on the port.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${CAIRN_BENCH_PORT:-8090}
duration=${CAIRN_BENCH_DURATION:-15s}
for tool in curl wrk; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
log=target/evaluation-bench.log
java -Dcairn.bench.port="$port" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  scot.cairn.tendering.EvaluationBenchServer >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until grep -q '^CAIRN-BENCH-READY' "$log"; do
  kill -0 $server 2>/dev/null || { cat "$log" >&2; echo "Cairn stopped before the tender was ready" >&2; exit 1; }
  sleep 2
done
grep '^Seeded' "$log"
read -r _ matrix moderation < <(grep '^CAIRN-BENCH-READY' "$log")
export CAIRN_URL="http://localhost:$port" CAIRN_BENCH_EMAIL=fiona.reid@falkirk.example
source bench/lib.sh
printf '%-16s %10s %9s %9s %9s\n' page bytes p50 p90 p99
for pair in "matrix $matrix" "moderation $moderation"; do
  set -- $pair
  name=$1 path=$2
  bytes=$(curl -s -f -H "$cookie" "$base$path" | wc -c)
  wrk -t1 -c1 -d5s -H "$cookie" "$base$path" >/dev/null
  one=$(wrk -t1 -c1 -d"$duration" --latency -H "$cookie" "$base$path")
  printf '%-16s %10s %9s %9s %9s\n' "$name" "$bytes" "$(printf '%s\n' "$one" | percentile 50%)" \
    "$(printf '%s\n' "$one" | percentile 90%)" "$(printf '%s\n' "$one" | percentile 99%)"
done
