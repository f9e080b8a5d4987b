#!/usr/bin/env bash
# The pages a busy person opens all day, measured with wrk (Debian package "wrk") for the bench account, which is a
# member of every generated partnership.
#
# Start Cairn on PostgreSQL with 5,000 generated partnerships first (see README "Benchmarks"), then run:
#   bash bench/workplace.sh            # or CAIRN_URL=http://host:port bash bench/workplace.sh
#
# For the home page, "My partnerships" (first page), one partnership's overview and a static asset (the stylesheet,
# through the same stack: security filters, session, resource chain) it prints the page size, the latency at the 50th,
# 90th and 99th percentile with one connection (server time plus loopback), and the throughput with 100 connections;
# then the overview's throughput as a share of the static asset's. Latency is measured before any throughput run.
set -euo pipefail

base=${CAIRN_URL:-http://localhost:8080}
email=${CAIRN_BENCH_EMAIL:-bench@cairn.example}
password=${CAIRN_BENCH_PASSWORD:-cairn-demo-2026}
duration=${CAIRN_BENCH_DURATION:-15s}
warmup=${CAIRN_BENCH_WARMUP:-20s}
connections=${CAIRN_BENCH_CONNECTIONS:-100}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

cookie_of() { sed -n 's/^[Ss]et-[Cc]ookie: CAIRN_SESSION=\([^;]*\).*/\1/p' | tr -d '\r' | tail -1; }

page=$(curl -s -i "$base/sign-in")
anonymous=$(printf '%s' "$page" | cookie_of)
csrf=$(printf '%s' "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
session=$(curl -s -i -H "Cookie: CAIRN_SESSION=$anonymous" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "$base/sign-in" | cookie_of)
[ -n "$session" ] || { echo "Sign-in as $email failed" >&2; exit 1; }
cookie="Cookie: CAIRN_SESSION=$session"

# The overview of a partnership from the middle of the first page of "My partnerships".
overview=$(curl -s -H "$cookie" "$base/partnerships" | grep -o 'href="/partnerships/[0-9]*"' \
  | sed -n '12p;$p' | head -1 | sed 's/href="//;s/"//')
[ -n "$overview" ] || { echo "The bench account has no partnerships: start Cairn with --cairn.demo.scale" >&2; exit 1; }

# wrk's summary line of the latency distribution at a percentile, such as "12.34ms".
percentile() { awk -v p="$1" '$1 == p { print $2 }'; }
throughput() { awk '/^Requests\/sec:/ { print $2 }'; }
errors() { awk '/Non-2xx|Socket errors/ { sub(/^ +/, ""); printf "%s; ", $0 }'; }

declare -A path status bytes one many
path[home]=/
path[partnerships]=/partnerships
path[overview]=$overview
path[static]=/css/cairn.css
pages="home partnerships overview static"

# Latency first: each page is warmed up (the JIT compiler needs some hundreds of requests), then measured on a quiet
# server. Then throughput, with a pause after each run for the requests wrk leaves queued to drain, so that no run is
# measured behind another's backlog.
for name in $pages; do
  read -r status[$name] bytes[$name] < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' -H "$cookie" \
    "$base${path[$name]}")
  wrk -t1 -c1 -d"$warmup" -H "$cookie" "$base${path[$name]}" >/dev/null
  one[$name]=$(wrk -t1 -c1 -d"$duration" --latency -H "$cookie" "$base${path[$name]}")
done
for name in $pages; do
  many[$name]=$(wrk -t2 -c"$connections" -d"$duration" --timeout 10s -H "$cookie" "$base${path[$name]}")
  sleep 5
done

printf '%-22s %-6s %10s %9s %9s %9s %14s  %s\n' page status bytes p50 p90 p99 "req/s (${connections}c)" notes
declare -A rate
for name in $pages; do
  rate[$name]=$(printf '%s\n' "${many[$name]}" | throughput)
  printf '%-22s %-6s %10s %9s %9s %9s %14s  %s\n' "$name (${path[$name]})" "${status[$name]}" "${bytes[$name]}" \
    "$(printf '%s\n' "${one[$name]}" | percentile 50%)" "$(printf '%s\n' "${one[$name]}" | percentile 90%)" \
    "$(printf '%s\n' "${one[$name]}" | percentile 99%)" "${rate[$name]}" \
    "$(printf '%s\n' "${one[$name]}${many[$name]}" | errors)"
done
awk -v o="${rate[overview]}" -v s="${rate[static]}" \
  'BEGIN { if (s > 0) printf "overview / static throughput: %.3f (aim: 0.25 or more)\n", o / s }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
