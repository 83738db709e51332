#!/usr/bin/env python3
"""Reads pgbench --log files and prints the same RESULT line as wrk-report.lua (latency column 3, in microseconds)."""
import glob
import sys

latencies = []
for path in glob.glob(sys.argv[1] + "*"):
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                latencies.append(int(parts[2]))
latencies.sort()
seconds = float(sys.argv[2])


def pct(p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] / 1000


print(f"RESULT rps={len(latencies) / seconds:.1f} p50_ms={pct(50):.3f} p99_ms={pct(99):.3f} requests={len(latencies)} bad=0 errors=0")
