#!/usr/bin/env python3
"""The benchmark dataset of generate.py in the import's long format: figures.csv
(city,year,metric,owner,platform,value,qualifier,baseline,note), the same rows as figure.csv, for POST /api/v1/import.
Usage: long-csv.py DATA_DIR"""
import csv
import os
import sys

data = sys.argv[1]
with open(os.path.join(data, "city.csv"), encoding="utf-8") as f:
    slugs = [row[0] for row in csv.reader(f)]
with open(os.path.join(data, "report.csv"), encoding="utf-8") as f:
    reports = [(slugs[int(row[0]) - 1], row[1]) for row in csv.reader(f)]
with open(os.path.join(data, "figure.csv"), encoding="utf-8") as f, \
        open(os.path.join(data, "figures.csv"), "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["city", "year", "metric", "owner", "platform", "value", "qualifier", "baseline", "note"])
    for report_id, _, metric, owner, platform, value, qualifier, baseline, note in csv.reader(f):
        slug, year = reports[int(report_id) - 1]
        w.writerow([slug, year, metric, owner, platform, value, qualifier, baseline, note])
