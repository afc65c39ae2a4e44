Feature: Each seed's own client works against Gerbang with only its base URL changed
  The client code the teams wrote against their own backends (features/clients/), run as written: it signs in
  on node A and goes on on node B, through its client app's path (API.md, "Client apps" and "Dialects").

  Scenario: The desktop connector signs in, reads user_id from the bare answer, refreshes and logs out
    When the desktop connector's own client runs against node A and node B
    Then every step of that client passes

  Scenario: The campus app's middleware verifies Gerbang's token with its own secret and scopes by prodi_id
    When the campus app's own sign-in and middleware run against node A and node B
    Then every step of that client passes

  Scenario: The tenant portal keeps its first refresh token through many refreshes
    When the tenant portal's own auth client runs against node A and node B
    Then every step of that client passes

  @short-tokens
  Scenario: The tenant portal's first refresh token outlives several access tokens
    When the tenant portal's own auth client outlives several access tokens against node A and node B
    Then every step of that client passes

  @short-tokens
  Scenario: Seed 001's chat keeps its socket past a native access token's life with its client's day-long tokens
    When seed 001's chat front end keeps a socket open through its client against node A and node B
    Then every step of that client passes

  Scenario: The RBAC auth API's front end reads its summaries and Indonesian words, and a logout ends every session
    When the RBAC auth API's curl examples run against node A and node B
    Then every step of that client passes
