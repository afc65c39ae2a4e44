Feature: The edges of the HTTP API
  Every answer carries the envelope and a request id; bad bodies get a clear 400 and change nothing.

  Background:
    Given Gerbang is running with the demo data

  Scenario: The client's request id comes back; without one a new one is made
    When a client sends GET "/health" with request id "abc-123"
    Then the answer has header "X-Request-ID" = "abc-123"
    And the answer says "meta.request_id" is "abc-123"
    When a client sends GET "/health" with request id "not sane!"
    Then the answer's header "X-Request-ID" is a new id

  Scenario: Liveness and readiness
    When a client sends GET "/health"
    Then the answer is 200
    When a client sends GET "/ready"
    Then the answer is 200
    And the answer's data has "stores.postgresql" = "UP"
    And the answer's data has "stores.redis" = "UP"

  Scenario: Paths and methods that do not exist
    When a client sends GET "/api/v1/nowhere"
    Then the answer is 404 with code "NOT_FOUND"
    When a client sends DELETE "/api/v1/auth/login"
    Then the answer is 405 with code "METHOD_NOT_ALLOWED"

  Scenario: CORS for an allowed origin, none for another
    When a client from origin "http://localhost:3000" sends GET "/health"
    Then the answer has header "Access-Control-Allow-Origin" = "http://localhost:3000"
    And the answer has header "Access-Control-Allow-Credentials" = "true"
    When a client from origin "http://evil.example" sends GET "/health"
    Then the answer has no header "Access-Control-Allow-Origin"
    When a browser from origin "http://localhost:3000" asks before POST "/api/v1/auth/login"
    Then the answer is 204
    And the answer has header "Access-Control-Allow-Origin" = "http://localhost:3000"
    When a browser from origin "http://evil.example" asks before POST "/api/v1/auth/login"
    Then the answer is 403 with code "FORBIDDEN"

  Scenario Outline: Bad bodies get a 400 and sign nobody in
    Given Naruto's sessions are counted
    When a client sends a body that is "<body>" to "/api/v1/auth/login"
    Then the answer is 400 with code "<code>"
    And the answer carries no stack trace nor SQL
    And Naruto has as many sessions as before

    Examples:
      | body                        | code              |
      | not JSON                    | BAD_REQUEST       |
      | empty                       | BAD_REQUEST       |
      | a JSON array                | BAD_REQUEST       |
      | a password that is a number | VALIDATION_FAILED |
      | no password                 | VALIDATION_FAILED |
      | neither identity nor email  | VALIDATION_FAILED |
      | objects nested 2000 deep    | BAD_REQUEST       |
      | 2 MB long                   | BAD_REQUEST       |
      | an identity with a NUL byte | VALIDATION_FAILED |
      | a malformed email           | VALIDATION_FAILED |

  Scenario: The right JSON with the wrong content type
    When a client sends the right JSON as text/plain to "/api/v1/auth/login"
    Then the answer is 400 with code "BAD_REQUEST"

  Scenario: SQL-looking input is only text
    When a client logs in with identity "'OR'1'='1'--" and password "' OR '1'='1"
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    When a client logs in with email "x'or'1'='1@a.io" and password "password123"
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    When a client logs in with identity "1; DROP TABLE users" and password "password123"
    Then the answer is 400 with code "VALIDATION_FAILED"
    When Hasbi logs in with identity "800000001" and password "password123"
    Then the answer is 200

  Scenario Outline: Odd requests get a clean 4xx in the envelope, with a request id
    When a client sends <request>
    Then the answer is <status> with code "<code>"
    And the answer carries a request id and no stack trace

    Examples:
      | request                                                   | status | code        |
      | GET "/api/v1/auth/me" with an Authorization of 10000 characters | 431 | BAD_REQUEST |
      | GET "/api/v1/auth/me" with headers of 70000 characters     | 431    | BAD_REQUEST |
      | GET "/api/v1/auth/me" with a body                          | 400    | BAD_REQUEST |
      | DELETE "/api/v1/auth/sessions/x" with a body               | 400    | BAD_REQUEST |
      | GET "/api/v1/users" with a cursor of 10000 characters      | 414    | BAD_REQUEST |
      | GET "/api/v1/" with a path of 5000 more characters         | 414    | BAD_REQUEST |
      | POST "/api/v1/auth/logout" with a "token" of 9000 characters | 400  | VALIDATION_FAILED |
      | POST "/api/v1/auth/logout" with a "refresh_token" of 9000 characters | 400 | VALIDATION_FAILED |
      | POST "/api/v1/auth/refresh" with a "refresh_token" of 9000 characters | 400 | VALIDATION_FAILED |

  Scenario Outline: Odd ids and odd text change nobody
    Given Hasbi has logged in
    When Hasbi calls <method> "<path>" with:
      """
      <body>
      """
    Then the call answers <status> with code "<code>"
    And Hasbi's profile name is still "Hasbi Due"

    Examples:
      | method | path                | body                                                      | status | code              |
      | PATCH  | /api/v1/users/+1    | {"name": "Renamed"}                                       | 404    | NOT_FOUND         |
      | PATCH  | /api/v1/users/1;1   | {"name": "Renamed"}                                       | 404    | NOT_FOUND         |
      | PATCH  | /api/v1/users/01    | {"name": "Renamed"}                                       | 404    | NOT_FOUND         |
      | PATCH  | /api/v1/users/1     | {"name": "Renamed\ud800"}                                 | 400    | VALIDATION_FAILED |
      | PATCH  | /api/v1/users/1     | {"name": "Renamed", "name": "Twice"}                      | 400    | BAD_REQUEST       |
      | POST   | /api/v1/tasks       | {"title": "invoice\u202Efdp.exe", "unit_id": 2}           | 400    | VALIDATION_FAILED |
      | POST   | /api/v1/tasks       | {"title": "odd\uFFFF", "unit_id": 2}                      | 400    | VALIDATION_FAILED |
      | POST   | /api/v1/users       | {"user_identity": "1", "user_identity": "2", "email": "x@y.id", "name": "X", "password": "secret1"} | 400 | BAD_REQUEST |

  Scenario: A token is bound to its session's tenant, and never issued in the future
    Given Hasbi has logged in
    When Hasbi lists the users with his token re-signed for tenant 2
    Then the answer is 401 with code "SESSION_REVOKED"
    When Hasbi lists the users with his token re-signed as issued an hour from now
    Then the answer is 401 with code "TOKEN_INVALID"
    When Hasbi lists the users with his token re-signed as issued 30 seconds from now
    Then the answer is 200
