#!/usr/bin/env bash
# A meeting at the issue's size: a board meeting with a 50-item agenda and 30 PDF papers (1 MB each by default, so
# 30 MB in all), then the meeting's page timed with wrk on one connection (target: under 300 ms) and the pack (the
# agenda and every paper as one PDF) downloaded five times (target: under 10 s each).
#
# Start Cairn with the bench account first (see README "Benchmarks"; any scale), then run:
#   bash bench/meeting.sh         # or CAIRN_URL=http://host:port bash bench/meeting.sh
# It signs in as the bench account, creates an API token, a fresh partnership with its board and the meeting through
# the API, and prints the page's size and 50th, 90th and 99th percentiles and each pack's time and size. Needs curl,
# jq, wrk and python3 (to write the papers).
set -euo pipefail

base=${CAIRN_URL:-http://localhost:8080}
email=${CAIRN_BENCH_EMAIL:-bench@cairn.example}
password=${CAIRN_BENCH_PASSWORD:-cairn-demo-2026}
items=${CAIRN_BENCH_ITEMS:-49}
papers=${CAIRN_BENCH_PAPERS:-30}
paper_kb=${CAIRN_BENCH_PAPER_KB:-1024}
duration=${CAIRN_BENCH_DURATION:-15s}

for tool in curl jq wrk python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
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
token=$(curl -s -L -H "$cookie" --data-urlencode "name=meeting bench $(date +%s)" \
  --data-urlencode "_csrf=$csrf" "$base/account/tokens" \
  | sed -n 's/.*id="new-token-secret"[^>]*>\([^<]*\)<.*/\1/p' | head -1)
[ -n "$token" ] || { echo "Could not create an API token" >&2; exit 1; }
api() { curl -s -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

org=$(api "$base/api/v1/me" | jq -r .organisationId)
id=$(api -X POST "$base/api/v1/partnerships" -d "{\"title\":\"Meeting bench $(date +%Y%m%d-%H%M%S)-$RANDOM\",
  \"market\":\"SOCIAL_CARE\",\"region\":\"Scotland\",\"aims\":\"Meeting benchmark.\",\"leadPartnerId\":$org}" \
  | jq -r .id)
board=$(api -X POST "$base/api/v1/partnerships/$id/groups" -d '{"kind":"BOARD"}' | jq -r .id)
meetings="$base/api/v1/partnerships/$id/meetings"
m=$(api -X POST "$meetings" -d "{\"groupId\":$board,\"title\":\"Board\",\"date\":\"$(date -d '+30 days' +%F)\",
  \"starts\":\"10:00\",\"ends\":\"16:00\",\"place\":\"Falkirk\"}" | jq -r '.[0].id')
version=0
for i in $(seq 1 "$items"); do
  version=$(api -X POST "$meetings/$m/agenda" -d "{\"version\":$version,\"item\":{\"title\":\"Agenda item $i\",
    \"presenter\":\"Presenter $i\",\"minutes\":5}}" | jq -r .version)
done

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir/paper.pdf" "$paper_kb" <<'PY'
import sys
# A PDF of a few pages, padded with a stream of the size asked for, as scanned papers are.
path, kb = sys.argv[1], int(sys.argv[2])
pad = b"0" * (kb * 1024)
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>"]
for n in range(3):
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>")
objects.append(b"<< /Length %d >>\nstream\n" % len(pad) + pad + b"\nendstream")
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(path, "wb").write(out)
PY
start=$(date +%s)
for i in $(seq 1 "$papers"); do
  item=$(( (i - 1) % items + 2 ))
  version=$(curl -s -f -H "Authorization: Bearer $token" -F "version=$version" -F "item=$item" \
    -F "title=Paper $i" -F "file=@$dir/paper.pdf;filename=paper-$i.pdf" "$meetings/$m/papers" | jq -r .version)
done
echo "meeting $m: $((items + 1)) agenda items, $papers papers of ${paper_kb} KB added in $(( $(date +%s) - start )) s"

percentile() { awk -v p="$1" '$1 == p { print $2 }'; }
path="/partnerships/$id/meetings/$m"
bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "$cookie" "$base$path")
wrk -t1 -c1 -d10s -H "$cookie" "$base$path" >/dev/null
one=$(wrk -t1 -c1 -d"$duration" --latency -H "$cookie" "$base$path")
printf '%-14s %10s %9s %9s %9s\n' page bytes p50 p90 p99
printf '%-14s %10s %9s %9s %9s\n' "meeting page" "$bytes" "$(printf '%s\n' "$one" | percentile 50%)" \
  "$(printf '%s\n' "$one" | percentile 90%)" "$(printf '%s\n' "$one" | percentile 99%)"
for run in 1 2 3 4 5; do
  curl -s -f -o "$dir/pack.pdf" -w "pack $run: %{time_total} s, %{size_download} bytes\n" -H "$cookie" "$base$path/pack.pdf"
done
