-- POST /auth/login, cycling through four demo users (every login opens a real session).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local ids = {"800000001", "100000001", "100000002", "100000003"}
local n = 0
request = function()
  n = n + 1
  local body = '{"user_identity":"' .. ids[(n % #ids) + 1] .. '","password":"password123"}'
  return wrk.format(nil, "/api/v1/auth/login", nil, body)
end
