#!/usr/bin/env bash
# The risks and issues register at its limit: 500 items, each reviewed once and with one action, then the register
# page, its PDF and its XLSX timed with wrk on one connection (target: the register renders in under 300 ms).
#
# Start Cairn with the bench account first (see README "Benchmarks"; any scale), then run:
#   bash bench/risks.sh            # or CAIRN_URL=http://host:port bash bench/risks.sh
# It signs in as the bench account, creates an API token and a fresh partnership, raises the items through the API
# (a minute or so), and prints the size and the 50th, 90th and 99th percentile of each. Needs curl, jq and wrk.
set -euo pipefail

base=${CAIRN_URL:-http://localhost:8080}
email=${CAIRN_BENCH_EMAIL:-bench@cairn.example}
password=${CAIRN_BENCH_PASSWORD:-cairn-demo-2026}
items=${CAIRN_BENCH_RISKS:-500}
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
token=$(curl -s -L -H "$cookie" --data-urlencode "name=risk bench $(date +%s)" \
  --data-urlencode "_csrf=$csrf" "$base/account/tokens" \
  | sed -n 's/.*id="new-token-secret"[^>]*>\([^<]*\)<.*/\1/p' | head -1)
[ -n "$token" ] || { echo "Could not create an API token" >&2; exit 1; }
api() { curl -s -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

me=$(api "$base/api/v1/me")
person=$(printf '%s' "$me" | jq -r .personId)
org=$(printf '%s' "$me" | jq -r .organisationId)
id=$(api -X POST "$base/api/v1/partnerships" -d "{\"title\":\"Risk bench $(date +%Y%m%d-%H%M%S)-$RANDOM\",
  \"market\":\"SOCIAL_CARE\",\"region\":\"Scotland\",\"aims\":\"Risk register benchmark.\",\"leadPartnerId\":$org}" \
  | jq -r .id)
risks="$base/api/v1/partnerships/$id/risks"
today=$(date +%F)
later=$(date -d '+30 days' +%F)
categories=(DELIVERY FINANCIAL PEOPLE PARTNERSHIP SERVICE_USERS REPUTATION LEGAL OTHER)
start=$(date +%s)
for i in $(seq 1 "$items"); do
  l=$((i % 5 + 1)) m=$(((i / 5) % 5 + 1))
  raised=$(api -X POST "$risks" -d "{\"kind\":\"RISK\",\"title\":\"Generated risk $i\",
    \"description\":\"Why risk $i matters to the partnership, in a sentence or two.\",
    \"category\":\"${categories[$((i % 8))]}\",\"ownerId\":$person,\"likelihood\":$l,\"impact\":$m,
    \"proximity\":\"WITHIN_A_YEAR\",\"response\":\"REDUCE\",\"residualLikelihood\":1,\"residualImpact\":$m,
    \"escalate\":false,\"nextReview\":\"$later\"}")
  rid=$(printf '%s' "$raised" | jq -r .id)
  v=$(printf '%s' "$raised" | jq -r .version)
  api -X POST "$risks/$rid/reviews" -o /dev/null -d "{\"version\":$v,\"reviewedOn\":\"$today\",\"likelihood\":$l,
    \"impact\":$m,\"note\":\"Reviewed by the bench.\",\"nextReview\":\"$later\"}"
  api -X POST "$risks/$rid/actions" -o /dev/null -d "{\"version\":$((v + 1)),\"description\":\"Action on $i\",
    \"ownerId\":$person,\"due\":\"$later\"}"
done
echo "raised, reviewed and actioned $items items in $(( $(date +%s) - start )) s (partnership $id)"

percentile() { awk -v p="$1" '$1 == p { print $2 }'; }
printf '%-34s %10s %9s %9s %9s\n' page bytes p50 p90 p99
for path in "/partnerships/$id/risks" "/partnerships/$id/risks/register.pdf" "/partnerships/$id/risks/register.xlsx"; do
  bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "$cookie" "$base$path")
  wrk -t1 -c1 -d10s -H "$cookie" "$base$path" >/dev/null
  one=$(wrk -t1 -c1 -d"$duration" --latency -H "$cookie" "$base$path")
  printf '%-34s %10s %9s %9s %9s\n' "${path#/partnerships/$id}" "$bytes" "$(printf '%s\n' "$one" | percentile 50%)" \
    "$(printf '%s\n' "$one" | percentile 90%)" "$(printf '%s\n' "$one" | percentile 99%)"
done
