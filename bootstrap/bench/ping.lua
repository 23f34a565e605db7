-- wrk script: participants of one room ping their sessions, round robin over the credentials in
-- the file CREDENTIALS (one per line, written by ping-load.sh). ROOM_ID comes from the environment.
local credentials = {}
for line in io.lines(os.getenv("CREDENTIALS")) do
  credentials[#credentials + 1] = line
end
local next = 0

request = function()
  next = next % #credentials + 1
  return wrk.format("POST", "/v1/rooms/" .. os.getenv("ROOM_ID") .. "/sessions/self/ping",
    {["Authorization"] = "Bearer " .. credentials[next]}, "")
end
-- wrk prints a "Non-2xx or 3xx responses" line when any request fails.
