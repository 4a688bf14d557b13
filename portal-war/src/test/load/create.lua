package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- 15 minutes of service on a random Saturday of the past year: Saturdays are free in the load data, and a
-- Saturday takes 32 such entries before the daily maximum (later ones get 422 after the same full check)
local saturdays = {}
local t = os.time() - 7 * 24 * 3600
while #saturdays < 50 do
  local d = os.date("*t", t)
  if d.wday == 7 then table.insert(saturdays, os.date("%Y-%m-%d", t)) end
  t = t - 24 * 3600
end
request = function()
  local u = pick()
  local body = string.format('{"date":"%s","category":"SERVICE","minutes":15,"activityType":"COMMUNICATION"}',
    saturdays[math.random(#saturdays)])
  return wrk.format("POST", "/api/v1/service-years/" .. u.year .. "/entries",
    { ["Authorization"] = u.auth, ["Content-Type"] = "application/json" }, body)
end
