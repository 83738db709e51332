#!/usr/bin/env bash
# Change stream: two replicas of the packaged jar over one database on the local PostgreSQL (127.0.0.1:5432); a client
# streams from B while writes go to A. Measures, per write, the time from sending the PUT to A until the event arrives
# on B (the issue's target: within 1 s of the commit), and the PUT's own time without and with STALLED clients on A
# that never read (a slow client must not slow the writer). Writes bench/changes-results.md (report.py appends it).
# Env: PGHOST (127.0.0.1), PGUSER (postgres), WRITES (200), STALLED (200), BUILD (1: package first).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/java.sh
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
WRITES="${WRITES:-200}" STALLED="${STALLED:-200}" BUILD="${BUILD:-1}" DB=pressstats_changes
WORK="$(mktemp -d)"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$WORK"' EXIT

[ "$BUILD" = 1 ] && ./mvnw -B -q package -DskipTests
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
start() { # start PORT: a replica against the database, waits until ready
  (cd target/quarkus-app && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_HTTP_PORT="$1" QUARKUS_LOG_LEVEL=WARN PRESS_STATS_REQUEST_LOG_ENABLED=false \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$OLDPWD/dev/jwt/public-key.pem" MP_JWT_VERIFY_ISSUER=https://press-stats.dev/issuer \
    java @jvm.options $( [ -f target/quarkus-app/app.aot ] && echo -XX:AOTCache=app.aot ) -jar quarkus-run.jar) > "$WORK/service-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 0.25
  done
  cat "$WORK/service-$1.log"; exit 1
}
start 8093
start 8094
TOKEN=$(scripts/dev-token.sh admin)
python3 bench/changes.py http://127.0.0.1:8093 http://127.0.0.1:8094 "$TOKEN" "$WRITES" "$STALLED" | tee "$WORK/result.json"

python3 - "$WORK/result.json" "$WRITES" "$STALLED" > bench/changes-results.md <<'PY'
import json, platform, subprocess, sys, datetime
r = json.load(open(sys.argv[1]))
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
pg = subprocess.run(["psql", "-tA", "-d", "postgres", "-c", "SHOW server_version"], capture_output=True, text=True).stdout.strip()
cpu = subprocess.run(["sh", "-c", "nproc"], capture_output=True, text=True).stdout.strip()
w, s = r["without"], r["with_stalled"]
print("## Change stream (`bench/changes.sh`)\n")
print(f"Run of {datetime.date.today()}: {cpu} cores, {java}, PostgreSQL {pg} on 127.0.0.1; two replicas of the packaged jar "
      f"over one database, a client streaming from B, {sys.argv[2]} writes (PUT of a city) to A one after another.\n")
print("| | event on B after the PUT to A: median | p95 | max | PUT median | PUT p95 |")
print("|---|---:|---:|---:|---:|---:|")
for label, x in (("no other clients", w), (f"{sys.argv[3]} clients on A that never read", s)):
    print(f"| {label} | {x['event_ms_median']:.1f} ms | {x['event_ms_p95']:.1f} ms | {x['event_ms_max']:.1f} ms | "
          f"{x['put_ms_median']:.1f} ms | {x['put_ms_p95']:.1f} ms |")
print(f"\nTarget: delivered within 1 s of the commit — {'met' if max(w['event_ms_max'], s['event_ms_max']) < 1000 else 'missed'} "
      f"(the time includes the PUT itself). Writes with stalled clients: PUT median "
      f"{s['put_ms_median'] / w['put_ms_median']:.2f}× the run without.")
PY
cat bench/changes-results.md
