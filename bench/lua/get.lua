-- GET $TARGET (path and query) with a bearer token from $TOKEN.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.path = os.getenv("TARGET")
