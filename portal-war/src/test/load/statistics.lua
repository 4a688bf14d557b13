package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- the coordinator's case statistics (aggregate SQL over every case)
request = function()
  return wrk.format("GET", "/api/v1/case-statistics", { ["Authorization"] = coordinator })
end
