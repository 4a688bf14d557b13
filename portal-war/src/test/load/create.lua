package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- 15 minutes of service on a random Saturday of the current month before today: Saturdays are free in the load
-- data and the current month is still open (earlier months are submitted or approved, so locked); a Saturday takes
-- 32 such entries before the daily maximum (later ones get 422 after the same full check). Early in a month, before
-- its first Saturday, there is no such day: run it later in the month.
local saturdays = {}
local now = os.time()
local month = os.date("*t", now).month
local t = now - 24 * 3600
while os.date("*t", t).month == month do
  local d = os.date("*t", t)
  if d.wday == 7 then table.insert(saturdays, os.date("%Y-%m-%d", t)) end
  t = t - 24 * 3600
end
assert(#saturdays > 0, "no Saturday yet in the current month: run the load test later in the month")
request = function()
  local u = pick()
  local body = string.format('{"date":"%s","category":"SERVICE","minutes":15,"activityType":"COMMUNICATION"}',
    saturdays[math.random(#saturdays)])
  return wrk.format("POST", "/api/v1/service-years/" .. u.year .. "/entries",
    { ["Authorization"] = u.auth, ["Content-Type"] = "application/json" }, body)
end
