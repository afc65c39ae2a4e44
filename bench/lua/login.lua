-- POST /auth/login, cycling through four demo users (every login opens a real session).
-- With FORWARDED=1 each request comes through a trusted proxy (the bench server believes X-Forwarded-For
-- from 127.0.0.1) for another client address, so that with the limits on every login goes through all its
-- checks and none is refused: the cost of the limits, not of a 429.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local ids = {"800000001", "100000001", "100000002", "100000003"}
local forwarded = os.getenv("FORWARDED") == "1"
local n = 0
request = function()
  n = n + 1
  local body = '{"user_identity":"' .. ids[(n % #ids) + 1] .. '","password":"password123"}'
  local headers = nil
  if forwarded then
    -- wrk.format takes these instead of wrk.headers, so the content type goes in again
    headers = {["Content-Type"] = "application/json", ["X-Forwarded-For"] = "10." .. (math.floor(n / 65536) % 256) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)}
  end
  return wrk.format(nil, (os.getenv("PREFIX") or "") .. "/api/v1/auth/login", headers, body)
end
