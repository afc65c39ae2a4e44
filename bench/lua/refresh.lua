-- POST /auth/refresh, each request with a fresh valid token: every answer's new refresh token goes back
-- into the queue, so each session is a chain of rotations. Seed tokens come from $TOKENS (one a line),
-- split between wrk's threads.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local queue, head, tail = {}, 1, 0
local failures = 0

function setup(thread)
  thread:set("tid", (counter or 0))
  counter = (counter or 0) + 1
end

function init(args)
  local file = assert(io.open(os.getenv("TOKENS"), "r"))
  local threads = tonumber(os.getenv("THREADS") or "1")
  local i = 0
  for line in file:lines() do
    if i % threads == tid then
      tail = tail + 1
      queue[tail] = line
    end
    i = i + 1
  end
  file:close()
end

request = function()
  local token = queue[head]
  if token == nil then
    token = "exhausted" -- every chain broke: the answers say why (non-2xx)
  else
    queue[head] = nil
    head = head + 1
  end
  return wrk.format(nil, (os.getenv("PREFIX") or "") .. "/api/v1/auth/refresh", nil, '{"refresh_token":"' .. token .. '"}')
end

response = function(status, headers, body)
  local token = body:match('"refresh_token":"(%x+)"')
  if status == 200 and token then
    tail = tail + 1
    queue[tail] = token
  else
    failures = failures + 1
  end
end
