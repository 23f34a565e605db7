-- wrk script: every request asks Atrium for a join token of one room.
-- ROOM_ID and AUTHORIZATION come from the environment (set by token-load.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
wrk.body = '{"name": "Load Tester", "role": "PARTICIPANT", "userRef": "load-tester", "ttlSeconds": 900}'
wrk.path = "/v1/rooms/" .. os.getenv("ROOM_ID") .. "/tokens"

local statuses = {}

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  for status, count in pairs(statuses) do
    io.write(string.format("  status %d: %d responses\n", status, count))
  end
end
