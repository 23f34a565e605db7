-- wrk script: every request creates a room (one committed transaction each).
-- AUTHORIZATION comes from the environment (set by durability-cost.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
wrk.body = '{"name": "Load test room"}'
wrk.path = "/v1/rooms"
