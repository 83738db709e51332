#!/usr/bin/env python3
"""Change stream latency: a client streams from replica B while writes go to replica A.

usage: changes.py BASE_A BASE_B TOKEN WRITES STALLED
For each write: the time from sending the PUT to A until its event arrives on B's stream, and the PUT's own time.
Runs twice: without, then with STALLED clients connected to A that never read. Prints one JSON object.
"""
import json
import socket
import statistics
import sys
import threading
import time
import urllib.request
from urllib.parse import urlparse

base_a, base_b, token, writes, stalled = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
arrivals = {}
arrived = threading.Condition()


def stream():
    request = urllib.request.Request(base_b + "/api/v1/changes?entity=city&city=bench-stream", headers={"Accept": "text/event-stream"})
    with urllib.request.urlopen(request) as response:
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("data:"):
                data = json.loads(line[5:])
                with arrived:
                    arrivals[data["version"]] = time.perf_counter()
                    arrived.notify_all()


def put(name):
    body = json.dumps({"name": name, "region": "Бенчмарк"}).encode()
    request = urllib.request.Request(base_a + "/api/v1/cities/bench-stream", data=body, method="PUT",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as response:
        return response.status


def stall(count):
    url = urlparse(base_a)
    sockets = []
    for _ in range(count):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
        s.connect((url.hostname, url.port))
        s.sendall(b"GET /api/v1/changes HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n")
        sockets.append(s)  # never read
    return sockets


def run(label):
    latencies, puts = [], []
    for i in range(writes):
        with arrived:
            seen = len(arrivals)
        started = time.perf_counter()
        put(f"Бенчмарк {label} {i}")
        put_done = time.perf_counter()
        with arrived:
            deadline = started + 10
            while len(arrivals) <= seen:
                if time.perf_counter() > deadline:
                    raise SystemExit(f"no event within 10 s for write {i}")
                arrived.wait(0.5)
            got = arrivals[max(arrivals)]
        latencies.append((got - started) * 1000)
        puts.append((put_done - started) * 1000)
    ordered = sorted(latencies)
    return {"writes": writes, "event_ms_median": statistics.median(latencies), "event_ms_p95": ordered[int(0.95 * (writes - 1))],
            "event_ms_max": ordered[-1], "put_ms_median": statistics.median(puts), "put_ms_p95": sorted(puts)[int(0.95 * (writes - 1))]}


try:
    put("Бенчмарк")
except Exception:
    pass
threading.Thread(target=stream, daemon=True).start()
time.sleep(1)  # the stream is open before the first measured write
plain = run("plain")
held = stall(stalled)
time.sleep(1)
with_stalled = run("stalled")
print(json.dumps({"without": plain, "with_stalled": with_stalled, "stalled_clients": stalled}))
