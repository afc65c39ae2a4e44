-- GET /auth/me with a bearer token from $TOKEN; $PREFIX (say /clients/connector) puts it under a client's path.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.path = (os.getenv("PREFIX") or "") .. "/api/v1/auth/me"
