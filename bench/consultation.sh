#!/usr/bin/env bash
# A consultation at the issue's size: 10 questions (three choose-one, three choose-any, two ratings, two free text)
# and 5,000 responses entered through the API, then the results page and the results API timed with wrk on one
# connection (target: under 500 ms), and the CSV and Excel downloads of every response timed with curl.
#
# Start Cairn with the bench account first (see README "Benchmarks"; any scale), then run:
#   bash bench/consultation.sh     # or CAIRN_URL=http://host:port CAIRN_BENCH_RESPONSES=5000 bash bench/consultation.sh
# Needs curl, jq, wrk and python3 (which sends the responses over one kept-alive connection).
set -euo pipefail
responses=${CAIRN_BENCH_RESPONSES:-5000}
duration=${CAIRN_BENCH_DURATION:-15s}
for tool in curl jq wrk python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
source "$(dirname "$0")/lib.sh"

org=$(api "$base/api/v1/me" | jq -r .organisationId)
id=$(api -X POST "$base/api/v1/partnerships" -d "{\"title\":\"Consultation bench $(date +%Y%m%d-%H%M%S)-$RANDOM\",
  \"market\":\"SOCIAL_CARE\",\"region\":\"Scotland\",\"aims\":\"Consultation benchmark.\",\"leadPartnerId\":$org}" \
  | jq -r .id)
all="$base/api/v1/partnerships/$id/consultations"
c=$(api -X POST "$all" -d "{\"title\":\"Bench consultation\",\"closes\":\"$(date -d '+30 days' +%F)\",
  \"methods\":[\"ONLINE\",\"PAPER\"]}" | jq -r .id)
version=0
add() { version=$(api -X POST "$all/$c/questions" -d "{\"version\":$version,\"question\":$1}" | jq -r .version); }
for n in 1 2 3; do add "{\"kind\":\"SINGLE_CHOICE\",\"text\":\"Choose one $n\",\"options\":\"A\nB\nC\nD\nE\",\"required\":true}"; done
for n in 1 2 3; do add "{\"kind\":\"MULTIPLE_CHOICE\",\"text\":\"Choose any $n\",\"options\":\"A\nB\nC\nD\nE\nF\"}"; done
for n in 1 2; do add "{\"kind\":\"RATING\",\"text\":\"Rate $n\"}"; done
for n in 1 2; do add "{\"kind\":\"FREE_TEXT\",\"text\":\"Say more $n\"}"; done
api -X POST "$all/$c/open" -d "{\"version\":$version}" >/dev/null

start=$(date +%s)
python3 - "$base" "$token" "$id" "$c" "$responses" <<'PY'
import http.client, json, random, sys, urllib.parse
base, token, pid, cid, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port or 80)
path = f"/api/v1/partnerships/{pid}/consultations/{cid}/responses"
rnd = random.Random(5)
words = "respite support phone training travel worker weekend group paperwork children".split()
for i in range(count):
    answers = [{"question": q, "choices": [rnd.randint(1, 5)]} for q in (1, 2, 3)]
    answers += [{"question": q, "choices": sorted(rnd.sample(range(1, 7), rnd.randint(1, 3)))} for q in (4, 5, 6)]
    answers += [{"question": q, "rating": rnd.randint(1, 5)} for q in (7, 8)]
    answers += [{"question": q, "text": " ".join(rnd.choices(words, k=30))} for q in (9, 10)]
    body = json.dumps({"channel": rnd.choice(["PAPER", "WORKSHOP", "INTERVIEW"]), "answers": answers})
    conn.request("POST", path, body, {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    if response.status != 201:
        sys.exit(f"response {i}: HTTP {response.status}")
PY
echo "consultation $c: $responses responses entered in $(( $(date +%s) - start )) s"

printf '%-16s %10s %9s %9s %9s\n' what bytes p50 p90 p99
for target in "results page|/partnerships/$id/consultations/$c/results" \
              "results API|/api/v1/partnerships/$id/consultations/$c/results"; do
  name=${target%%|*}; path=${target#*|}
  header=$([ "$name" = "results API" ] && echo "Authorization: Bearer $token" || echo "$cookie")
  bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "$header" "$base$path")
  wrk -t1 -c1 -d5s -H "$header" "$base$path" >/dev/null
  one=$(wrk -t1 -c1 -d"$duration" --latency -H "$header" "$base$path")
  printf '%-16s %10s %9s %9s %9s\n' "$name" "$bytes" "$(printf '%s\n' "$one" | percentile 50%)" \
    "$(printf '%s\n' "$one" | percentile 90%)" "$(printf '%s\n' "$one" | percentile 99%)"
done
for kind in csv xlsx; do
  for run in 1 2 3; do
    curl -s -f -o /dev/null -w "$kind $run: %{time_total} s, %{size_download} bytes\n" -H "$cookie" \
      "$base/partnerships/$id/consultations/$c/results.$kind"
  done
done
