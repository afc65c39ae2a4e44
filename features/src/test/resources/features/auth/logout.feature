@through-a-balancer
Feature: Signing out
  A session ends with its refresh token, with an access token of it, with the bearer token alone, or,
  for all sessions of a person, by user id. An ended session is refused at once, on every node.

  Background:
    Given Gerbang is running with the demo data

  Scenario: Signing out with the refresh token
    Given Naruto has logged in
    When Naruto logs out with the refresh token
    Then the answer is 200
    And the answer's data has "message" = "Logout successful"
    When Naruto asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"
    When Naruto refreshes
    Then the answer is 401 with code "REFRESH_TOKEN_INVALID"

  Scenario: Signing out with an access token in the body
    Given Naruto has logged in
    When Naruto logs out with the access token in the body
    Then the answer is 200
    When Naruto asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"

  Scenario: Signing out with only the Authorization header, seen at once on the other node
    Given Naruto has logged in
    When Naruto logs out with the bearer token alone
    Then the answer is 200
    When Naruto asks the other node for their profile
    Then the answer is 401 with code "SESSION_REVOKED"

  Scenario: Ending all of one's own sessions by user id
    Given Sakura has logged in twice
    When Sakura logs out every session of user 3
    Then the answer is 200
    When Sakura asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"
    When Sakura uses their first session to ask for their profile
    Then the answer is 401 with code "SESSION_REVOKED"

  Scenario: Only a holder of auth.sessions.manage ends somebody else's sessions
    Given Naruto has logged in
    And Kakashi has logged in
    When Kakashi logs out every session of user 2
    Then the answer is 403 with code "FORBIDDEN"
    Given Hasbi has logged in
    When Hasbi logs out every session of user 2
    Then the answer is 200
    When Naruto asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"

  Scenario: An administrator of another tenant finds nobody to sign out
    Given Mitra has logged in
    When Mitra logs out every session of user 2
    Then the answer is 404 with code "NOT_FOUND"
