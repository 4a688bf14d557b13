package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- a coordinator's export: one project's entries since the first of last month as CSV (100 volunteers, a few thousand rows), streamed
request = function()
  local p = projects[math.random(#projects)]
  return wrk.format("GET", "/api/v1/entries?format=csv&project=" .. p .. "&from=" .. month .. "-01",
    { ["Authorization"] = coordinator })
end
