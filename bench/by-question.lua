-- The p50 of each path inside a rotation (not used by run.sh; bench/notes.md cites it): the p50 of a mix of questions
-- falls between them, so this shows which one moved. wrk -t1 -c1 -d6s -s bench/by-question.lua URL -- path1 path2 ...
-- One thread and one connection: a request is timed from request() to response(), which wrk calls in turn.
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } timespec; int clock_gettime(int, timespec *); ]]
local ts = ffi.new("timespec")
local function now_ms() ffi.C.clock_gettime(1, ts); return tonumber(ts.tv_sec) * 1e3 + tonumber(ts.tv_nsec) / 1e6 end
local threads, paths, times = {}, {}, {}
local n, current, started = 0, 1, 0
summary = ""   -- read by done(), which runs in another Lua state: wrk copies strings between them, not tables

local function summarize()
  local lines = {}
  for i, path in ipairs(paths) do
    local t = {}
    for k, v in ipairs(times[i]) do t[k] = v end
    table.sort(t)
    lines[i] = string.format("p50 %.3f ms (%d requests) %s", t[math.floor(#t / 2) + 1] or 0, #t, path)
  end
  return table.concat(lines, "\n")
end

function setup(thread) threads[#threads + 1] = thread end
function init(args)
  for i, a in ipairs(args) do paths[i], times[i] = a, {} end
end
function request()
  n = n + 1
  current, started = (n - 1) % #paths + 1, now_ms()
  return wrk.format("GET", paths[current])
end
function response(status, headers, body)
  local t = times[current]
  t[#t + 1] = now_ms() - started
  if n % 300 == 0 then summary = summarize() end   -- the last 300 requests or fewer are left out
end
function done(summary_, latency, requests)
  for _, thread in ipairs(threads) do io.write(thread:get("summary"), "\n") end
end
