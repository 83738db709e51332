#!/usr/bin/env bash
# Benchmark of press-stats against the local PostgreSQL (127.0.0.1:5432): builds the jar, loads a generated
# dataset, measures with wrk and pgbench in one run, and writes bench/RESULTS.md (its tables, then bench/notes.md and
# bench/outage-results.md as they are; the outage runs come from bench/outage.sh, not from here). Takes about 15 minutes.
# Env: PGHOST (127.0.0.1), PGUSER (postgres), BENCH_DB (pressstats_bench), BENCH_PORT (8090),
#      DURATION (10 s per measurement), ROUNDS (3: the hot scenarios are measured in turn this many times and the
#      median is reported), WARMUP (30 s per scenario, all scenarios, before any measurement), CONNECTIONS (16).
#      A peer service measured beside press-stats, when one is given (it is not part of this repository; bench/notes.md
#      says how the one measured was built): PEER_APP (its quarkus-app folder), PEER_ENV (a file of NAME=value lines
#      for its environment, its datasource included), PEER_PATHS (its read-by-id paths, space-separated), PEER_NAME,
#      PEER_PORT (8091). It runs on its own defaults: `java -jar quarkus-run.jar`.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/java.sh
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
DB="${BENCH_DB:-pressstats_bench}"
PORT="${BENCH_PORT:-8090}"
DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-30}"
CONNECTIONS="${CONNECTIONS:-16}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
PID=""
PEER_APP="${PEER_APP:-}"
PEER_PORT="${PEER_PORT:-8091}"
PEER_BASE="http://127.0.0.1:$PEER_PORT"
PEER_PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; [ -n "$PEER_PID" ] && kill "$PEER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || { echo "pgbench is needed (Debian: postgresql-contrib)" >&2; exit 1; }

echo "== build (the jar and its AOT cache, trained by AotTrainingIT)"
./mvnw -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AotTrainingIT

