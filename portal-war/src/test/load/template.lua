package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require "common"
-- the floor of every page: a signed-in page with little more than the portal's template (header, navigation,
-- sign-out form, messages) and one small form; what the dashboard and month pages cost beyond it is their own
request = function()
  local u = pick()
  return wrk.format("GET", "/account/password.xhtml", { ["Cookie"] = "JSESSIONID=" .. u.session })
end
