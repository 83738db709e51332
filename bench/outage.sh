#!/usr/bin/env bash
# PostgreSQL outage under load: a private PostgreSQL 15 cluster (fresh, data dir under /tmp, port PGPORT) is
# stopped (fast) and started again while wrk reads, a curl loop writes a report every ~200 ms and another curl
# loop polls readiness. Checks: 503 problems with Retry-After during the outage (never another 5xx, never a hang),
# recovery time without restart, every acknowledged write stored and no failed write left a trace.
# Writes bench/last-outage.txt; the logs (service, PostgreSQL, wrk, writer, readiness) stay in /tmp (path printed).
# Env: DURATION (60 s of wrk), OUTAGE_AT (15 s into the wrk run), OUTAGE_FOR (20 s), CONNECTIONS (8),
#      THREADS (= CONNECTIONS: one connection per wrk thread, so that the Lua script can time each request),
#      WARMUP (10 s of the same reads before the measured run), PORT (8097), PGPORT (5499),
#      ACQUISITION_TIMEOUT (5S, the pool's), WRK_TIMEOUT (30 s: a slow answer is measured, not dropped),
#      OUTAGE_MODE (stop: pg_ctl stop -m fast, then start; freeze: SIGSTOP, then SIGCONT, of the cluster's processes,
#      like a database host that stops answering: connections hang instead of being refused),
#      SOCKET_TIMEOUT, CONNECT_TIMEOUT (seconds; passed as PRESS_STATS_DB_SOCKET_TIMEOUT / _CONNECT_TIMEOUT when set,
#      else the service's defaults, 60 and 5), SHUTDOWN_DELAY (PRESS_STATS_SHUTDOWN_DELAY when set, else 0S).
# Needs root (runuser -u postgres), wrk, curl, psql, python3. Takes about DURATION + WARMUP + 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/java.sh
DURATION="${DURATION:-60}" OUTAGE_AT="${OUTAGE_AT:-15}" OUTAGE_FOR="${OUTAGE_FOR:-20}" WARMUP="${WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-8}" THREADS="${THREADS:-$CONNECTIONS}" PORT="${PORT:-8097}" PGPORT="${PGPORT:-5499}"
ACQUISITION_TIMEOUT="${ACQUISITION_TIMEOUT:-5S}" WRK_TIMEOUT="${WRK_TIMEOUT:-30}" OUTAGE_MODE="${OUTAGE_MODE:-stop}"
SOCKET_TIMEOUT="${SOCKET_TIMEOUT:-}" CONNECT_TIMEOUT="${CONNECT_TIMEOUT:-}" SHUTDOWN_DELAY="${SHUTDOWN_DELAY:-}"
[ "$THREADS" = "$CONNECTIONS" ] || echo "warning: THREADS != CONNECTIONS, the per-request latencies of outage-wrk.lua are wrong" >&2
PG=/usr/lib/postgresql/15/bin
WORK="$(mktemp -d /tmp/press-stats-outage.XXXXXX)"
chmod 755 "$WORK"
PGDATA="$WORK/pgdata"
BASE="http://127.0.0.1:$PORT"
SLUG=outage-bench
REPORT="$BASE/api/v1/cities/$SLUG/reports/2023"
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -tAq)
PID=""
BG=()
cleanup() {
  touch "$WORK/stop"
  for p in "${BG[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi
  if [ -f "$PGDATA/postmaster.pid" ]; then kill -CONT $(pgpids) 2>/dev/null || true; fi
  pgctl -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap cleanup EXIT

now() { date +%s.%N | cut -c1-14; }               # epoch seconds, ms resolution
event() { echo "$1 $(now)" >> "$WORK/events"; }
pgctl() { runuser -u postgres -- "$PG/pg_ctl" -D "$PGDATA" "$@"; }
pgstart() { pgctl -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c log_timezone=UTC" -l "$WORK/postgres.log" start -w >/dev/null; }
pgpids() { local pm; pm=$(head -1 "$PGDATA/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm"); }
db_down() { # logs db_stop and db_stopped around pg_ctl stop, or around one kill -STOP of all the cluster's processes
  if [ "$OUTAGE_MODE" = freeze ]; then local p; p=$(pgpids); event db_stop; kill -STOP $p
  else event db_stop; pgctl -m fast stop >/dev/null; fi; event db_stopped; }
db_up() { # logs db_start and db_started (pg_ctl start -w returned, or SIGCONT sent)
  if [ "$OUTAGE_MODE" = freeze ]; then local p; p=$(pgpids); event db_start; kill -CONT $p
  else event db_start; pgstart; fi; event db_started; }
sleep_until() { sleep "$(awk -v t="$1" -v n="$(now)" 'BEGIN { d = t - n; print (d > 0 ? d : 0) }')"; }
at() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
TOKEN="$(scripts/dev-token.sh admin)"
AUTH=(-H "Authorization: Bearer $TOKEN")
printf 'outage_mode=%s duration=%s outage_at=%s outage_for=%s warmup=%s connections=%s threads=%s acquisition_timeout=%s wrk_timeout=%s socket_timeout=%s connect_timeout=%s shutdown_delay=%s\n' \
  "$OUTAGE_MODE" "$DURATION" "$OUTAGE_AT" "$OUTAGE_FOR" "$WARMUP" "$CONNECTIONS" "$THREADS" "$ACQUISITION_TIMEOUT" "$WRK_TIMEOUT" \
  "${SOCKET_TIMEOUT:-60}" "${CONNECT_TIMEOUT:-5}" "${SHUTDOWN_DELAY:-0S}" > "$WORK/params"
SERVICE_ENV=()   # only what was asked for; otherwise the service's own defaults apply
[ -z "$SOCKET_TIMEOUT" ] || SERVICE_ENV+=(PRESS_STATS_DB_SOCKET_TIMEOUT="$SOCKET_TIMEOUT")
[ -z "$CONNECT_TIMEOUT" ] || SERVICE_ENV+=(PRESS_STATS_DB_CONNECT_TIMEOUT="$CONNECT_TIMEOUT")
[ -z "$SHUTDOWN_DELAY" ] || SERVICE_ENV+=(PRESS_STATS_SHUTDOWN_DELAY="$SHUTDOWN_DELAY")
echo "== logs in $WORK"

echo "== private PostgreSQL on 127.0.0.1:$PGPORT"
mkdir "$PGDATA" && chown postgres:postgres "$PGDATA" && touch "$WORK/postgres.log" && chown postgres "$WORK/postgres.log"
runuser -u postgres -- "$PG/initdb" -D "$PGDATA" -A trust -U postgres >/dev/null
pgstart
"${PSQL[@]}" -d postgres -c "CREATE DATABASE pressstats"

echo "== service on :$PORT"
# exec in a subshell: $! is then the JVM itself, which gets the SIGTERM and whose exit code is recorded
( exec env "${SERVICE_ENV[@]}" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/pressstats" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD="" QUARKUS_HTTP_PORT="$PORT" PRESS_STATS_DB_ACQUISITION_TIMEOUT="$ACQUISITION_TIMEOUT" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/public-key.pem" MP_JWT_VERIFY_ISSUER=https://press-stats.dev/issuer \
  java @src/main/jvm/jvm.options -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 ) &
PID=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  kill -0 "$PID" 2>/dev/null || { tail -40 "$WORK/service.log"; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "$BASE/q/health/ready" || { echo "service not ready" >&2; exit 1; }
LISTENER=$(ss -Hltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
echo "jvm_pid=$PID listener_pid=$LISTENER comm=$(cat /proc/$PID/comm)" > "$WORK/service-pid"
[ "$LISTENER" = "$PID" ] || { echo "the process listening on :$PORT ($LISTENER) is not \$! ($PID)" >&2; exit 1; }
PRESS_STATS_TOKEN="$TOKEN" bash scripts/load-sample-data.sh "$BASE" >/dev/null
status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "${AUTH[@]}" -H 'Content-Type: application/json' \
  --data '{"name":"Город нагрузки","region":"Амурская область","federalDistrict":"FAR_EASTERN"}' "$BASE/api/v1/cities/$SLUG")
[ "$status" = 201 ] || { echo "creating city $SLUG: $status" >&2; exit 1; }

echo "== warm-up ${WARMUP}s"
mkdir "$WORK/warm" "$WORK/wrk"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/outage-wrk.lua "$BASE" -- "$WORK/warm" > /dev/null

writer() { # PUTs the test report every ~200 ms with a new value: start, value, status, seconds, type, Retry-After
  local v=0
  while [ ! -f "$WORK/stop" ]; do
    v=$((v + 1))
    local t0; t0=$(now)
    local r; r=$(curl -s -o /dev/null --max-time 30 -X PUT "${AUTH[@]}" -H 'Content-Type: application/json' \
      -w '%{http_code}\t%{time_total}\t%{content_type}\t%header{retry-after}' \
      --data "{\"summary\":\"outage bench $v\",\"figures\":[{\"metric\":\"press_releases\",\"value\":$v}],\"highlights\":[]}" \
      "$REPORT" || true)
    printf '%s\t%s\t%s\n' "$t0" "$v" "$r" >> "$WORK/writer.log"
    sleep 0.2
  done
}
poller() { # readiness every 0.5 s: start, status, seconds
  while [ ! -f "$WORK/stop" ]; do
    local t0; t0=$(now)
    echo "$t0 $(curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}' "$BASE/q/health/ready" || true)" >> "$WORK/ready.log"
    sleep 0.5
  done
}
samples() { # a few requests in parallel, headers and body kept, for the 503 check: NAME
  mkdir -p "$WORK/samples"
  local i=0
  for path in /api/v1/cities/bratsk/reports/2023 "/api/v1/stats/totals?metric=press_releases&year=2023" \
              /api/v1/cities "/api/v1/cities/$SLUG/reports/2023/history" /q/health/ready /q/health/live; do
    i=$((i + 1))
    curl -s --max-time 30 "${AUTH[@]}" -D "$WORK/samples/$1-$i.headers" -o "$WORK/samples/$1-$i.body" \
      -w "$1-$i $path %{http_code} %{time_total}\n" "$BASE$path" >> "$WORK/samples/status" &
  done
  wait
}
outage() { # takes the database down at OUTAGE_AT, samples, starts it at OUTAGE_AT + OUTAGE_FOR
  local t0; t0=$(awk '/^wrk_start/ { print $2 }' "$WORK/events")
  sleep_until "$(at "$t0" "$OUTAGE_AT")"
  db_down
  sleep 1; samples early &
  sleep_until "$(at "$t0" "$(at "$OUTAGE_AT" "$(at "$OUTAGE_FOR" -5)")")"; samples late &
  sleep_until "$(at "$t0" "$(at "$OUTAGE_AT" "$OUTAGE_FOR")")"
  db_up
  wait
}

echo "== measured run: ${DURATION}s, database down from ${OUTAGE_AT}s for ${OUTAGE_FOR}s"
event wrk_start
writer & BG+=($!)
poller & BG+=($!)
outage & BG+=($!)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${WRK_TIMEOUT}s" --latency -s bench/outage-wrk.lua \
  "$BASE" -- "$WORK/wrk" > "$WORK/wrk.out"
event wrk_end
touch "$WORK/stop"
for p in "${BG[@]}"; do wait "$p" || echo "background job $p exited with $?" >&2; done
BG=()

echo "== checks"
curl -s --max-time 30 -o "$WORK/final-report.json" -w '%{http_code}\n' "$REPORT" > "$WORK/final-report.status"
curl -s --max-time 30 "${AUTH[@]}" -o "$WORK/final-history.json" -w '%{http_code}\n' "$REPORT/history?size=1" \
  > "$WORK/final-history.status"
"${PSQL[@]}" -d pressstats -F ' ' -c "SELECT version, action, after->'figures'->0->>'value' FROM history
  WHERE entity = 'REPORT' AND entity_key = '$SLUG/2023' ORDER BY version" > "$WORK/db-history"
"${PSQL[@]}" -d pressstats -F ' ' -c "SELECT r.summary, f.metric, f.value FROM report r JOIN city c ON c.id = r.city_id
  LEFT JOIN figure f ON f.report_id = r.id WHERE c.slug = '$SLUG' AND r.year = 2023" > "$WORK/db-report"

stop_start=$(now)
kill -TERM "$PID"
code=0; wait "$PID" || code=$?
PID=""
echo "exit=$code seconds=$(at "$(now)" "-$stop_start")" > "$WORK/service-exit"
pgctl -m fast stop >/dev/null
rm -rf "$PGDATA"

python3 bench/outage-report.py "$WORK" | tee bench/last-outage.txt
echo "== written bench/last-outage.txt; logs in $WORK"
