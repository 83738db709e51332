-- Rotates over the paths given after "--", each optionally "path|etag" to send If-None-Match.
dofile("bench/wrk-report.lua")
local paths, tags, n = {}, {}, 0
function init(args)
  for i, a in ipairs(args) do
    local p, t = a:match("^([^|]*)|?(.*)$")
    paths[i], tags[i] = p, t
  end
end
function request()
  n = n + 1
  local i = (n % #paths) + 1
  local headers = {}
  if tags[i] ~= "" then headers["If-None-Match"] = tags[i] end
  return wrk.format("GET", paths[i], headers)
end
