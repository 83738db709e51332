#!/usr/bin/env python3
"""Reads the logs of one bench/outage.sh run (argument: its work directory) and prints the results, ending with one
machine-readable RESULT line. The outage is taken from PostgreSQL's own log (UTC): from the first backend it
terminates after "received fast shutdown request" to the next "ready to accept connections" (OUTAGE_MODE=freeze:
from SIGSTOP to SIGCONT). Requests are put in a phase (before, outage, after) by the time they were sent; recovery
times count from the moment PostgreSQL accepted connections again."""
import collections
import datetime
import glob
import json
import os
import platform
import re
import subprocess
import sys

work = sys.argv[1]
params = dict(kv.split("=") for kv in open(f"{work}/params").read().split())
ev = {name: float(t) for name, t in (line.split() for line in open(f"{work}/events"))}
pglog = re.findall(r"^(\S+ \S+) UTC \[\d+\] \w+:  (received fast shutdown request|terminating connection due to "
                   r"administrator command|database system is ready to accept connections)", open(f"{work}/postgres.log").read(), re.M)
pgtime = [(datetime.datetime.strptime(t, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc).timestamp(), m)
          for t, m in pglog]
t0 = ev["wrk_start"]
freeze = params.get("outage_mode") == "freeze"
if freeze:  # SIGSTOP / SIGCONT: the events logged right before the one kill (the ones after it lag by up to 0.25 s)
    shutdown = stop = ev["db_stop"]
    up = ev["db_start"]
else:
    shutdown = next(t for t, m in pgtime if m.startswith("received") and t >= t0)
    # the service's connections die with the first backend PostgreSQL terminates; until then queries still complete
    stop = next((t for t, m in pgtime if m.startswith("terminating") and t >= shutdown), shutdown)
    up = next(t for t, m in pgtime if m.startswith("database") and t > stop)
timeout_ms = float(re.sub(r"[^0-9.]", "", params["acquisition_timeout"])) * 1000  # "5S" -> 5000
socket_ms = float(params.get("socket_timeout", 60)) * 1000  # the JDBC socketTimeout the service ran with
PHASES = ("before", "outage", "after")


def phase(t):
    return "before" if t < stop else "outage" if t < up else "after"


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))] if values else float("nan")


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()


out = []
p = out.append
p(f"bench/outage.sh, {datetime.date.today().isoformat()}: {os.cpu_count()} cores (nproc {sh('nproc')}), "
  f"Linux {platform.release()}, {sh('java -version 2>&1 | head -1')}, PostgreSQL {sh('/usr/lib/postgresql/15/bin/postgres -V')}")
p("parameters: " + " ".join(f"{k}={v}" for k, v in params.items()))
p(f"events (s after wrk start): SIGSTOP sent {ev['db_stop'] - t0:.2f} to {ev['db_stopped'] - t0:.2f}, SIGCONT sent "
  f"{ev['db_start'] - t0:.2f} to {ev['db_started'] - t0:.2f}; wrk end {ev['wrk_end'] - t0:.2f}" if freeze else
  f"events (s after wrk start): pg_ctl stop called {ev['db_stop'] - t0:.2f}, PostgreSQL received it {shutdown - t0:.2f}, "
  f"first backend terminated {stop - t0:.2f}, "
  f"pg_ctl stop returned {ev['db_stopped'] - t0:.2f}; pg_ctl start called {ev['db_start'] - t0:.2f}, PostgreSQL "
  f"accepting {up - t0:.2f}, pg_ctl start returned {ev['db_started'] - t0:.2f}; wrk end {ev['wrk_end'] - t0:.2f}")

# --- reads (wrk, one line per request) ---
reads = []  # (sent, latency_ms, status, endpoint, problem)
for path in glob.glob(f"{work}/wrk/wrk-*.log"):
    for line in open(path):
        s, lat, st, name, prob = line.split()
        reads.append((float(s), float(lat), int(st), name, prob))
reads.sort()
by = {ph: [r for r in reads if phase(r[0]) == ph] for ph in PHASES}
span = {"before": stop - t0, "outage": up - stop, "after": ev["wrk_end"] - up}
p("\nreads (wrk; report by key, stats totals, city list in turn), by phase of sending:")
p(f"{'':34}" + "".join(f"{ph:>24}" for ph in PHASES))
rows = collections.OrderedDict()
rows["requests"] = {ph: f"{len(by[ph])}" for ph in PHASES}
rows["req/s"] = {ph: f"{len(by[ph]) / span[ph]:.0f}" for ph in PHASES}
statuses = sorted({r[2] for r in reads})
for st in statuses:
    rows[f"status {st}"] = {ph: f"{sum(1 for r in by[ph] if r[2] == st)}" for ph in PHASES}
