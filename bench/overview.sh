#!/usr/bin/env bash
# Load test of the partnership overview page with wrk (Debian package "wrk").
#
# Start Cairn with 1,000 generated partnerships first (the first start takes a while to generate them):
#   ./mvnw spring-boot:run -Dspring-boot.run.arguments=--cairn.demo.scale=1000
# then run:
#   bash bench/overview.sh            # or CAIRN_URL=http://host:port bash bench/overview.sh
#
# It signs in as the bench account, picks one of its partnerships, and runs wrk twice: one connection (the median
# latency is the per-request server time plus loopback) and eight connections (throughput).
set -euo pipefail

base=${CAIRN_URL:-http://localhost:8080}
email=${CAIRN_BENCH_EMAIL:-bench@cairn.example}
password=${CAIRN_BENCH_PASSWORD:-cairn-demo-2026}
duration=${CAIRN_BENCH_DURATION:-20s}

cookie_of() { sed -n 's/^[Ss]et-[Cc]ookie: CAIRN_SESSION=\([^;]*\).*/\1/p' | tr -d '\r' | tail -1; }

page=$(curl -s -i "$base/sign-in")
anonymous=$(printf '%s' "$page" | cookie_of)
csrf=$(printf '%s' "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
session=$(curl -s -i -H "Cookie: CAIRN_SESSION=$anonymous" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "$base/sign-in" | cookie_of)
[ -n "$session" ] || { echo "Sign-in as $email failed" >&2; exit 1; }

count=$(curl -s -H "Cookie: CAIRN_SESSION=$session" "$base/partnerships" | grep -c 'href="/partnerships/[0-9]' || true)
path=$(curl -s -H "Cookie: CAIRN_SESSION=$session" "$base/partnerships" | grep -o 'href="/partnerships/[0-9]*"' \
  | sed -n '500p;$p' | head -1 | sed 's/href="//;s/"//')
echo "Bench account has $count partnerships; measuring $base$path"

status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: CAIRN_SESSION=$session" "$base$path")
[ "$status" = 200 ] || { echo "Overview page answered HTTP $status" >&2; exit 1; }
wrk -t1 -c1 -d"$duration" --latency -H "Cookie: CAIRN_SESSION=$session" "$base$path"
wrk -t2 -c8 -d"$duration" --latency -H "Cookie: CAIRN_SESSION=$session" "$base$path"
