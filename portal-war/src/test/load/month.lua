package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- the tutor's month page: a volunteer's last month, opened by their tutor, totals and the decision card
request = function()
  local u = pick()
  return wrk.format("GET", "/year/month.xhtml?id=" .. u.year .. "&month=" .. month, { ["Cookie"] = "JSESSIONID=" .. u.tutorSession })
end
