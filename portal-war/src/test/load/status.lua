package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
request = function()
  local u = pick()
  return wrk.format("GET", "/api/v1/service-years/" .. u.year .. "/status", { ["Authorization"] = u.auth })
end
