-- wrk script: every request reads one room (no write). ROOM_ID and AUTHORIZATION come from the environment.
wrk.method = "GET"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
wrk.path = "/v1/rooms/" .. os.getenv("ROOM_ID")
