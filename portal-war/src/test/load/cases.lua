package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- a social worker's case list: the first page (50) of their Municipio's cases, newest first
request = function()
  return wrk.format("GET", "/api/v1/cases", { ["Authorization"] = socialWorkers[math.random(#socialWorkers)] })
end
