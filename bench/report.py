#!/usr/bin/env python3
"""Turns the RESULT lines of run.sh into bench/RESULTS.md, with the machine, the date and the target ratios; appends
bench/notes.md, bench/outage-results.md, bench/drafts-results.md, bench/import-results.md and bench/changes-results.md as they are."""
import datetime
import os
import platform
import subprocess
import sys

import statistics

results_file, dataset_file, load_s, rollup_s, rollup_rows, rss_kb, duration, warmup, connections, rounds = sys.argv[1:11]
runs = {}
starts = {}
settled = {}
rss_peer_kb = None
for line in open(results_file):
    if line.startswith("rss_peer"):  # rss_peer KB: the peer's RSS after its load
        rss_peer_kb = int(line.split()[1])
        continue
    if line.startswith("start_"):  # start_aot MS / start_plain MS: launch to the first 200 of /q/health/ready
        name, ms = line.split()
        starts.setdefault(name, []).append(int(ms))
        continue
    if line.startswith("settle_"):  # settle_hot S / settle_cold S: warm-up added until the JIT was done
        name, seconds = line.split()
        settled[name[len("settle_"):]] = int(seconds)
        continue
    name, _, *fields = line.split()
    runs.setdefault(name, []).append({k: float(v) for k, v in (f.split("=") for f in fields)})
# the median of each figure over the rounds of a scenario; counts are summed
rows = {name: {k: (sum(r[k] for r in rs) if k in ("requests", "bad", "errors") else statistics.median(r[k] for r in rs))
               for k in rs[0]} | {"rounds": len(rs)} for name, rs in runs.items()}


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem = sh("free -g | awk '/Mem:/ {print $2}'")
java = sh("java -version 2>&1 | head -1")
pg = sh("psql -tA -c 'SHOW server_version'")
a, b, c, d, d1, e, f, f1 = (rows[k] for k in ("a_health_live", "b_stats_304", "c_stats_cached", "d_stats_cold",
                                            "d1_stats_cold_single", "e_report_by_key", "f_raw_sql", "f1_raw_sql_single"))
start_aot = statistics.median(starts["start_aot"]) / 1000
start_plain = statistics.median(starts["start_plain"]) / 1000
rss_mib = int(rss_kb) / 1024


def verdict(ok):
    return "met" if ok else "**missed**"




def round_ratio(top, bottom):
    """The median over rounds of top/bottom, each round's pair measured back to back."""
    return statistics.median(t["rps"] / b_["rps"] for t, b_ in zip(runs[top], runs[bottom]))


def round_latency(top, bottom, key, bottom_key=None):
    """The median over rounds of a latency ratio, each round's pair measured back to back."""
    return statistics.median(t[key] / b_[bottom_key or key] for t, b_ in zip(runs[top], runs[bottom]))


questions = ("totals", "ranking", "breakdown")
per_question = {q: round_latency("d1_" + q, "f1_" + q, "p50_ms") for q in questions}
d1f1, df = round_latency("d1_stats_cold_single", "f1_raw_sql_single", "p50_ms"), \
    round_latency("d_stats_cold", "f_raw_sql", "p99_ms")
# the same with wrk's own p50, corrected for coordinated omission (as runs before bench/timed.lua measured it)
d1f1_wrk = round_latency("d1_stats_cold_single", "f1_raw_sql_single", "wrk_p50_ms", "p50_ms") \
    if "wrk_p50_ms" in runs["d1_stats_cold_single"][0] else None
ba, ca, ea = round_ratio("b_stats_304", "a_health_live"), round_ratio("c_stats_cached", "a_health_live"), \
    round_ratio("e_report_by_key", "a_health_live")
ga, ha, ib = round_ratio("g_city_by_key", "a_health_live"), round_ratio("h_metric_by_key", "a_health_live"), \
    round_ratio("i_report_304", "b_stats_304")
