-- GET of one whole report by key, a different city and year each time (args: cities first_year last_year);
-- first_year 0: GET of the city alone.
dofile("bench/wrk-report.lua")
local cities, first, last = 1000, 1999, 2023
function init(args)
  cities, first, last = tonumber(args[1]), tonumber(args[2]), tonumber(args[3])
  math.randomseed(os.time() + math.random(1000))
end
function request()
  if first == 0 then
    return wrk.format("GET", string.format("/api/v1/cities/city-%04d", math.random(cities)))
  end
  return wrk.format("GET", string.format("/api/v1/cities/city-%04d/reports/%d", math.random(cities), math.random(first, last)))
end
