#!/usr/bin/env python3
"""Turns the RESULT lines of run.sh into bench/RESULTS.md, with the machine, the date and the target ratios."""
import datetime
import os
import platform
import subprocess
import sys

results_file, dataset_file, load_s, rollup_s, rollup_rows, rss_kb, duration, warmup, connections = sys.argv[1:10]
rows = {}
for line in open(results_file):
    name, _, *fields = line.split()
    rows[name] = {k: float(v) for k, v in (f.split("=") for f in fields)}


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


def verdict(ok):
    return "met" if ok else "**missed**"


targets = [
    ("b/a throughput, 304 polling vs health", b["rps"] / a["rps"], ">= 0.8", b["rps"] / a["rps"] >= 0.8),
    ("c/a throughput, cached answer vs health", c["rps"] / a["rps"], ">= 0.6", c["rps"] / a["rps"] >= 0.6),
    ("d1/f1 p50 latency, cold aggregate vs raw SQL (1 client)", d1["p50_ms"] / f1["p50_ms"], "<= 1.5",
     d1["p50_ms"] / f1["p50_ms"] <= 1.5),
    ("d p99 latency, cold aggregate (ms)", d["p99_ms"], "<= 100", d["p99_ms"] <= 100),
    ("e/a throughput, report by key vs health", e["rps"] / a["rps"], ">= 0.3", e["rps"] / a["rps"] >= 0.3),
]
labels = {
    "a_health_live": "(a) `/q/health/live`, framework ceiling",
    "b_stats_304": "(b) totals, ranking, breakdown with `If-None-Match` → 304",
    "c_stats_cached": "(c) the same without a validator (cache)",
    "d_stats_cold": "(d) the same with the cache off (cold)",
    "d1_stats_cold_single": "(d1) cold, 1 connection",
    "e_report_by_key": "(e) GET one whole report by key (random city and year)",
    "f_raw_sql": "(f) the same SQL through pgbench",
    "f1_raw_sql_single": "(f1) the same SQL through pgbench, 1 client",
}
out = []
out.append("# Benchmark results\n")
out.append(f"Run of `bench/run.sh` on {datetime.date.today().isoformat()}. Machine: {os.cpu_count()} cores ({cpu}), "
           f"{mem} GiB RAM, {platform.system()} {platform.release()}; {java}; PostgreSQL {pg} on 127.0.0.1:5432. "
           f"wrk, pgbench, PostgreSQL and the service share the two cores, so absolute numbers are noisy; the "
           f"ratios are taken within this one run.\n")
out.append(f"Dataset (`bench/generate.py`, seed 42): {open(dataset_file).read().strip()}; loaded by COPY in "
           f"{float(load_s):.1f} s; the service built the roll-up ({rollup_rows} rows) and started in {float(rollup_s):.1f} s.\n")
out.append(f"Each measurement: {warmup} s warm-up, then {duration} s; wrk with 2 threads and {connections} connections "
           f"unless noted. RSS of the service after (a)–(e): {int(rss_kb) // 1024} MiB.\n")
out.append("| scenario | req/s | p50 ms | p99 ms | requests | non-2xx/3xx | socket errors |")
out.append("|---|---:|---:|---:|---:|---:|---:|")
for key, label in labels.items():
    r = rows[key]
    out.append(f"| {label} | {r['rps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {int(r['requests'])} | "
               f"{int(r['bad'])} | {int(r['errors'])} |")
out.append("\n## Targets\n")
out.append("| ratio | measured | target | |")
out.append("|---|---:|---|---|")
for name, value, target, ok in targets:
    out.append(f"| {name} | {value:.2f} | {target} | {verdict(ok)} |")
notes = os.path.join(os.path.dirname(__file__), "notes.md")
if os.path.exists(notes):
    out.append("\n" + open(notes).read().strip())
print("\n".join(out))