AOT="-XX:AOTCache=app.aot"
launch() { # launch [extra env...]: runs the jar as the image does (from its folder, shipped options, $AOT)
  (cd target/quarkus-app && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="" QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_LOG_LEVEL=WARN "$@" java @jvm.options $AOT -jar quarkus-run.jar) > "$WORK/service.log" 2>&1 &
  PID=$!
}
start() { # start [extra env...]: launches and waits until it answers (every 0.5 s: the roll-up build it times is ~30 s)
  launch "$@"
  await_ready "$BASE" "$PID" "$WORK/service.log" 0.5
}
await_ready() { # await_ready BASE PID LOG [INTERVAL]: polls BASE/q/health/ready every INTERVAL s (0.01) until a 200;
  # fails if PID ends first, or after 5 minutes. Polls from this shell, with no process forked per poll: a curl costs
  # ~13 ms of CPU here, half a core at this interval, taken from the start it times on a two-core machine
  local hostport=${1#http://} deadline=$((SECONDS + 300)) status nap conn
  exec {nap}<> <(:)   # a pipe no one writes to: read -t on it sleeps without a fork
  while :; do
    status=""
    if { exec {conn}<>"/dev/tcp/${hostport%:*}/${hostport##*:}"; } 2>/dev/null; then
      printf 'GET /q/health/ready HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$hostport" >&"$conn"
      read -r -t 5 _ status _ <&"$conn" || true
      exec {conn}>&-
      [ "$status" = 200 ] && break
    fi
    kill -0 "$2" 2>/dev/null || { cat "$3" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "$1 did not become ready" >&2; exit 1; }
    read -r -t "${4:-0.01}" -u "$nap" || true
  done
  exec {nap}>&-
}
start_ms() { # start_ms: milliseconds from launch to the first 200 of /q/health/ready
  local t0 t1
  t0=${EPOCHREALTIME/./}   # microseconds, read without a fork
  launch PRESS_STATS_SAMPLE_DATA_LOAD=false
  await_ready "$BASE" "$PID" "$WORK/service.log"
  t1=${EPOCHREALTIME/./}
  stop
  echo $(( (t1 - t0) / 1000 ))
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
peer_launch() {
  (cd "$PEER_APP" && exec env $(grep -v '^#' "$PEER_ENV") QUARKUS_HTTP_PORT="$PEER_PORT" java -jar quarkus-run.jar) \
    > "$WORK/peer.log" 2>&1 &
  PEER_PID=$!
}
peer_ready() { await_ready "$PEER_BASE" "$PEER_PID" "$WORK/peer.log"; }
peer_stop() { kill "$PEER_PID"; wait "$PEER_PID" 2>/dev/null || true; PEER_PID=""; }
peer_start_ms() { # as start_ms, for the peer
  local t0 t1
  t0=${EPOCHREALTIME/./}; peer_launch; peer_ready; t1=${EPOCHREALTIME/./}
  peer_stop
  echo $(( (t1 - t0) / 1000 ))
}

warm() { # warm wrk-args...: lets the JIT compile the path before anything is measured
  local threads=$(( CONNECTIONS < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" > /dev/null
}
c2_ticks() { # CPU ticks the C2 compiler threads of the service (or of $SETTLE_PID) have used so far
  local sum=0 task
  for task in /proc/"${SETTLE_PID:-$PID}"/task/*; do
    grep -q '^C2 Compiler' "$task/comm" 2>/dev/null && sum=$((sum + $(awk '{print $14 + $15}' "$task/stat")))
  done
  echo "$sum"
}
settle() { # settle NAME wrk-args...: warms on in 10 s slices until the JIT is done (C2 under 5 % of a core in a
  # slice; on two cores it takes over a minute of load, and a service still compiling is not the steady state the
  # ratios are about), 3 minutes at most; appends "settle_NAME seconds" to results
  local name="$1" slices=0 before; shift
  while [ "$slices" -lt 18 ]; do
    before=$(c2_ticks)
    wrk -t2 -c"$CONNECTIONS" -d10s "$@" > /dev/null
    slices=$((slices + 1))
    [ $(( $(c2_ticks) - before )) -lt $(( $(getconf CLK_TCK) / 2 )) ] && break
  done
  echo "settle_$name $((slices * 10))" | tee -a "$WORK/results"
}
measure() { # measure NAME wrk-args...: one measured run; appends NAME + RESULT to results
  local name="$1"; shift
  local threads=$(( CONNECTIONS < 2 ? 1 : 2 ))
  local line
  line=$(wrk -t"$threads" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" | grep '^RESULT')
  echo "$name $line" | tee -a "$WORK/results"
}

echo "== database $DB"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
start PRESS_STATS_SAMPLE_DATA_LOAD=false   # Flyway creates the schema
stop

echo "== dataset"
python3 bench/generate.py "$WORK/data" | tee "$WORK/dataset"
load_start=$(date +%s%N)
# the generated dataset is loaded as the service would have written it: without history entries for SQL writes (V7)
PGOPTIONS="-c press_stats.writer=service" psql -q -d "$DB" -v ON_ERROR_STOP=1 \
  -c "\\copy city (slug, name, name_key, region, federal_district, population, website, created_at, updated_at, version) FROM '$WORK/data/city.csv' CSV" \
  -c "\\copy report (city_id, year, summary, plans, source, created_at, updated_at, version) FROM '$WORK/data/report.csv' CSV" \
  -c "\\copy figure (report_id, position, metric, owner, platform, value, qualifier, baseline, note) FROM '$WORK/data/figure.csv' CSV" \
  -c "ANALYZE"
load_seconds=$(( ($(date +%s%N) - load_start) / 1000000 ))e-3
rollup_start=$(date +%s%N)
start PRESS_STATS_SAMPLE_DATA_LOAD=false   # builds the roll-up of the loaded reports at start
rollup_seconds=$(( ($(date +%s%N) - rollup_start) / 1000000 ))e-3
psql -q -d "$DB" -c "VACUUM ANALYZE"   # as autovacuum would: sets the visibility map for index-only scans
rollup_rows=$(psql -tA -d "$DB" -c "SELECT count(*) FROM rollup")

echo "== start to ready, migrated database: ${STARTS:-5} starts with the AOT cache, then as many without, in turn"
stop
psql -q -d "$DB" -c "CHECKPOINT"   # the load's dirty pages written out before the starts are timed
: > "$WORK/starts"
for _ in $(seq 1 "${STARTS:-5}"); do
  AOT="-XX:AOTCache=app.aot"; echo "start_aot $(start_ms)" | tee -a "$WORK/starts"
  AOT="-Xshare:auto"; echo "start_plain $(start_ms)" | tee -a "$WORK/starts"
  if [ -n "$PEER_APP" ]; then echo "start_peer $(peer_start_ms)" | tee -a "$WORK/starts"; fi
done
AOT="-XX:AOTCache=app.aot"
start PRESS_STATS_SAMPLE_DATA_LOAD=false

TOTALS="/api/v1/stats/totals?metric=subscribers&year=2023"
RANKING="/api/v1/stats/ranking?metric=press_releases&year=2023&limit=10"
BREAKDOWN="/api/v1/stats/breakdown?metric=subscribers&year=2023&by=platform"
tag() { curl -sf -D - -o /dev/null "$BASE$1" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}'; }

echo "== measurements: ${WARMUP}s warm-up per scenario, then $ROUNDS rounds of ${DURATION}s each, $CONNECTIONS connections"
: > "$WORK/results"
A=(-s bench/rotate.lua "$BASE" -- /q/health/live)
B=(-s bench/rotate.lua "$BASE" -- "$TOTALS|$(tag "$TOTALS")" "$RANKING|$(tag "$RANKING")" "$BREAKDOWN|$(tag "$BREAKDOWN")")
C=(-s bench/rotate.lua "$BASE" -- "$TOTALS" "$RANKING" "$BREAKDOWN")
C1=(-s bench/timed.lua "$BASE" -- "$TOTALS" "$RANKING" "$BREAKDOWN")   # at 1 connection: raw times, as pgbench logs them
E=(-s bench/report-by-key.lua "$BASE" -- 1000 1999 2023)
G=(-s bench/report-by-key.lua "$BASE" -- 1000 0 0)   # the city alone: year 0 asks /api/v1/cities/{slug}
H=(-s bench/rotate.lua "$BASE" -- $(psql -tA -d "$DB" -c "SELECT '/api/v1/metrics/' || code FROM metric ORDER BY random()"))
I_KEYS=()   # 100 random reports with their current tags: If-None-Match → 304
for path in $(psql -tA -d "$DB" -c "SELECT '/api/v1/cities/' || c.slug || '/reports/' || r.year FROM report r JOIN city c ON c.id = r.city_id ORDER BY random() LIMIT 100"); do
  I_KEYS+=("$path|$(tag "$path")")
done
I=(-s bench/rotate.lua "$BASE" -- "${I_KEYS[@]}")
warm "${A[@]}"; warm "${B[@]}"; warm "${C[@]}"; warm "${E[@]}"; warm "${G[@]}"; warm "${H[@]}"; warm "${I[@]}"
settle hot -s bench/rotate.lua "$BASE" -- /q/health/live "$TOTALS" "$RANKING" "$BREAKDOWN" "${I_KEYS[@]}"
settle e "${E[@]}"   # report by key has paths of its own (a miss reads and deflates, a hit inflates): settled alone
if [ -n "$PEER_APP" ]; then   # the peer up beside the service, warmed and settled the same way; idle while the service is measured
  P=(-s bench/rotate.lua "$PEER_BASE" -- $PEER_PATHS)
  peer_launch; peer_ready
  warm "${P[@]}"
  SETTLE_PID="$PEER_PID" settle peer "${P[@]}"
fi
for _ in $(seq 1 "$ROUNDS"); do   # interleaved, so that drift of the machine hits every scenario alike
  measure a_health_live "${A[@]}"
  measure b_stats_304 "${B[@]}"
  measure c_stats_cached "${C[@]}"
  measure e_report_by_key "${E[@]}"
  measure g_city_by_key "${G[@]}"
  measure h_metric_by_key "${H[@]}"
  measure i_report_304 "${I[@]}"
  if [ -n "$PEER_APP" ]; then measure p_peer_by_id "${P[@]}"; fi
done
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
if [ -n "$PEER_APP" ]; then
  echo "rss_peer $(awk '/VmRSS/ {print $2}' "/proc/$PEER_PID/status")" >> "$WORK/results"
  peer_stop
fi
stop

pg() { # pg NAME clients [question...]: the same SQL the service runs per question (all three by default)
  local name="$1" clients="$2"; shift 2
  local questions=("$@") scripts=()
  [ ${#questions[@]} -eq 0 ] && questions=(totals ranking breakdown)
  for q in "${questions[@]}"; do scripts+=(-f "$PWD/bench/sql/$q.sql"); done
  rm -f "$WORK"/pgb*
  (cd "$WORK" && pgbench -n -M prepared -c "$clients" -j 1 -T "$DURATION" --log --log-prefix=pgb "${scripts[@]}" "$DB" \
    > /dev/null 2>&1)
  echo "$name $(python3 bench/percentiles.py "$WORK/pgb" "$DURATION")" | tee -a "$WORK/results"
}

# Cold: the service with its answer cache off against the same SQL through pgbench, in turn in every round, so
# that drift of the machine hits both alike; then each question alone at 1 client, since the p50 of the mix of a
# light and a heavy question falls between them and moves with the shape of each. At 1 client both sides' p50 and
# p99 are taken from each request's own time (bench/timed.lua, pgbench's log): wrk's own percentiles add made-up
# times for coordinated omission, which pgbench's do not (at 16 connections (d) keeps wrk's, the stricter side)
start PRESS_STATS_SAMPLE_DATA_LOAD=false PRESS_STATS_STATS_CACHE_ENABLED=false
warm "${C[@]}"
settle cold "${C[@]}"
pgbench -n -M prepared -c "$CONNECTIONS" -j 1 -T "$WARMUP" -f bench/sql/totals.sql -f bench/sql/ranking.sql \
  -f bench/sql/breakdown.sql "$DB" > /dev/null 2>&1
declare -A QUESTION=([totals]="$TOTALS" [ranking]="$RANKING" [breakdown]="$BREAKDOWN")
for _ in $(seq 1 "$ROUNDS"); do
  measure d_stats_cold "${C[@]}"
  pg f_raw_sql "$CONNECTIONS"
  CONNECTIONS=1 measure d1_stats_cold_single "${C1[@]}"
  pg f1_raw_sql_single 1
  for q in totals ranking breakdown; do
    CONNECTIONS=1 DURATION=5 measure "d1_$q" -s bench/timed.lua "$BASE" -- "${QUESTION[$q]}"
    DURATION=5 pg "f1_$q" 1 "$q"
  done
done
stop

cat "$WORK/starts" >> "$WORK/results"
cp "$WORK/results" bench/last-run.txt   # the raw lines behind RESULTS.md
PEER_NAME="${PEER_NAME:-the peer}" python3 bench/report.py "$WORK/results" "$WORK/dataset" "$load_seconds" "$rollup_seconds" "$rollup_rows" "$RSS_KB" \
  "$DURATION" "$WARMUP" "$CONNECTIONS" "$ROUNDS" > bench/RESULTS.md
echo "== written bench/RESULTS.md"
