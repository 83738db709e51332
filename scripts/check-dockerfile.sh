#!/usr/bin/env bash
# Checks the Dockerfile without a Docker daemon; run by CI after ./mvnw verify has packaged the app.
# Fails with a one-line reason: lint findings, a COPY source that would be missing, or the
# embedded PostgreSQL in target/quarkus-app (it must never reach the image).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-dockerfile: $*" >&2; exit 1; }

# --- 1. Lint with dockerfile-utils (the parser behind VS Code's Dockerfile support), pinned ------
LINTER_VERSION=0.16.3
prefix="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/press-stats/dockerfile-utils-$LINTER_VERSION"
linter="$prefix/node_modules/.bin/dockerfile-utils"
if [[ ! -x "$linter" ]]; then
  command -v npm >/dev/null || fail "npm is needed to install dockerfile-utils@$LINTER_VERSION"
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
    "dockerfile-utils@$LINTER_VERSION" >/dev/null || fail "could not install dockerfile-utils@$LINTER_VERSION"
fi
# The CLI exits 0 on warnings, so its JSON decides: any finding at all fails
if [[ "$("$linter" lint --json Dockerfile || true)" != "[]" ]]; then
  "$linter" lint Dockerfile >&2 || true
  fail "dockerfile-utils lint has findings (above)"
fi

# Base images are pinned to a version, never untagged or :latest
while read -r _ image _; do
  [[ "$image" == *:* && "$image" != *:latest ]] || fail "FROM $image: pin a version tag"
done < <(grep -E '^FROM ' Dockerfile)

# --- 2. Every COPY source exists --------------------------------------------------------------
[[ -f target/quarkus-app/quarkus-run.jar ]] || fail "target/quarkus-app is missing: run ./mvnw package first"
while read -r -a words; do
  args=() from=""
  for w in "${words[@]:1}"; do
    case "$w" in
      --from=*) from="${w#--from=}" ;;
      --*) ;;
      *) args+=("$w") ;;
    esac
  done
  for src in "${args[@]:0:${#args[@]}-1}"; do   # the last argument is the destination
    if [[ -n "$from" ]]; then
      # The build stage works in /build, a copy of the repo after packaging
      [[ "$src" == /build/* ]] || fail "COPY --from=$from $src: expected a path under /build/"
      [[ -e "${src#/build/}" ]] || fail "COPY --from=$from $src: ${src#/build/} does not exist after packaging"
    else
      [[ -e "$src" ]] || fail "COPY $src: not in the repository"
      # .dockerignore is an allow-list: the source's top folder or file must be let back in
      grep -qxE "!/?${src%%/*}/?" .dockerignore || fail "COPY $src: excluded by .dockerignore"
    fi
  done
done < <(grep -E '^COPY ' Dockerfile)

# --- 3. The embedded PostgreSQL (scope provided) stays out of the packaged app --------------------
leaked=$(find target/quarkus-app -iname '*embedded-postgres*' -o -iname '*zonky*' | head -n 1)
[[ -z "$leaked" ]] || fail "embedded PostgreSQL in the packaged app: $leaked"

echo "check-dockerfile: OK"