rows["503 not a problem w/ Retry-After"] = {ph: f"{sum(1 for r in by[ph] if r[4] == 'bad')}" for ph in PHASES}
rows["latency p50 / p99 / max ms"] = {ph: "{:.1f} / {:.1f} / {:.0f}".format(
    pct([r[1] for r in by[ph]], 50), pct([r[1] for r in by[ph]], 99), max([r[1] for r in by[ph]], default=0)) for ph in PHASES}
for st in (200, 503):
    rows[f"  of the {st}s: p50 / p99 / max ms"] = {ph: "{:.1f} / {:.1f} / {:.0f}".format(
        pct([r[1] for r in by[ph] if r[2] == st], 50), pct([r[1] for r in by[ph] if r[2] == st], 99),
        max([r[1] for r in by[ph] if r[2] == st], default=0)) for ph in PHASES}
rows["200s answered after PostgreSQL was back"] = {ph: f"{sum(1 for r in by[ph] if r[2] == 200 and r[0] + r[1] / 1000 >= up)}" for ph in PHASES}
rows[f"over acquisition timeout {timeout_ms:.0f} ms"] = {ph: f"{sum(1 for r in by[ph] if r[1] > timeout_ms)}" for ph in PHASES}
for name, cells in rows.items():
    p(f"{name:34}" + "".join(f"{cells[ph]:>24}" for ph in PHASES))
for ep in ("report", "totals", "cities"):
    o = [r for r in by["outage"] if r[3] == ep]
    p(f"  outage, {ep:7} {len(o):6} requests, statuses {dict(collections.Counter(r[2] for r in o))}, latency p50 "
      f"{pct([r[1] for r in o], 50):.1f} p99 {pct([r[1] for r in o], 99):.1f} max {max([r[1] for r in o], default=0):.0f} ms")
wrk = dict(kv.split("=") for kv in next(l for l in open(f"{work}/wrk.out") if l.startswith("WRK ")).split()[1:])
p(f"wrk's own count: {wrk['requests']} requests (logged here: {len(reads)}), socket errors connect {wrk['connect']} "
  f"read {wrk['read']} write {wrk['write']} timeout {wrk['timeout']}; whole-run p50 {float(wrk['p50_ms']):.1f} "
  f"p99 {float(wrk['p99_ms']):.1f} max {float(wrk['max_ms']):.0f} ms")
other5xx = sum(1 for r in reads if r[2] >= 500 and r[2] != 503)
bad503 = sum(1 for r in reads if r[4] == "bad")

# --- writes (curl loop) ---
writes = []  # (sent, value, status, seconds, content type, retry-after)
for line in open(f"{work}/writer.log"):
    f = line.rstrip("\n").split("\t") + [""] * 6
    writes.append((float(f[0]), int(f[1]), int(f[2] or 0), float(f[3] or 0), f[4], f[5]))
p("\nwrites (PUT every ~200 ms, value = attempt number), by phase of sending:")
for ph in PHASES:
    w = [x for x in writes if phase(x[0]) == ph]
    p(f"  {ph:7} {len(w):4} attempts, statuses {dict(sorted(collections.Counter(x[2] for x in w).items()))}, "
      f"max {max([x[3] for x in w], default=0) * 1000:.0f} ms")
bad_w503 = sum(1 for x in writes if x[2] == 503 and not ("problem+json" in x[4] and x[5]))
other5xx_w = sum(1 for x in writes if x[2] >= 500 and x[2] != 503)
no_answer = [x[1] for x in writes if x[2] == 0]
p(f"  503 not a problem w/ Retry-After: {bad_w503}; other 5xx: {other5xx_w}; no answer within 30 s: {len(no_answer)} {no_answer}")

# --- readiness (curl every 0.5 s) ---
ready = []
for line in open(f"{work}/ready.log"):
    f = line.split()
    ready.append((float(f[0]), int(f[1]) if len(f) > 1 else 0, float(f[2]) if len(f) > 2 else 0))
