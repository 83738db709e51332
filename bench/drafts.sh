#!/usr/bin/env bash
# Speed of POST /api/v1/drafts on 200 000 characters: the packaged jar against the local PostgreSQL (127.0.0.1:5432),
# three narratives from bench/draft-texts.py (the corpus as one long report, a list of 4 000 account lines, one
# sentence without a full stop; where LibreOffice is installed, also the corpus saved by it as a PDF and as a .doc),
# WARMUP posts of each, then RUNS timed posts of each one after another (curl's time_total: upload, reading the
# file, drafting, answer). Writes bench/drafts-results.md, which report.py appends to RESULTS.md.
# Env: PGHOST (127.0.0.1), PGUSER (postgres), BENCH_DB (pressstats_drafts), PORT (8091), RUNS (15), WARMUP (10),
#      BUILD (1: package first; 0: use target/quarkus-app as it is).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/java.sh
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
DB="${BENCH_DB:-pressstats_drafts}" PORT="${PORT:-8091}" RUNS="${RUNS:-15}" WARMUP="${WARMUP:-10}" BUILD="${BUILD:-1}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

[ "$BUILD" = 1 ] && ./mvnw -B -q package -DskipTests
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  QUARKUS_HTTP_PORT="$PORT" QUARKUS_LOG_LEVEL=WARN java @src/main/jvm/jvm.options -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl -sf -o /dev/null "$BASE/q/health/ready" && break; sleep 0.5; done
curl -sf -o /dev/null "$BASE/q/health/ready" || { cat "$WORK/service.log"; exit 1; }

python3 bench/draft-texts.py "$WORK"
TEXTS="corpus list sentence"
if command -v soffice > /dev/null; then
  (cd "$WORK" && soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to pdf corpus.txt > /dev/null 2>&1 \
    && soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to 'doc:MS Word 97' corpus.txt > /dev/null 2>&1) \
    && TEXTS="$TEXTS corpus.pdf corpus.doc"
fi
post() {
  local file="$WORK/$1" type='text/plain; charset=UTF-8'
  case "$1" in *.pdf) type=application/pdf ;; *.doc) type=application/msword ;; *) file="$file.txt" ;; esac
  curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}\n' -X POST "$BASE/api/v1/drafts?city=bratsk&year=2023" \
    -H "Content-Type: $type" --data-binary "@$file"
}
for text in $TEXTS; do
  for _ in $(seq 1 "$WARMUP"); do post "$text" > /dev/null; done
done
: > "$WORK/times"
for _ in $(seq 1 "$RUNS"); do
  for text in $TEXTS; do
    read -r status seconds < <(post "$text")
    [ "$status" = 200 ] || { echo "POST $text -> $status" >&2; cat "$WORK/answer.json" >&2; exit 1; }
    echo "$text $seconds" >> "$WORK/times"
  done
done
for text in $TEXTS; do post "$text" > /dev/null
  python3 -c "import json,sys; a=json.load(open('$WORK/answer.json')); print('$text', len(a['draft']['figures']), len(a['unplaced']))" >> "$WORK/counts"
done
rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$PID/status")

python3 - "$WORK/times" "$WORK/counts" "$RUNS" "$rss" > bench/drafts-results.md <<'PY'
import glob, platform, statistics, subprocess, sys, datetime
times, counts, runs, rss = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
by = {}
for line in open(times):
    name, s = line.split()
    by.setdefault(name, []).append(float(s) * 1000)
found = {l.split()[0]: l.split()[1:] for l in open(counts)}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print("## Drafts from narratives (`bench/drafts.sh`)\n")
print(f"Run of {datetime.date.today()} on {platform.node() or 'this machine'}: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores "
      f"({cpu}), {java}; the packaged jar against the local PostgreSQL. Each text has 200 000 characters (the corpus 198 000, so that its PDF and .doc stay within the limit) and was posted "
      f"{runs} times after a warm-up; time is curl's from the first byte sent to the last received. RSS of the service "
      f"afterwards: {rss} MiB. Target: under 1 s.\n")
print("| text (200 000 characters) | figures | unplaced | median ms | max ms | target |")
print("|---|---:|---:|---:|---:|---|")
names = {"corpus": f"the {len(glob.glob('src/test/resources/narratives/*.txt'))} narratives of the corpus as one report", "list": "a list of 4 000 account lines",
         "sentence": "one sentence with no full stop, 7 500 numbers",
         "corpus.pdf": "the same corpus as a PDF saved by LibreOffice", "corpus.doc": "the same corpus as a .doc saved by LibreOffice"}
for name in [n for n in names if n in by]:
    ms = by[name]
    print(f"| {names[name]} | {found[name][0]} | {found[name][1]} | {statistics.median(ms):.0f} | {max(ms):.0f} | "
          f"{'met' if max(ms) < 1000 else '**missed**'} |")
PY
cat bench/drafts-results.md
