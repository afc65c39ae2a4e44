@limits-on
Feature: Request limits that hold against guessing without locking the owner out
  Sign-ins are limited per client address, wrong passwords and codes per account and address, refreshes
  and session checks per user: shared by both nodes, per tenant, answered 429 TOO_MANY_REQUESTS with
  Retry-After. The client address is the connection's peer; X-Forwarded-For is believed only from the
  trusted proxy (127.0.0.9 here). Each scenario starts with every counter full.

  Background:
    Given Gerbang is running with the demo data

  Scenario: Ten sign-ins a minute from one address, then 429 until one comes back
    When Sakura signs in 11 times from "127.0.0.2"
    Then the first 10 were answered 200
    And the answer is 429 with code "TOO_MANY_REQUESTS"
    And the answer says to retry after at most 6 seconds
    When Sakura signs in from "127.0.0.3"
    Then the answer is 200

  Scenario: Five wrong passwords lock that account from that address only
    When someone tries a wrong password for Naruto 5 times from "127.0.0.2"
    Then all of them were answered 401
    When Naruto signs in from "127.0.0.2"
    Then the answer is 429 with code "TOO_MANY_REQUESTS"
    And the answer says to retry after at most 180 seconds
    When Naruto signs in from "127.0.0.3"
    Then the answer is 200
    When Sakura signs in from "127.0.0.2"
    Then the answer is 200

  Scenario: A name nobody has is limited exactly like a real account
    When someone tries a wrong password for the unknown identity "123123123" 5 times from "127.0.0.2"
    Then all of them were answered 401
    When the unknown identity "123123123" signs in with a right-looking password from "127.0.0.2"
    Then the answer is 429 with code "TOO_MANY_REQUESTS"

  Scenario: Both nodes count the same failures and the same sign-ins
    When someone tries a wrong password for Kakashi 3 times from "127.0.0.4"
    And someone tries a wrong password for Kakashi 2 times from "127.0.0.4" on node B
    Then all of them were answered 401
    When Kakashi signs in from "127.0.0.4"
    Then the answer is 429 with code "TOO_MANY_REQUESTS"
    When Kakashi signs in from "127.0.0.4" on node B
    Then the answer is 429 with code "TOO_MANY_REQUESTS"
    When Sakura signs in from "127.0.0.4" on node B
    Then the answer is 200
    When Sakura signs in from "127.0.0.4"
    Then the answer is 200
    # 3 + 2 + 2 + 2 sign-ins so far from 127.0.0.4, on either node: the tenth is the last
    When Sakura signs in from "127.0.0.4" on node B
    Then the answer is 200
    When Sakura signs in from "127.0.0.4"
    Then the answer is 429 with code "TOO_MANY_REQUESTS"

  Scenario: A forged X-Forwarded-For from a peer that is not a trusted proxy is not believed
    When someone at "127.0.0.5" tries 5 wrong passwords for Naruto, each claiming another address in X-Forwarded-For
    Then all of them were answered 401
    When someone at "127.0.0.5" signs in as Naruto claiming "10.9.9.9" in X-Forwarded-For
    Then the answer is 429 with code "TOO_MANY_REQUESTS"

  Scenario: The trusted proxy's X-Forwarded-For names the client
    When the trusted proxy forwards 5 wrong passwords for Naruto from "10.0.0.1"
    Then all of them were answered 401
    When the trusted proxy forwards Naruto's sign-in from "10.0.0.1"
    Then the answer is 429 with code "TOO_MANY_REQUESTS"
    When the trusted proxy forwards Naruto's sign-in from "10.0.0.2"
    Then the answer is 200

  Scenario: Wrong second-factor codes count as failures too
    Given a fresh person has signed in
    And the person has two-factor on
    When the person signs in with their password
    And the person sends the mfa_token with a wrong code 5 times
    Then every one of them was answered 401 with code "MFA_CODE_INVALID"
    When the person signs in with their password
    Then the answer is 429 with code "TOO_MANY_REQUESTS"

  Scenario: A second step with a made-up mfa_token is a sign-in request too
    When someone sends 11 made-up mfa_tokens to /login-2fa from "127.0.0.8"
    Then the first 10 were answered 401
    And the answer is 429 with code "TOO_MANY_REQUESTS"

  Scenario: Past 50 failures an hour the account is slowed, never locked, and the owner's sign-in ends it
    When someone tries a wrong password for Kakashi 5 times from each of 10 addresses
    And someone tries a wrong password for Kakashi from "127.0.1.11"
    Then it was answered 401 only after at least 250 ms
    When someone tries a wrong password for Kakashi from "127.0.1.11"
    Then it was answered 401 only after at least 500 ms
    When Kakashi signs in from "127.0.1.12"
    Then the answer is 200
    When someone tries a wrong password for Kakashi from "127.0.1.13"
    Then it was answered 401 without the slow-down

  Scenario: Five refreshes a minute per user
    When Sakura signs in from "127.0.0.6" and refreshes 6 times
    Then the first 5 were answered 200
    And the answer is 429 with code "TOO_MANY_REQUESTS"
    And the answer says to retry after at most 12 seconds

  Scenario: Twenty session checks a minute per user, on either node
    When Naruto signs in from "127.0.0.7" and lists their sessions 21 times
    Then the first 20 were answered 200
    And the answer is 429 with code "TOO_MANY_REQUESTS"
