-- Reads for bench/outage.sh, in turn: a report by key, the stats totals, the city list (args: log directory).
-- outage.sh runs one connection per wrk thread, so request() and response() of a thread alternate and each
-- request's latency can be taken here: every thread logs "sent_epoch latency_ms status endpoint problem" to a file
-- of its own; problem is ok / bad for a 503 (bad: not application/problem+json, no Retry-After, or no "status":503
-- in the body), - otherwise. done() prints the per-second counts of each status, all threads together.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long sec; long nsec; } outage_timespec;
  int clock_gettime(int clock, outage_timespec *ts);
]]
local ts = ffi.new("outage_timespec")
local function now() -- wall clock with ns resolution, comparable with `date +%s.%N` in outage.sh
  ffi.C.clock_gettime(0, ts)
  return tonumber(ts.sec) + tonumber(ts.nsec) * 1e-9
end

local paths = { "/api/v1/cities/bratsk/reports/2023", "/api/v1/stats/totals?metric=press_releases&year=2023",
  "/api/v1/cities" }
local names = { "report", "totals", "cities" }
local threads = {}
local n, which, sent, out, lines = 0, 1, 0, nil, 0
seconds = {} -- seconds["<os.time()> <status>"] = count, read by done() through thread:get

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_no", #threads)
end

function init(args)
  out = assert(io.open(string.format("%s/wrk-%d.log", args[1], thread_no), "w"))
end

function request()
  n = n + 1
  which = n % #paths + 1
  sent = now()
  return wrk.format("GET", paths[which])
end

function response(status, headers, body)
  local latency = (now() - sent) * 1000
  local problem = "-"
  if status == 503 then
    local type, retry = "", nil
    for k, v in pairs(headers) do
      local key = k:lower()
      if key == "content-type" then type = v elseif key == "retry-after" then retry = v end
    end
    local ok = type:find("application/problem+json", 1, true) and retry and body:find('"status":503', 1, true)
    problem = ok and "ok" or "bad"
  end
  out:write(string.format("%.3f %.3f %d %s %s\n", sent, latency, status, names[which], problem))
  lines = lines + 1
  if lines % 200 == 0 then out:flush() end
  local key = os.time() .. " " .. status
  seconds[key] = (seconds[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("seconds")) do total[key] = (total[key] or 0) + count end
  end
  local keys = {}
  for key in pairs(total) do table.insert(keys, key) end
  table.sort(keys)
  for _, key in ipairs(keys) do io.write(string.format("SECOND %s %d\n", key, total[key])) end
  local e = summary.errors
  io.write(string.format("WRK requests=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
    summary.requests, e.connect, e.read, e.write, e.timeout, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
