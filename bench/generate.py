#!/usr/bin/env python3
"""Deterministic benchmark dataset for press-stats: CITIES cities x YEARS years of reports, ~28 figures each,
with the sample reports' mix of levels (grand totals, owner totals, single accounts), owners, platforms and
qualifiers. Writes CSV files for COPY into a database whose schema Flyway already created (see run.sh).

Usage: generate.py OUT_DIR [--cities 1000] [--years 25] [--last-year 2023] [--seed 42]
"""
import argparse
import csv
import os
import random

DISTRICTS = ["CENTRAL", "NORTHWESTERN", "SOUTHERN", "NORTH_CAUCASIAN", "VOLGA", "URAL", "SIBERIAN", "FAR_EASTERN"]
FLOWS = [("press_releases", 300, 4000), ("photo_reports", 50, 400), ("field_events", 30, 300),
         ("press_events", 20, 300), ("media_requests_answered", 50, 900), ("leader_comments", 20, 400),
         ("website_news_views", 50_000, 2_000_000)]
OWNERS = ["ADMINISTRATION", "MAYOR"]
PLATFORMS = ["TELEGRAM", "VK", "OK", "MAX"]
SUMMARY = ("В {year} году пресс-служба подготовила и опубликовала пресс-релизы, фоторепортажи, "
           "организовала пресс-подходы и прямые эфиры с главой города. ") * 6
PLANS = "Повышение информационной открытости, развитие аккаунтов в социальных сетях, работа с горожанами. " * 3


def qualifier(rnd):
    x = rnd.random()
    return "AT_LEAST" if x < 0.10 else "APPROXIMATE" if x < 0.15 else "EXACT"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--cities", type=int, default=1000)
    ap.add_argument("--years", type=int, default=25)
    ap.add_argument("--last-year", type=int, default=2023)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    now = "2026-01-01 00:00:00+00"
    years = list(range(a.last_year - a.years + 1, a.last_year + 1))
    figures_written = 0
    with open(os.path.join(a.out, "city.csv"), "w", newline="", encoding="utf-8") as cf, \
         open(os.path.join(a.out, "report.csv"), "w", newline="", encoding="utf-8") as rf, \
         open(os.path.join(a.out, "figure.csv"), "w", newline="", encoding="utf-8") as ff:
        cw, rw, fw = csv.writer(cf), csv.writer(rf), csv.writer(ff)
        report_id = 0
        for c in range(1, a.cities + 1):
            name = f"Город {c:04d}"
            population = "" if rnd.random() < 0.05 else rnd.randint(10_000, 1_500_000)
            cw.writerow([f"city-{c:04d}", name, name.lower(), f"Область {c % 85 + 1}", rnd.choice(DISTRICTS),
                         population, f"https://city-{c:04d}.example.ru/", now, now, 0])
            grand_total_only = rnd.random() < 0.2  # like Blagoveshchensk: one total plus a milestone account
            base = {m: rnd.randint(lo, hi) for m, lo, hi in FLOWS}
            subs = {(o, p): rnd.randint(200, 15_000) for o in OWNERS for p in PLATFORMS}
            for i, year in enumerate(years):
                report_id += 1
                rw.writerow([c, year, SUMMARY.format(year=year), PLANS, "bench", now, now, 0])
                growth = 1 + 0.04 * i
                rows = []
                for m, _, _ in FLOWS:
                    rows.append((m, "", "", int(base[m] * growth * rnd.uniform(0.8, 1.2)), qualifier(rnd), ""))
                rows.append(("live_broadcasts", "", "VK", rnd.randint(1, 20), "EXACT", ""))
                rows.append(("new_public_pages", "DEPARTMENTS", "", rnd.randint(0, 150), "EXACT", ""))
                if grand_total_only:
                    total = int(sum(subs.values()) * growth)
                    rows.append(("subscribers", "", "", total, "AT_LEAST", ""))
                    rows.append(("subscribers", "MAYOR", "TELEGRAM", int(subs[("MAYOR", "TELEGRAM")] * growth), "AT_LEAST", ""))
                    rows.append(("subscriber_growth", "", "", rnd.randint(100, 9000), "EXACT", str(year - 2)))
                else:
                    for (o, p), v in subs.items():
                        rows.append(("subscribers", o, p, int(v * growth), qualifier(rnd), ""))
                    rows.append(("subscribers", "ADMINISTRATION", "VIBER", rnd.randint(100, 6000), "EXACT", ""))
                    for o in OWNERS:
                        rows.append(("subscriber_growth", o, "", rnd.randint(100, 9000), "EXACT", f"{year}-01-01"))
                for o in OWNERS:
                    for p in PLATFORMS[:3]:
                        rows.append(("posts", o, p, rnd.randint(100, 4000), "EXACT", ""))
                    rows.append(("views", o, "", rnd.randint(100_000, 30_000_000), "AT_LEAST", ""))
                for pos, (m, o, p, v, q, b) in enumerate(rows):
                    fw.writerow([report_id, pos, m, o, p, v, q, b, ""])
                figures_written += len(rows)
    print(f"cities={a.cities} reports={a.cities * a.years} figures={figures_written}")


if __name__ == "__main__":
    main()
