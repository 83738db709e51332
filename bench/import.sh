#!/usr/bin/env bash
# Bulk import and export against the local PostgreSQL (127.0.0.1:5432), on the run.sh dataset (bench/generate.py,
# 1 000 cities x 25 years, ~660 000 figures). In one run:
#   baseline — COPY of the cities, reports and figures into a migrated database, then the roll-up the service builds
#              at start for them (what run.sh does);
#   import   — the same figures as one long-format CSV through POST /api/v1/import into a migrated database that has
#              the cities only (the service creates the reports, their history and roll-up), then the same file again
#              (nothing changes);
#   export   — GET /api/v1/export of everything as CSV, EXPORTS times, MB/s.
# The service's peak RSS (VmHWM) is read after the import and after the exports. Writes bench/import-results.md,
# which report.py appends to RESULTS.md.
# Env: PGHOST (127.0.0.1), PGUSER (postgres), PORT (8092), EXPORTS (5), BUILD (1: package first), JAVA_OPTS (none).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/java.sh
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
PORT="${PORT:-8092}" EXPORTS="${EXPORTS:-5}" BUILD="${BUILD:-1}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
now() { date +%s%N; }
secs() { python3 -c "print(f'{($2 - $1) / 1e9:.1f}')"; }

[ "$BUILD" = 1 ] && ./mvnw -B -q package -DskipTests
start() { # start DB [env...]: the jar against DB, waits until ready
  local db="$1"; shift
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$db" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_HTTP_PORT="$PORT" QUARKUS_LOG_LEVEL=WARN MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/public-key.pem" \
    MP_JWT_VERIFY_ISSUER=https://press-stats.dev/issuer "$@" java @src/main/jvm/jvm.options ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar \
    > "$WORK/service-$db.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && return 0
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/service-$db.log"; exit 1; }
    sleep 0.25
  done
  echo "service did not become ready" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
hwm() { awk '/VmHWM/ {print int($2/1024)}' "/proc/$PID/status"; }
fresh() { psql -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; start "$1"; stop; }

echo "== dataset"
python3 bench/generate.py "$WORK/data" | tee "$WORK/dataset"
python3 bench/long-csv.py "$WORK/data"
rows=$(( $(wc -l < "$WORK/data/figures.csv") - 1 ))

echo "== baseline: COPY, then the roll-up built at start"
fresh pressstats_copy
t0=$(now)
# the baseline is the database alone: a load that writes no history entries for its SQL writes (V7)
PGOPTIONS="-c press_stats.writer=service" psql -q -d pressstats_copy -v ON_ERROR_STOP=1 \
  -c "\\copy city (slug, name, name_key, region, federal_district, population, website, created_at, updated_at, version) FROM '$WORK/data/city.csv' CSV" \
  -c "\\copy report (city_id, year, summary, plans, source, created_at, updated_at, version) FROM '$WORK/data/report.csv' CSV" \
  -c "\\copy figure (report_id, position, metric, owner, platform, value, qualifier, baseline, note) FROM '$WORK/data/figure.csv' CSV" \
  -c "ANALYZE"
t1=$(now)
start pressstats_copy
t2=$(now)
stop
copy_s=$(secs "$t0" "$t1"); rollup_s=$(secs "$t1" "$t2")
echo "COPY $copy_s s, roll-up at start $rollup_s s"

echo "== import of $rows figures as one CSV"
fresh pressstats_import
PGOPTIONS="-c press_stats.writer=service" psql -q -d pressstats_import -v ON_ERROR_STOP=1 \
  -c "\\copy city (slug, name, name_key, region, federal_district, population, website, created_at, updated_at, version) FROM '$WORK/data/city.csv' CSV"
start pressstats_import
TOKEN=$(bash scripts/dev-token.sh admin)
t0=$(now)
status=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -X POST "$BASE/api/v1/import" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: text/csv' --data-binary "@$WORK/data/figures.csv")
t1=$(now)
[ "$status" = 200 ] || { echo "import -> $status" >&2; head -c 2000 "$WORK/import.json" >&2; exit 1; }
import_s=$(secs "$t0" "$t1"); import_rss=$(hwm)
cat "$WORK/import.json"; echo
t0=$(now)
curl -s -o "$WORK/reimport.json" -X POST "$BASE/api/v1/import" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  --data-binary "@$WORK/data/figures.csv"
t1=$(now)
reimport_s=$(secs "$t0" "$t1")
cat "$WORK/reimport.json"; echo

echo "== export as CSV, $EXPORTS times"
: > "$WORK/exports"
curl -s -o "$WORK/export.csv" -H 'Accept: text/csv' "$BASE/api/v1/export"   # once to a file, to count its rows
for _ in $(seq 1 "$EXPORTS"); do   # timed into /dev/null: the service's rate, not the disk's
  curl -s -o /dev/null -w '%{size_download} %{time_total}\n' -H 'Accept: text/csv' "$BASE/api/v1/export" >> "$WORK/exports"
done
cat "$WORK/exports"
export_rss=$(hwm)
exported=$(( $(wc -l < "$WORK/export.csv") - 1 ))
stop

python3 - "$WORK" "$rows" "$copy_s" "$rollup_s" "$import_s" "$reimport_s" "$import_rss" "$export_rss" "$exported" > bench/import-results.md <<'PY'
import datetime, json, platform, statistics, subprocess, sys
work, rows, copy_s, rollup_s, import_s, reimport_s, import_rss, export_rss, exported = sys.argv[1:]
rows, exported = int(rows), int(exported)
copy_s, rollup_s, import_s, reimport_s = map(float, (copy_s, rollup_s, import_s, reimport_s))
imported = json.load(open(f"{work}/import.json"))
again = json.load(open(f"{work}/reimport.json"))
exports = [line.split() for line in open(f"{work}/exports")]
rates = [int(size) / float(t) / 1e6 for size, t in exports]
size_mb = int(exports[-1][0]) / 1e6
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
pg = subprocess.run(["psql", "-tA", "-d", "postgres", "-c", "SHOW server_version"], capture_output=True, text=True).stdout.strip()
baseline = copy_s + rollup_s
ratio = import_s / baseline
print("## Bulk import and export (`bench/import.sh`)\n")
print(f"Run of {datetime.date.today()}: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores ({cpu}), "
      f"{java}, PostgreSQL {pg} on 127.0.0.1; the packaged jar as shipped. Dataset of `bench/generate.py` (seed 42): "
      f"{rows} figures of 25 000 city-years in one {open(f'{work}/data/figures.csv', 'rb').seek(0, 2) / 1e6:.1f} MB CSV.\n")
print("| step | seconds | |")
print("|---|---:|---|")
print(f"| COPY of the cities, reports and figures (baseline) | {copy_s:.1f} | |")
print(f"| roll-up built at start for them (baseline) | {rollup_s:.1f} | |")
print(f"| **import of the same figures as one CSV** (`POST /api/v1/import`: parse, check, reports, figures, history, roll-up) "
      f"| **{import_s:.1f}** | {imported['cityYears']['created']} city-years created, {imported['figures']['added']} figures |")
print(f"| the same file again | {reimport_s:.1f} | {again['cityYears']['unchanged']} city-years unchanged, "
      f"{again['cityYears']['replaced']} replaced |")
print()
print(f"Import / (COPY + roll-up) = {import_s:.1f} / {baseline:.1f} = **{ratio:.2f}** (target ≤ 3: {'met' if ratio <= 3 else '**missed**'}).\n")
print(f"Export of everything as CSV ({exported} rows, {size_mb:.1f} MB), {len(rates)} times: "
      f"{', '.join(f'{r:.0f}' for r in rates)} MB/s, median **{statistics.median(rates):.0f} MB/s** "
      f"(target ≥ 50: {'met' if statistics.median(rates) >= 50 else '**missed**'}).\n")
print(f"Peak RSS of the service (VmHWM): {import_rss} MiB after the imports, {export_rss} MiB after the exports "
      f"(target < 512: {'met' if max(int(import_rss), int(export_rss)) < 512 else '**missed**'}).")
PY
cat bench/import-results.md