targets = [
    ("b/a throughput, 304 polling vs health (median of per-round ratios)", ba, ">= 0.8", ba >= 0.8),
    ("c/a throughput, cached answer vs health (median of per-round ratios)", ca, ">= 0.6", ca >= 0.6),
    ("d1/f1 p50 latency, cold aggregate vs raw SQL, the three questions mixed (1 client, median of per-round ratios)",
     d1f1, "<= 1.5", d1f1 <= 1.5),
    *[(f"d1/f1 p50 latency, {q} alone (1 client, median of per-round ratios)", per_question[q], "<= 1.5",
       per_question[q] <= 1.5) for q in questions],
    ("d/f p99 latency, cold aggregate vs raw SQL, both at %s connections (median of per-round ratios)" % connections,
     df, "<= 1.5", df <= 1.5),
    ("e/a throughput, report by key vs health (median of per-round ratios)", ea, ">= 0.35", ea >= 0.35),
    ("g/a throughput, city by key vs health", ga, ">= 0.35", ga >= 0.35),
    ("h/a throughput, metric by key vs health", ha, ">= 0.35", ha >= 0.35),
    ("i/b throughput, report 304 vs stats 304", ib, ">= 0.9", ib >= 0.9),
    ("start to ready with the AOT cache, median of %d (s)" % len(starts["start_aot"]), start_aot, "<= 2",
     start_aot <= 2),
    ("RSS after the load (MiB)", rss_mib, "<= 320", rss_mib <= 320),
]
# a peer measured beside the service (run.sh's PEER_*): the targets as it states them, against the peer itself
peer = os.environ.get("PEER_NAME", "the peer")
has_peer = "p_peer_by_id" in runs
if has_peer:
    start_peer = statistics.median(starts["start_peer"]) / 1000
    ep = round_ratio("e_report_by_key", "p_peer_by_id")
    start_ratio = start_aot / start_peer
    targets += [
        (f"e/p throughput, report by key vs one by id of {peer} (median of per-round ratios)", ep, ">= 1", ep >= 1),
        (f"start to ready with the AOT cache vs the start of {peer} (medians of {len(starts['start_peer'])}, in turn)",
         start_ratio, "<= 0.5", start_ratio <= 0.5),
    ]
    if rss_peer_kb:
        rss_ratio = int(rss_kb) / rss_peer_kb
        targets.append((f"RSS after the load vs that of {peer} after its load", rss_ratio, "<= 0.75", rss_ratio <= 0.75))
labels = {
    "a_health_live": "(a) `/q/health/live`, framework ceiling",
    "b_stats_304": "(b) totals, ranking, breakdown with `If-None-Match` → 304",
    "c_stats_cached": "(c) the same without a validator (cache)",
    "d_stats_cold": "(d) the same with the cache off (cold)",
    "d1_stats_cold_single": "(d1) cold, 1 connection",
    "e_report_by_key": "(e) GET one whole report by key (random city and year)",
    "g_city_by_key": "(g) GET one city by slug (random)",
    "h_metric_by_key": "(h) GET one metric by code (all of the catalog in turn)",
    "i_report_304": "(i) GET of 100 random reports with `If-None-Match` → 304",
    "f_raw_sql": "(f) the same SQL through pgbench",
    "f1_raw_sql_single": "(f1) the same SQL through pgbench, 1 client",
} | {f"{side}1_{q}": f"({side}1) {q} alone, {'service, cache off' if side == 'd' else 'pgbench'}, 1 connection"
     for q in ("totals", "ranking", "breakdown") for side in ("d", "f")} \
  | ({"p_peer_by_id": f"(p) {peer}, one by id, on its own defaults"} if has_peer else {})
out = []
out.append("# Benchmark results\n")
out.append(f"Run of `bench/run.sh` on {datetime.date.today().isoformat()}. Machine: {os.cpu_count()} cores ({cpu}), "
           f"{mem} GiB RAM, {platform.system()} {platform.release()}; {java}; PostgreSQL {pg} on 127.0.0.1:5432. "
           f"wrk, pgbench, PostgreSQL and the service share the two cores, so absolute numbers are noisy; the "
           f"ratios are taken within this one run.\n")
