#!/usr/bin/env bash
# Prints a bearer token for dev mode and tests, signed with the dev-only key in dev/jwt/.
#   scripts/dev-token.sh admin
#   scripts/dev-token.sh editor bratsk[,blagoveshchensk]
#   scripts/dev-token.sh reader
# Env: SUB (subject, default <role>-dev), TTL (seconds, default 43200).
# Only `./mvnw quarkus:dev` and the tests trust this key; production verifies its provider's keys.
set -euo pipefail

role="${1:-}"
cities="${2:-}"
case "$role" in
  admin|reader) ;;
  editor) [ -n "$cities" ] || { echo "usage: $0 editor city-slug[,city-slug...]" >&2; exit 2; } ;;
  *) echo "usage: $0 admin | editor city-slug[,city-slug...] | reader" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "$0")/.." && pwd)"
key="$here/dev/jwt/private-key.pem"
issuer="https://press-stats.dev/issuer"
sub="${SUB:-$role-dev}"
now="$(date +%s)"
exp=$((now + ${TTL:-43200}))

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

claims="{\"iss\":\"$issuer\",\"sub\":\"$sub\",\"upn\":\"$sub\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$exp"
if [ -n "$cities" ]; then
  claims="$claims,\"cities\":[\"${cities//,/\",\"}\"]"
fi
claims="$claims}"

header="$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url)"
payload="$(printf '%s' "$claims" | b64url)"
signature="$(printf '%s' "$header.$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)"
echo "$header.$payload.$signature"
