#!/usr/bin/env bash
# Import benchmark: 10,000 measurements through the JSON API, end to end (upload and check, then confirm).
#
# Start Cairn on PostgreSQL with the bench account first (see README, "Running on PostgreSQL"), for example:
#   SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/cairn \
#   SPRING_DATASOURCE_USERNAME=cairn SPRING_DATASOURCE_PASSWORD=secret CAIRN_DEMO_ENABLED=true \
#   CAIRN_SECURE_COOKIE=false CAIRN_TENDERING_MAKE_MASTER_KEY=true java -jar target/cairn-0.1.0-SNAPSHOT.jar \
#   --cairn.demo.scale=1
# then run:
#   bash bench/import.sh            # or CAIRN_URL=http://host:port bash bench/import.sh
#
# It signs in as the bench account, creates an API token, starts a fresh partnership with 20 quarterly indicators,
# writes a CSV of 20 indicators x 20 quarters x 25 areas = 10,000 rows, then times the preview upload and the
# confirmation with curl and prints the seconds of each and the total. Needs curl and jq.
set -euo pipefail

base=${CAIRN_URL:-http://localhost:8080}
email=${CAIRN_BENCH_EMAIL:-bench@cairn.example}
password=${CAIRN_BENCH_PASSWORD:-cairn-demo-2026}
indicators=20 quarters=20 areas=25

cookie_of() { sed -n 's/^[Ss]et-[Cc]ookie: CAIRN_SESSION=\([^;]*\).*/\1/p' | tr -d '\r' | tail -1; }
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

page=$(curl -s -i "$base/sign-in")
anonymous=$(printf '%s' "$page" | cookie_of)
csrf=$(printf '%s' "$page" | csrf_of)
session=$(curl -s -i -H "Cookie: CAIRN_SESSION=$anonymous" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "$base/sign-in" | cookie_of)
[ -n "$session" ] || { echo "Sign-in as $email failed" >&2; exit 1; }

csrf=$(curl -s -H "Cookie: CAIRN_SESSION=$session" "$base/account" | csrf_of)
token=$(curl -s -L -H "Cookie: CAIRN_SESSION=$session" --data-urlencode "name=import bench $(date +%s)" \
  --data-urlencode "_csrf=$csrf" "$base/account/tokens" \
  | sed -n 's/.*id="new-token-secret"[^>]*>\([^<]*\)<.*/\1/p' | head -1)
[ -n "$token" ] || { echo "Could not create an API token" >&2; exit 1; }
api() { curl -s -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

org=$(api "$base/api/v1/me" | jq -r .organisationId)
id=$(api -X POST "$base/api/v1/partnerships" -d "{\"title\":\"Import bench $(date +%Y%m%d-%H%M%S)-$RANDOM\",
  \"market\":\"SOCIAL_CARE\",\"region\":\"Scotland\",\"aims\":\"Import benchmark.\",\"leadPartnerId\":$org}" | jq -r .id)
group=$(api -X POST "$base/api/v1/partnerships/$id/stakeholders" -d '{"name":"People supported"}' | jq -r .id)
outcome=$(api -X POST "$base/api/v1/partnerships/$id/outcomes" \
  -d "{\"stakeholderGroupId\":$group,\"name\":\"Lives improve\"}" | jq -r .id)
for i in $(seq 1 $indicators); do
  api -X POST "$base/api/v1/partnerships/$id/indicators" -o /dev/null -d "{\"outcomeId\":$outcome,
    \"name\":\"Indicator $i\",\"unit\":\"people\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":50,
    \"frequency\":\"QUARTERLY\"}"
done

csv=$(mktemp --suffix=.csv)
trap 'rm -f "$csv"' EXIT
{
  echo "indicator,period,value,breakdown,source,notes"
  for i in $(seq 1 $indicators); do
    for q in $(seq 0 $((quarters - 1))); do
      for a in $(seq 1 $areas); do
        echo "Indicator $i,$((2021 + q / 4))-Q$((q % 4 + 1)),$(((i * 7 + q * 3 + a) % 90 + 10)),Area $a,Bench,"
      done
    done
  done
} > "$csv"
echo "Partnership $id: importing $(($(wc -l < "$csv") - 1)) rows"

preview=$(mktemp)
upload=$(curl -s -S -o "$preview" -w '%{time_total}' -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
  --data-binary "@$csv" "$base/api/v1/partnerships/$id/import")
import_id=$(jq -r .importId "$preview")
errors=$(jq '[.rows[] | select(.errors != {})] | length' "$preview")
rm -f "$preview"
[ "$errors" = 0 ] || { echo "The preview found $errors rows with errors" >&2; exit 1; }
confirm=$(curl -s -f -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $token" \
  "$base/api/v1/partnerships/$id/import/$import_id/confirm")
saved=$(api "$base/api/v1/partnerships/$id/measurements?period=2025-Q4" | jq length)
echo "Upload and check: ${upload} s"
echo "Confirm and save: ${confirm} s"
echo "Total:            $(awk "BEGIN { print $upload + $confirm }") s   ($saved values recorded for 2025-Q4 as a spot check)"
