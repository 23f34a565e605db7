-- wrk script: every request asks Atrium for a join token of one room.
-- ROOM_ID and AUTHORIZATION come from the environment (set by token-load.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
wrk.body = '{"name": "Load Tester", "role": "PARTICIPANT", "userRef": "load-tester", "ttlSeconds": 900}'
wrk.path = "/v1/rooms/" .. os.getenv("ROOM_ID") .. "/tokens"
-- wrk prints a "Non-2xx or 3xx responses" line when any request fails.
