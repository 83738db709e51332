-- The latency of each request as it was, for the comparisons with pgbench at one connection: wrk -t1 -c1 -s bench/timed.lua
-- URL -- path1 path2 ... (rotated in turn, like rotate.lua). wrk's own percentiles are corrected for coordinated omission
-- (its stats_correct adds, for every time of at least twice the mean interval, made-up times below it, one per mean
-- interval), which pgbench's log does not do; in a mix whose heavy question takes over twice the mean that moves the
-- p50 up. Here each request is timed from request() to response() (one connection per thread, so they come in pairs)
-- and p50_ms/p99_ms are taken from those times as bench/percentiles.py takes pgbench's; wrk's corrected ones follow
-- as wrk_p50_ms/wrk_p99_ms, then a line per path with its p50.
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } timespec; int clock_gettime(int, timespec *); ]]
local ts = ffi.new("timespec")
local function now_us() ffi.C.clock_gettime(1, ts); return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3 end

local threads, paths, counts = {}, {}, {}
local n, current, started, written = 0, 1, 0, 0
-- this thread's times as "path-index microseconds count" lines, rewritten every 20 ms (the last 20 ms are left out):
-- done() runs in another Lua state and wrk copies strings between them, not tables
times = ""
path_list = ""

local function serialize()
  local lines = {}
  for i, c in ipairs(counts) do
    for us, k in pairs(c) do lines[#lines + 1] = i .. " " .. us .. " " .. k end
  end
  return table.concat(lines, "\n")
end

function setup(thread) threads[#threads + 1] = thread end
function init(args)
  for i, a in ipairs(args) do paths[i], counts[i] = a, {} end
  path_list = table.concat(paths, "\n")
end
function request()
  n = n + 1
  current, started = (n - 1) % #paths + 1, now_us()
  return wrk.format("GET", paths[current])
end
function response(status, headers, body)
  local now = now_us()
  local us, c = math.floor(now - started + 0.5), counts[current]
  c[us] = (c[us] or 0) + 1
  if now - written > 20000 then written, times = now, serialize() end
end

local function percentile(histogram, total, p)   -- as bench/percentiles.py: the value at index int(total * p / 100)
  local keys = {}
  for us in pairs(histogram) do keys[#keys + 1] = us end
  table.sort(keys)
  local rank, seen = math.min(total - 1, math.floor(total * p / 100)), 0
  for _, us in ipairs(keys) do
    seen = seen + histogram[us]
    if seen > rank then return us / 1000 end
  end
  return 0
end

function done(summary, latency, requests)
  local all, per, total, per_total = {}, {}, 0, {}
  for _, thread in ipairs(threads) do
    for i, us, k in string.gmatch(thread:get("times"), "(%d+) (%d+) (%d+)") do
      i, us, k = tonumber(i), tonumber(us), tonumber(k)
      all[us] = (all[us] or 0) + k
      per[i] = per[i] or {}
      per[i][us] = (per[i][us] or 0) + k
      per_total[i] = (per_total[i] or 0) + k
      total = total + k
    end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d bad=%d errors=%d wrk_p50_ms=%.3f wrk_p99_ms=%.3f\n",
    summary.requests / seconds, percentile(all, total, 50), percentile(all, total, 99), summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  local i = 0
  for path in string.gmatch(threads[1]:get("path_list"), "[^\n]+") do
    i = i + 1
    if per[i] then io.write(string.format("path p50_ms=%.3f requests=%d %s\n", percentile(per[i], per_total[i], 50), per_total[i], path)) end
  end
end