down = next((r for r in ready if r[0] >= stop and r[1] != 200), None)
ready_up = next((r for r in ready if r[0] + r[2] >= up and r[1] == 200), None)
p(f"\nreadiness: {len(ready)} polls, statuses {dict(collections.Counter(r[1] for r in ready))}, max {max(r[2] for r in ready) * 1000:.0f} ms; "
  f"first DOWN answered {(down[0] + down[2] - stop) if down else float('nan'):.2f} s after the outage began")


# --- recovery ---
def first_ok(items, done):
    x = next((i for i in items if done(i) >= up and i[2] == 200), None)
    return done(x) - up if x else float("nan")


rec_read = first_ok(reads, lambda r: r[0] + r[1] / 1000)
last_bad = max((r[0] + r[1] / 1000 for r in reads if r[2] != 200 and r[0] + r[1] / 1000 >= up), default=up) - up  # 0: none
rec_ready = (ready_up[0] + ready_up[2] - up) if ready_up else float("nan")
w_ok = next((x for x in writes if x[0] + x[3] >= up and x[2] in (200, 201)), None)
rec_write = (w_ok[0] + w_ok[3] - up) if w_ok else float("nan")
p(f"\nrecovery, s after PostgreSQL accepted connections again: first read 200 {rec_read:.2f}; last non-200 read "
  f"{f'{last_bad:.2f}' if last_bad else 'none after'}; readiness UP {rec_ready:.2f}; first 2xx PUT {rec_write:.2f}")
for ep in ("report", "totals", "cities"):
    e = [r for r in reads if r[3] == ep]
    bad_after = [r for r in e if r[0] >= up and r[2] != 200]
    p(f"  {ep:7} first 200 {first_ok(e, lambda r: r[0] + r[1] / 1000):.2f}; non-200 sent after: {len(bad_after)} "
      f"{dict(collections.Counter(r[2] for r in bad_after))}")

# --- write check ---
ok = [x[1] for x in writes if x[2] in (200, 201)]
failed = {x[1] for x in writes if x[2] not in (200, 201)}
report = json.load(open(f"{work}/final-report.json")) if open(f"{work}/final-report.status").read().strip() == "200" else {}
final = report.get("figures", [{}])[0].get("value")
history = json.load(open(f"{work}/final-history.json")).get("totalItems")
db_hist = [l.split() for l in open(f"{work}/db-history") if l.strip()]
db_values = [int(h[2]) for h in db_hist]
db_report = [l.split() for l in open(f"{work}/db-report") if l.strip()]
traces = sorted(failed & set(db_values))
checks = {
    "final value = last 2xx value": final == (ok[-1] if ok else None),
    "history entries (API) = 2xx PUTs": history == len(ok),
    "history values (SQL) = 2xx values in order": db_values == ok,
    "history actions CREATE then REPLACEs": [h[1] for h in db_hist] == ["CREATE"] + ["REPLACE"] * (len(ok) - 1),
    "one figure row, the last 2xx value": len(db_report) == 1 and db_report[0][-1] == str(ok[-1] if ok else None),
    "no failed PUT left a trace": not traces,
}
p(f"\nwrite check: {len(writes)} PUTs, {len(ok)} 2xx (last value {ok[-1] if ok else None}), {len(failed)} failed; "
  f"final report value {final}, summary {report.get('summary')!r}; history totalItems {history}; "
  f"history rows {len(db_hist)}; values of failed PUTs found in history: {traces}")
for name, good in checks.items():
    p(f"  {'ok  ' if good else 'FAIL'} {name}")

# --- samples during the outage (curl, headers and body kept) ---
p("\nsamples during the outage (curl):")
bad_samples, other5xx_s, slow_s = 0, 0, 0
for line in sorted(open(f"{work}/samples/status")):
    sid, path, st, secs = line.split()
    other5xx_s += st.startswith("5") and st != "503"
    slow_s += float(secs) * 1000 > timeout_ms
    head = open(f"{work}/samples/{sid}.headers").read().lower()
    body = open(f"{work}/samples/{sid}.body").read()
    verdict = ""
    if st == "503":
        good = "application/problem+json" in head and "retry-after:" in head and '"status":503' in body
        bad_samples += not good and not path.startswith("/q/")
        ra = re.search(r"retry-after: *(\S+)", head)
        verdict = f"problem+json {'application/problem+json' in head}, Retry-After {ra.group(1) if ra else None}"
    p(f"  {sid:8} {path:58} {st} {float(secs) * 1000:6.0f} ms {verdict} {body[:90]!r}")
