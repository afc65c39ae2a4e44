Feature: Client apps and the policies their sessions follow
  A client app belongs to one tenant, is served at /clients/{client_id}/ in its dialect, and sets the policies of
  the sessions opened through it; every refresh follows the client as it is then (API.md, "Client apps").

  Background:
    Given Gerbang is running with the demo data

  Scenario: An administrator makes, reads, changes and deletes a client app; its secret is shown once
    Given Hasbi has logged in
    When Hasbi makes the client app:
      """
      {"client_id": "uji-kampus", "name": "Kampus Uji", "dialect": "campus", "signing": "shared-secret",
       "access_ttl": 3600, "role_names": {"PRODI ADMIN": "prodi", "USER": "mahasiswa"},
       "origins": ["https://kampus.example"]}
      """
    Then the answer is 201
    And the answer's data has "client.client_id" = "uji-kampus"
    And the answer's data has "client.tenants" = "own"
    And the answer's data has "client.access_ttl" = "3600"
    And the answer's data has "client.role_names.PRODI ADMIN" = "prodi"
    When Hasbi lists the client apps
    Then the answer is 200
    And the client apps listed include "uji-kampus"
    And the client apps listed include "connector"
    And the answer shows no secret again
    When Hasbi changes the client app "uji-kampus" with:
      """
      {"access_ttl": 600, "language": "id"}
      """
    Then the answer is 200
    And the answer's data has "client.access_ttl" = "600"
    And the answer's data has "client.language" = "id"
    And the answer's data has "client.dialect" = "campus"
    When Hasbi reads the client app "uji-kampus"
    Then the answer is 200
    And the answer shows no secret again
    When Hasbi deletes the client app "uji-kampus"
    Then the answer is 200
    When a client sends POST "/clients/uji-kampus/api/auth/login" with body:
      """
      {"username": "100000003", "password": "password123"}
      """
    Then the answer's status is 404
    And the answer's "code" is "NOT_FOUND"
    When Hasbi reads the client app "uji-kampus"
    Then the answer is 404 with code "NOT_FOUND"

  Scenario: Client apps are administered only with clients.manage, and only one's own tenant's
    Given Kakashi has logged in
    And Mitra has logged in
    When Kakashi lists the client apps
    Then the answer is 403 with code "FORBIDDEN"
    When Mitra reads the client app "connector"
    Then the answer is 404 with code "NOT_FOUND"
    When Mitra lists the client apps
    Then the answer is 200
    And no client app is listed

  Scenario Outline: A client app that breaks a rule is refused, naming the field, and nothing is made
    Given Hasbi has logged in
    When Hasbi makes the client app:
      """
      <body>
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "<field>"

    Examples:
      | body                                                                        | field      |
      | {"client_id": "Bad Id!", "name": "X"}                                       | client_id  |
      | {"client_id": "ok-id", "name": ""}                                          | name       |
      | {"client_id": "ok-id", "name": "X", "access_ttl": 59}                       | access_ttl |
      | {"client_id": "ok-id", "name": "X", "access_ttl": 86401}                    | access_ttl |
      | {"client_id": "ok-id", "name": "X", "dialect": "soap"}                      | dialect    |
      | {"client_id": "ok-id", "name": "X", "refresh": "REUSE"}                     | refresh    |
      | {"client_id": "ok-id", "name": "X", "origins": ["*"]}                       | origins    |
      | {"client_id": "ok-id", "name": "X", "role_names": {"USER": ""}}             | role_names |

  Scenario: A client id that is taken is a conflict
    Given Hasbi has logged in
    When Hasbi makes the client app:
      """
      {"client_id": "connector", "name": "Another connector"}
      """
    Then the answer is 409 with code "CONFLICT"

  Scenario: A client's access TTL is its tokens' lifetime, and a changed TTL applies from the next refresh
    Given Hasbi has logged in
    When Hasbi makes the client app:
      """
      {"client_id": "uji-ttl", "name": "TTL", "access_ttl": 600}
      """
    Then the answer is 201
    When Naruto signs in through the client "uji-ttl"
    Then the access token lives 600 seconds and names "uji-ttl" as its audience
    When Hasbi changes the client app "uji-ttl" with:
      """
      {"access_ttl": 7200}
      """
    Then the answer is 200
    When that session is refreshed at the native API
    Then the answer is 200
    And the access token lives 7200 seconds and names "uji-ttl" as its audience
    When Hasbi changes the client app "uji-ttl" with:
      """
      {"signing": "shared-secret"}
      """
    Then the answer is 200
    And the answer shows a signing secret made just now
    When Naruto signs in through the client "uji-ttl"
    Then the answer is 200
    And the access token is signed with the client's secret

  Scenario: The chat front end's client gives day-long tokens, and the session says which client opened it
    When Naruto signs in through the client "chat"
    Then the access token lives 86400 seconds and names "chat" as its audience
    When that session lists its sessions
    Then the answer is 200
    And the current session names the client "chat"

  Scenario: A client that keeps its refresh token refreshes with it again and again; a rotating one does not
    When Naruto signs in through the portal client "portal"
    Then the answer's status is 200
    When that portal session is refreshed 4 times with the refresh token of its sign-in through "portal"
    Then the answer is 200
    And the answer's data holds only "access_token, expires_at"
    When Naruto signs in through the client "connector"
    And that session is refreshed through the client "connector"
    Then the answer's status is 200
    And the bare answer has a new "refresh_token"

  Scenario: Deleting a client ends the sessions opened through it, at once
    Given Hasbi has logged in
    When Hasbi makes the client app:
      """
      {"client_id": "uji-hapus", "name": "To be deleted"}
      """
    And Naruto signs in through the client "uji-hapus"
    And that session asks for its profile through the client "uji-hapus"
    Then the answer is 200
    When Hasbi deletes the client app "uji-hapus"
    And that session asks for its profile at the native API
    Then the answer is 401 with code "SESSION_REVOKED"
    When that session is refreshed at the native API
    Then the answer is 401 with code "REFRESH_TOKEN_INVALID"

  Scenario: A client's language words its errors when the request names none; a named language wins
    When a client sends POST "/clients/huminor/api/v1/auth/login" with body:
      """
      {"user_identity": "100000001", "password": "wrong-password"}
      """
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    And the answer's "error" is "kredensial tidak valid"
    And the answer's "message" is "Login failed"
    When a client sends POST "/clients/huminor/api/v1/auth/login" speaking "en" with body:
      """
      {"user_identity": "100000001", "password": "wrong-password"}
      """
    Then the answer's "error" is "invalid credentials"

  Scenario: A client's own origins may call its paths from a browser, and no other paths
    Given Hasbi has logged in
    When Hasbi makes the client app:
      """
      {"client_id": "uji-asal", "name": "Origins", "origins": ["https://asal.example"]}
      """
    And a browser from origin "https://asal.example" asks before POST "/clients/uji-asal/api/v1/auth/login" with its client
    Then the answer's status is 204
    And the answer has header "Access-Control-Allow-Origin" = "https://asal.example"
    When a browser from origin "https://asal.example" asks before POST "/api/v1/auth/login" with its client
    Then the answer's status is 403

  Scenario: A token signed with a client's own secret is good at that client's doors only
    When Kakashi signs in to the campus client "kampus" and asks at the native API who they are
    Then the answer is 401 with code "TOKEN_INVALID"

  Scenario: An unknown client is a 404 in the shape of the path it was asked at
    When a client sends POST "/clients/tidak-ada/api/auth/login" with body:
      """
      {"username": "100000003", "password": "password123"}
      """
    Then the answer's status is 404
    And the answer's "code" is "NOT_FOUND"
    And the bare answer has no "success"
    When a client sends POST "/clients/Tidak_Ada!/api/v1/auth/login" with body:
      """
      {"user_identity": "100000001", "password": "password123"}
      """
    Then the answer is 404 with code "NOT_FOUND"

  Scenario: The connector's dialect: a bare token pair, FastAPI's errors, the OAuth2 password form
    When a client sends POST "/clients/connector/api/v1/auth/login" with body:
      """
      {"email": "naruto@company.com", "password": "password123"}
      """
    Then the bare answer is 200 with "user_id" = "2"
    And the bare answer is 200 with "token_type" = "bearer"
    When a client sends POST "/clients/connector/api/v1/auth/login" with the form "username=100000003&password=password123"
    Then the bare answer is 200 with "user_id" = "4"
    When a client sends POST "/clients/connector/api/v1/auth/login" with the form "username=100000003&password=password123&color=red"
    Then the bare answer is 422 with "code" = "VALIDATION_FAILED"
    And the bare answer is 422 with "detail.0.loc.1" = "color"
    When a client sends POST "/clients/connector/api/v1/auth/login" with the form "password=password123"
    Then the bare answer is 422 with "detail.0.loc.1" = "username"
    When a client sends POST "/clients/connector/api/v1/auth/login" with body:
      """
      {"email": "naruto@company.com", "password": "wrong-password"}
      """
    Then the bare answer is 401 with "detail" = "invalid credentials"
    And the bare answer is 401 with "code" = "INVALID_CREDENTIALS"
    When a client sends POST "/clients/connector/api/v1/auth/login" with body:
      """
      {"email": "naruto@company.com", "password": 
      """
    Then the bare answer is 422 with "detail.0.loc.0" = "body"
    When a client sends POST "/clients/connector/api/v1/auth/refresh" with body:
      """
      {}
      """
    Then the bare answer is 422 with "detail.0.loc.1" = "refresh_token"
    When a client sends POST "/clients/connector/api/v1/auth/refresh" with body:
      """
      {"refresh_token": "nope"}
      """
    Then the bare answer is 401 with "code" = "REFRESH_TOKEN_INVALID"
    When a client sends GET "/clients/connector/api/v1/auth/me"
    Then the bare answer is 401 with "code" = "TOKEN_MISSING"

  Scenario: The campus dialect: {user, token}, and {error, code} when refused
    When a client sends POST "/clients/kampus/api/auth/login" with body:
      """
      {"username": "hasbi@company.com", "password": "password123"}
      """
    Then the bare answer is 200 with "user.role" = "admin"
    And the bare answer is 200 with "user.prodi_id" = "null"
    And the bare answer is 200 with "user.username" = "800000001"
    When a client sends POST "/clients/kampus/api/auth/login" with body:
      """
      {"username": "100000003"}
      """
    Then the bare answer is 400 with "code" = "VALIDATION_FAILED"
    When a client sends POST "/clients/kampus/api/auth/login" with body:
      """
      ["100000003", "password123"]
      """
    Then the bare answer is 400 with "code" = "BAD_REQUEST"
    When a client sends GET "/clients/kampus/api/auth/me"
    Then the bare answer is 401 with "code" = "TOKEN_MISSING"
    And the bare answer is 401 with "error" = "access token is missing"

  Scenario: The portal dialect answers in the envelope without pagination
    When a client sends POST "/clients/portal/auth/login" with body:
      """
      {"email": "naruto@company.com", "password": "wrong-password"}
      """
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    And the answer's meta has no pagination
    When a client sends POST "/clients/portal/auth/refresh" with body:
      """
      {}
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "refresh_token"

  Scenario: An inactive account is refused in each dialect's shape
    When a client sends POST "/clients/connector/api/v1/auth/login" with body:
      """
      {"email": "inactive@company.com", "password": "password123"}
      """
    Then the bare answer is 403 with "code" = "ACCOUNT_INACTIVE"
    And the bare answer is 403 with "detail" = "user account is inactive"
    When a client sends POST "/clients/kampus/api/auth/login" with body:
      """
      {"username": "100000009", "password": "password123"}
      """
    Then the bare answer is 403 with "code" = "ACCOUNT_INACTIVE"
    And the bare answer is 403 with "error" = "user account is inactive"
    When a client sends POST "/clients/portal/auth/login" with body:
      """
      {"email": "inactive@company.com", "password": "password123"}
      """
    Then the answer is 403 with code "ACCOUNT_INACTIVE"
    And the answer's meta has no pagination

  @limits-on
  Scenario: Too many sign-ins are refused in each dialect's shape, with Retry-After
    When a client sends POST "/clients/connector/api/v1/auth/login" 11 times with body:
      """
      {"email": "naruto@company.com", "password": "wrong-password"}
      """
    Then the bare answer is 429 with "code" = "TOO_MANY_REQUESTS"
    And the bare answer has the header "Retry-After"
    When a client sends POST "/clients/kampus/api/auth/login" with body:
      """
      {"username": "100000001", "password": "wrong-password"}
      """
    Then the bare answer is 429 with "code" = "TOO_MANY_REQUESTS"
    And the bare answer has the header "Retry-After"
