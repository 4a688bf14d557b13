package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- 15 minutes of service on a random Saturday before today: weekends are free in the load data (a Saturday, not also
-- a Sunday: at most 6 days of service a week). The current month
-- is open; earlier months are submitted or approved, so locked, except the last one in a month's first week (the
-- loader leaves it open then, as a volunteer who has not sent it yet). A Saturday takes 32 such entries before the daily
-- maximum (later ones get 422 after the same full check).
local days = {}
local now = os.time()
local today = os.date("*t", now)
local t = now - 24 * 3600
local function open(d)
  if d.month == today.month then return true end
  local last = (today.month + 10) % 12 + 1
  return today.day <= 7 and d.month == last
end
while open(os.date("*t", t)) do
  local d = os.date("*t", t)
  if d.wday == 7 then table.insert(days, os.date("%Y-%m-%d", t)) end
  t = t - 24 * 3600
end
assert(#days > 0, "no Saturday yet in the open months: run the load test later in the week")
request = function()
  local u = pick()
  local body = string.format('{"date":"%s","category":"SERVICE","minutes":15,"activityType":"COMMUNICATION"}',
    days[math.random(#days)])
  return wrk.format("POST", "/api/v1/service-years/" .. u.year .. "/entries",
    { ["Authorization"] = u.auth, ["Content-Type"] = "application/json" }, body)
end
