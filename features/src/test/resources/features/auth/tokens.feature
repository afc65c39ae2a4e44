Feature: Staying signed in
  An access token lives 15 minutes and is checked against its session on every call; the refresh token
  rotates on every use, and a token used twice outside the grace window ends the whole family.

  Background:
    Given Gerbang is running with the demo data

  Scenario: Reading one's own profile
    Given Kakashi has logged in
    When Kakashi asks for their profile
    Then the answer is 200
    And the answer's data has "name" = "Kakashi Hatake"
    And the answer's data has "unit_id" = "2"
    And the answer's data has "role_assignments.0.assignment_level" = "unit"
    And the answer's data has "role_assignments.0.unit_name" = "Teknik Informatika"
    And the answer's data lists "permissions" with "users.read"

  Scenario: Without a token, with a forged one, or with a stranger's tenant
    Given Kakashi has logged in
    When a client asks for the profile without a token
    Then the answer is 401 with code "TOKEN_MISSING"
    When a client asks for the profile with the token "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.forged"
    Then the answer is 401 with code "TOKEN_INVALID"
    When Kakashi asks for their profile naming tenant "2"
    Then the answer is 403 with code "TENANT_MISMATCH"

  Scenario: A refresh rotates the refresh token and keeps the user id in the answer
    Given Naruto has logged in
    When Naruto refreshes
    Then the answer is 200
    And the answer says "message" is "Token successfully refreshed"
    And the answer's data has "user_id" = "2"
    And the new refresh token differs from the one presented
    When Naruto asks for their profile
    Then the answer is 200

  Scenario: Two tabs racing with one refresh token both get the same new pair
    Given Sakura has logged in
    When 16 refreshes with Sakura's refresh token arrive at once, half on each node
    Then every one of them is answered 200 with the same new pair
    And Sakura can refresh with that new pair

  Scenario: A refresh token used again after the grace window ends the whole family
    Given Naruto has logged in
    And Naruto has refreshed
    When the grace window has passed
    And Naruto refreshes with the first refresh token again
    Then the answer is 401 with code "REFRESH_TOKEN_REUSED"
    When Naruto refreshes
    Then the answer is 401 with code "REFRESH_TOKEN_INVALID"
    When Naruto asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"

  Scenario: A refresh token that was never issued
    When a client sends POST "/api/v1/auth/refresh" with body:
      """
      {"refresh_token": "00000000000000000000000000000000000000000000000000000000000000ff"}
      """
    Then the answer is 401 with code "REFRESH_TOKEN_INVALID"