out.append(f"Dataset (`bench/generate.py`, seed 42): {open(dataset_file).read().strip()}; loaded by COPY in "
           f"{float(load_s):.1f} s; the service built the roll-up ({rollup_rows} rows) and started in {float(rollup_s):.1f} s.\n")
out.append(f"Every scenario was warmed up for {warmup} s before any measurement, then the load went on in 10 s slices "
           f"until the JIT compiler (C2) used under 5 % of a core in a slice: {settled.get('hot', 0)} s more for the "
           f"service with its cache, then {settled.get('e', 0)} s more of (e) alone, {settled.get('cold', 0)} s more "
           f"for the service with the cache off; (a), (b), (c) "
           f"and (e) were then measured "
           f"in turn {rounds} times for {duration} s each and the table gives the median of the rounds; then, with the "
           f"service's answer cache off, (d), (f), (d1), (f1) and each question alone at 1 connection (5 s each) were "
           f"measured in turn {rounds} times. wrk used 2 threads and {connections} connections unless noted. RSS of the "
           f"service after (a)–(e): {int(rss_kb) // 1024} MiB.\n")
out.append("| scenario | runs | req/s | p50 ms | p99 ms | requests | non-2xx/3xx | socket errors |")
out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
for key, label in labels.items():
    r = rows[key]
    out.append(f"| {label} | {r['rounds']} | {r['rps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {int(r['requests'])} | "
               f"{int(r['bad'])} | {int(r['errors'])} |")
out.append("\nPer round (req/s): " + "; ".join(
    f"round {i + 1}: " + ", ".join(f"{k[0]} {runs[k][i]['rps']:.0f}" for k in
                                   ("a_health_live", "b_stats_304", "c_stats_cached", "e_report_by_key", "g_city_by_key",
                                    "h_metric_by_key", "i_report_304") + (("p_peer_by_id",) if has_peer else ()))
    for i in range(len(runs["a_health_live"]))) + ".")
out.append(f"\nStart to ready (launch → first 200 of `/q/health/ready`, packaged jar, migrated database of the dataset), "
           f"starts in turn: with the AOT cache {', '.join(f'{ms} ms' for ms in starts['start_aot'])} (median "
           f"{start_aot:.2f} s); without it {', '.join(f'{ms} ms' for ms in starts['start_plain'])} (median "
           f"{start_plain:.2f} s)" + (f"; {peer}, on its own defaults, in the same turns: "
                                       f"{', '.join(f'{ms} ms' for ms in starts['start_peer'])} (median {start_peer:.2f} s)"
                                       if has_peer else "") + ".")
if has_peer:
    out.append(f"\n{peer} ran beside the service from the warm-up of the hot scenarios on (idle while the service was "
               f"measured, and the service idle while it was), was warmed and settled like them "
               f"({settled.get('peer', 0)} s more), and (p) was measured in each round after (i). Its RSS after its "
               f"load: {rss_peer_kb // 1024 if rss_peer_kb else '?'} MiB.")
out.append("\n## Targets\n")
out.append("| ratio | measured | target | |")
out.append("|---|---:|---|---|")
for name, value, target, ok in targets:
    out.append(f"| {name} | {value:.2f} | {target} | {verdict(ok)} |")
if d1f1_wrk is not None:
    out.append(f"\nAt 1 connection the service's p50 and p99 are those of each request's own time (`bench/timed.lua`), "
               f"as pgbench's are; wrk's own p50, which adds made-up times for coordinated omission (every time of at "
               f"least twice the mean interval gets one more per interval below it), gives the mixed d1/f1 "
               f"{d1f1_wrk:.2f} (runs before this one reported that figure).")
# hand-written sections, appended as they are: the analysis of this run, then the outage runs of outage.sh (which
# run.sh does not repeat, so they must survive a regeneration of RESULTS.md)
for name in ("notes.md", "outage-results.md", "drafts-results.md", "import-results.md", "changes-results.md"):
    path = os.path.join(os.path.dirname(__file__), name)
    if os.path.exists(path):
        out.append("\n" + open(path).read().strip())
print("\n".join(out))
