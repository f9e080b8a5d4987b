# Shared by the bench scripts: signs in as the bench account and makes an API token. Sourced, not run; sets
# base, cookie (the signed-in session's header) and token, and defines api (curl with the token, JSON, failing on
# an error status) and percentile (reads wrk's --latency output).
base=${CAIRN_URL:-http://localhost:8080}
email=${CAIRN_BENCH_EMAIL:-bench@cairn.example}
password=${CAIRN_BENCH_PASSWORD:-cairn-demo-2026}

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
token=$(curl -s -L -H "$cookie" --data-urlencode "name=bench $(date +%s)-$RANDOM" \
  --data-urlencode "_csrf=$csrf" "$base/account/tokens" \
  | sed -n 's/.*id="new-token-secret"[^>]*>\([^<]*\)<.*/\1/p' | head -1)
[ -n "$token" ] || { echo "Could not create an API token" >&2; exit 1; }
api() { curl -s -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
percentile() { awk -v p="$1" '$1 == p { print $2 }'; }