p(f"  other 5xx than 503: {other5xx_s}; slower than the acquisition timeout: {slow_s}")
samples = [line.split() for line in open(f"{work}/samples/status")]

# --- the longest wait of any kind, against the socket timeout (a frozen database must not hold a request longer) ---
waits = ([("read " + r[3], r[1]) for r in reads] + [("PUT", x[3] * 1000) for x in writes if x[2]]
         + [("sample " + s_[1], float(s_[3]) * 1000) for s_ in samples if s_[2] != "000"]
         + [("readiness", r[2] * 1000) for r in ready if r[1]])
longest = max(waits, key=lambda w: w[1])
no_answer_all = len(no_answer) + sum(1 for s_ in samples if s_[2] == "000") + sum(1 for r in ready if not r[1])
over_socket = sum(1 for w in waits if w[1] > socket_ms)
p(f"\nlongest answered request (reads, PUTs, samples, readiness): {longest[1]:.0f} ms ({longest[0]}); over the socket "
  f"timeout {socket_ms:.0f} ms: {over_socket}; no answer at all within the client's limit (PUT 30 s, sample 30 s, "
  f"readiness 10 s): {no_answer_all}")

# --- service ---
exit_ = dict(kv.split("=") for kv in open(f"{work}/service-exit").read().split())
if os.path.exists(f"{work}/service-pid"):
    p(f"service process: {open(f'{work}/service-pid').read().strip()} (SIGTERM went to the JVM itself)")
log = open(f"{work}/service.log", errors="replace").read().splitlines()
errors = [l for l in log if " ERROR " in l]
p(f"\nservice: SIGTERM -> exit code {exit_['exit']} after {float(exit_['seconds']):.2f} s; log: {len(log)} lines, "
  f"{sum('database unavailable' in l for l in log)} 'database unavailable' warnings, {len(errors)} ERROR lines, "
  f"{sum('unexpected error' in l for l in log)} 'unexpected error'")
for l in errors[:3]:
    p(f"  {l[:220]}")

# --- per-second timeline (wrk done(), os.time() buckets of the response) ---
p("\nper second (s after wrk start: status:count):")
sec = collections.defaultdict(dict)
for line in open(f"{work}/wrk.out"):
    if line.startswith("SECOND "):
        _, t, st, n = line.split()
        sec[int(t)][st] = int(n)
for t in range(min(sec), max(sec) + 1):
    mark = " <- stop" if t == int(stop) else " <- accepting" if t == int(up) else ""
    p(f"  {t - int(t0):3d} " + (" ".join(f"{st}:{n}" for st, n in sorted(sec[t].items())) or "-") + mark)

result = dict(before_rps=len(by["before"]) / span["before"], outage_rps=len(by["outage"]) / span["outage"],
              after_rps=len(by["after"]) / span["after"],
              before_p50=pct([r[1] for r in by["before"]], 50), before_p99=pct([r[1] for r in by["before"]], 99),
              before_max=max(r[1] for r in by["before"]), outage_p50=pct([r[1] for r in by["outage"]], 50),
              outage_p99=pct([r[1] for r in by["outage"]], 99), outage_max=max(r[1] for r in by["outage"]),
              outage_503=sum(1 for r in by["outage"] if r[2] == 503), outage_200=sum(1 for r in by["outage"] if r[2] == 200),
              outage_200_before_up=sum(1 for r in by["outage"] if r[2] == 200 and r[0] + r[1] / 1000 < up),
              outage_503_p50=pct([r[1] for r in by["outage"] if r[2] == 503], 50),
              outage_503_max=max([r[1] for r in by["outage"] if r[2] == 503], default=0),
              over_timeout=sum(1 for r in reads if r[1] > timeout_ms) + slow_s, other_5xx=other5xx + other5xx_w + other5xx_s,
              bad_503=bad503 + bad_w503 + bad_samples, socket_errors=sum(int(wrk[k]) for k in ("connect", "read", "write", "timeout")),
              read_recovery_s=rec_read, reads_stable_s=last_bad, ready_recovery_s=rec_ready, write_recovery_s=rec_write,
              puts=len(writes), puts_2xx=len(ok), history=history, write_check=int(all(checks.values())),
              max_ms=longest[1], over_socket_timeout=over_socket, no_answer=no_answer_all, exit=int(exit_["exit"]))
p("\nRESULT " + " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
print("\n".join(out))
