-- wrk script for the review desk: each request loads one of the paths given after `--`, in
-- turn (for instance the pages of several disputes).
--   wrk -t2 -c50 -d30s --latency -s Scripts/desk_wrk.lua http://127.0.0.1:8080 -- /disputes/1 /disputes/2
local paths = {}
local counter = 0

function init(args)
  for _, path in ipairs(args) do paths[#paths + 1] = path end
  if #paths == 0 then paths[1] = "/disputes?status=open" end
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
