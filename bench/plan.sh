#!/usr/bin/env bash
# The plan at its limit: 2,000 tasks, each but the first waiting for the one before, and 50 milestones, then the
# plan page (with its timeline), one task's page and a highlight report's page timed with wrk on one connection
# (target: under 300 ms), and the time to start a highlight report (gathering every section's facts) five times.
#
# Start Cairn with the bench account first (see README "Benchmarks"; any scale), then run:
#   bash bench/plan.sh            # or CAIRN_URL=http://host:port bash bench/plan.sh
# It signs in as the bench account, creates an API token and a fresh partnership, adds the tasks and milestones
# through the API (a few minutes), and prints the size and the 50th, 90th and 99th percentile of each page. Needs
# curl, jq and wrk.
set -euo pipefail

base=${CAIRN_URL:-http://localhost:8080}
email=${CAIRN_BENCH_EMAIL:-bench@cairn.example}
password=${CAIRN_BENCH_PASSWORD:-cairn-demo-2026}
tasks=${CAIRN_BENCH_TASKS:-2000}
duration=${CAIRN_BENCH_DURATION:-15s}

for tool in curl jq wrk; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
cookie_of() { sed -n 's/^[Ss]et-[Cc]ookie: CAIRN_SESSION=\([^;]*\).*/\1/p' | tr -d '\r' | tail -1; }
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

page=$(curl -s -i "$base/sign-in")
anonymous=$(printf '%s' "$page" | cookie_of)
csrf=$(printf '%s' "$page" | csrf_of)
session=$(curl -s -i -H "Cookie: CAIRN_SESSION=$anonymous" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "$base/sign-in" | cookie_of)
[ -n "$session" ] || { echo "Sign-in as $email failed" >&2; exit 1; }
cookie="Cookie: CAIRN_SESSION=$session"

csrf=$(curl -s -H "$cookie" "$base/account" | csrf_of)
token=$(curl -s -L -H "$cookie" --data-urlencode "name=plan bench $(date +%s)" \
  --data-urlencode "_csrf=$csrf" "$base/account/tokens" \
  | sed -n 's/.*id="new-token-secret"[^>]*>\([^<]*\)<.*/\1/p' | head -1)
[ -n "$token" ] || { echo "Could not create an API token" >&2; exit 1; }
api() { curl -s -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

me=$(api "$base/api/v1/me")
person=$(printf '%s' "$me" | jq -r .personId)
org=$(printf '%s' "$me" | jq -r .organisationId)
id=$(api -X POST "$base/api/v1/partnerships" -d "{\"title\":\"Plan bench $(date +%Y%m%d-%H%M%S)-$RANDOM\",
  \"market\":\"SOCIAL_CARE\",\"region\":\"Scotland\",\"aims\":\"Plan benchmark.\",\"leadPartnerId\":$org}" \
  | jq -r .id)
plan="$base/api/v1/partnerships/$id/plan"
start=$(date +%s)
for i in $(seq 1 "$tasks"); do
  from=$(date -d "+$((i % 300)) days" +%F) to=$(date -d "+$((i % 300 + 20)) days" +%F)
  after=$([ "$i" -gt 1 ] && echo "[$((i - 1))]" || echo "[]")
  task=$(api -X POST "$plan/tasks" -d "{\"title\":\"Generated task $i\",\"ownerId\":$person,\"start\":\"$from\",
    \"due\":\"$to\",\"stage\":\"DESIGN\",\"dependsOn\":$after}")
  if [ $((i % 3)) -eq 0 ]; then
    api -X POST "$plan/tasks/$(printf '%s' "$task" | jq -r .id)/progress" -o /dev/null \
      -d '{"version":0,"status":"IN_PROGRESS","percent":50}'
  fi
done
for i in $(seq 1 50); do
  api -X POST "$plan/milestones" -o /dev/null -d "{\"title\":\"Milestone $i\",
    \"due\":\"$(date -d "+$((i * 7)) days" +%F)\",\"ownerId\":$person}"
done
echo "added $tasks tasks and 50 milestones in $(( $(date +%s) - start )) s (partnership $id)"
last=$(api "$plan" | jq -r '.tasks[-1].id')
reports="$base/api/v1/partnerships/$id/reports"
printf 'starting a highlight report (s):'
for i in 5 4 3 2 1; do
  # Five periods of ten days one after another, ending yesterday: reports may not overlap.
  from=$(date -d "-$((i * 10)) days" +%F) to=$(date -d "-$((i * 10 - 9)) days" +%F)
  printf ' %s' "$(curl -s -f -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -X POST "$reports" -d "{\"from\":\"$from\",\"to\":\"$to\"}")"
done
echo
report=$(api "$reports" | jq -r '.reports[0].id')

percentile() { awk -v p="$1" '$1 == p { print $2 }'; }
printf '%-34s %10s %9s %9s %9s\n' page bytes p50 p90 p99
for path in "/partnerships/$id/plan" "/partnerships/$id/plan/tasks/$last" "/partnerships/$id/reports/$report"; do
  bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "$cookie" "$base$path")
  wrk -t1 -c1 -d10s -H "$cookie" "$base$path" >/dev/null
  one=$(wrk -t1 -c1 -d"$duration" --latency -H "$cookie" "$base$path")
  printf '%-34s %10s %9s %9s %9s\n' "${path#/partnerships/$id}" "$bytes" "$(printf '%s\n' "$one" | percentile 50%)" \
    "$(printf '%s\n' "$one" | percentile 90%)" "$(printf '%s\n' "$one" | percentile 99%)"
done
