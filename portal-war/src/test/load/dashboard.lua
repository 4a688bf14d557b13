package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
request = function()
  local u = pick()
  return wrk.format("GET", "/volunteer/home.xhtml", { ["Cookie"] = "JSESSIONID=" .. u.session })
end
