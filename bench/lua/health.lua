-- GET /health: a route with nothing of its own to do (the floor under /me, bench/run.sh me-floor)
wrk.method = "GET"
wrk.path = "/health"
