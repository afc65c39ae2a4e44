@through-a-balancer
Feature: Seeing and ending sessions
  A person sees their own sessions and ends any of them; an administrator with auth.sessions.manage
  sees which tokens anybody of the tenant holds, by id only, never the tokens themselves.

  Background:
    Given Gerbang is running with the demo data

  Scenario: Listing one's sessions, the current one marked
    Given Kakashi has logged in twice
    When Kakashi lists their sessions
    Then the answer is 200
    And the list holds Kakashi's 2 sessions, exactly one of them current

  Scenario: Ending another of one's own sessions
    Given Kakashi has logged in twice
    When Kakashi ends their first session from the second
    Then the answer is 200
    When Kakashi uses their first session to ask for their profile
    Then the answer is 401 with code "SESSION_REVOKED"
    When Kakashi asks for their profile
    Then the answer is 200

  Scenario: Somebody else's session does not exist for you
    Given Naruto has logged in
    And Sakura has logged in
    When Sakura tries to end Naruto's session
    Then the answer is 404 with code "NOT_FOUND"
    When Naruto asks for their profile
    Then the answer is 200

  Scenario: Checking a user's tokens shows ids, never tokens
    Given Naruto has logged in
    And Hasbi has logged in
    When Hasbi checks the tokens of user 2
    Then the answer is 200
    And the answer lists at least 1 access token and 1 refresh token for Naruto
    And the answer does not contain Naruto's tokens
    When Hasbi counts the sessions of user 2
    Then the answer is 200
    And the answer's data has "user_id" = "2"

  Scenario: A plain user checks only their own tokens
    Given Naruto has logged in
    When Naruto checks the tokens of user 1
    Then the answer is 403 with code "FORBIDDEN"
    When Naruto counts the sessions of user 2
    Then the answer is 200

  Scenario: Cleaning up expired sessions needs auth.sessions.manage
    Given Naruto has logged in
    And Hasbi has logged in
    When Naruto cleans up expired sessions
    Then the answer is 403 with code "FORBIDDEN"
    When Hasbi cleans up expired sessions
    Then the answer is 200

  Scenario: Changing one's password ends every other session
    Given Sakura has logged in twice
    When Sakura changes the password from "password123" to "new-password-1"
    Then the answer is 200
    When Sakura uses their first session to ask for their profile
    Then the answer is 401 with code "SESSION_REVOKED"
    When Sakura asks for their profile
    Then the answer is 200
    When a client logs in with identity "100000002" and password "password123"
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    When a client logs in with identity "100000002" and password "new-password-1"
    Then the answer is 200
    When Sakura changes the password from "new-password-1" to "password123"
    Then the answer is 200

  Scenario: A new password must have at least six characters
    Given Sakura has logged in
    When Sakura changes the password from "password123" to "short"
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "new_password"
