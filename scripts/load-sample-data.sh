#!/usr/bin/env bash
# Loads the two 2023 sample reports into a running press-stats: bash scripts/load-sample-data.sh [BASE_URL]
# Idempotent (PUT): running it twice changes nothing. Needs curl and an admin token in PRESS_STATS_TOKEN
# (dev mode: PRESS_STATS_TOKEN=$(scripts/dev-token.sh admin)).
set -euo pipefail
base="${1:-http://localhost:8080}"
dir="$(cd "$(dirname "$0")/../src/main/resources/sample-data" && pwd)"
auth=()
if [ -n "${PRESS_STATS_TOKEN:-}" ]; then auth=(-H "Authorization: Bearer $PRESS_STATS_TOKEN"); fi

put() {
  local url="$1" file="$2" status
  status=$(curl -sS -o /tmp/press-stats-load.$$ -w '%{http_code}' -X PUT "${auth[@]}" \
    -H 'Content-Type: application/json' --data-binary "@$file" "$url")
  if [ "$status" != 200 ] && [ "$status" != 201 ]; then
    echo "PUT $url -> $status" >&2; cat /tmp/press-stats-load.$$ >&2; echo >&2
    rm -f /tmp/press-stats-load.$$; exit 1
  fi
  rm -f /tmp/press-stats-load.$$
  echo "PUT $url -> $status"
}

for file in "$dir"/cities/*.json; do
  put "$base/api/v1/cities/$(basename "$file" .json)" "$file"
done
for file in "$dir"/reports/*.json; do
  name="$(basename "$file" .json)"            # e.g. bratsk-2023
  put "$base/api/v1/cities/${name%-*}/reports/${name##*-}" "$file"
done
