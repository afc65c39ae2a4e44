@through-a-balancer
Feature: Signing in
  A web, mobile or desktop client signs a person in with their identity number or e-mail and a password,
  and gets a token pair with the person's profile. The desktop connector needs user_id right in the answer.

  Background:
    Given Gerbang is running with the demo data

  Scenario: Signing in with the identity number
    When Hasbi logs in with identity "800000001" and password "password123"
    Then the answer is 200
    And the answer says "message" is "Login successful"
    And the answer's data has "token_type" = "Bearer"
    And the answer's data has "expires_in" = "900"
    And the answer's data has "user_id" = "1"
    And the answer's data has "user.name" = "Hasbi Due"
    And the answer's data has "user.tenant.name" = "PT. Huminor Tech"
    And the answer's data has "user.role_assignments.0.role_name" = "CONSOLE ADMIN"
    And the answer's data has "user.total_roles" = "1"
    And the refresh token in the answer is 64 hex digits
    And the answer never shows a password hash

  Scenario: Signing in with the e-mail address, whatever its case
    When Naruto logs in with email "NARUTO@Company.com" and password "password123"
    Then the answer is 200
    And the answer's data has "user.user_identity" = "100000001"

  Scenario: The login-email endpoint
    When a client sends POST "/api/v1/auth/login-email" with body:
      """
      {"email": "sakura@company.com", "password": "password123"}
      """
    Then the answer is 200
    And the answer's data has "user.name" = "Sakura Haruno"

  Scenario: The access token carries the home unit and the scope
    When Naruto logs in with identity "100000001" and password "password123"
    Then Naruto's access token says "unit_id" is "2"
    And Naruto's access token says "scope" is "{\"branches\":[],\"units\":[2]}"
    And Naruto's access token says "tid" is "1"
    When Hasbi logs in with identity "800000001" and password "password123"
    Then Hasbi's access token says "scope" is "tenant"

  Scenario: A unit is named with its code, where it has one
    When Naruto logs in with identity "100000001" and password "password123"
    Then the answer's data has "user.unit_code" = "TI"
    And the answer's data has "user.role_assignments.0.unit_code" = "TI"
    When Hasbi logs in with identity "800000001" and password "password123"
    Then the answer's data has "user.unit_code" = "null"

  Scenario Outline: A wrong password and an unknown person get the same answer
    When a client logs in with identity "<identity>" and password "<password>"
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    And the answer's "error" is "invalid credentials"

    Examples:
      | identity  | password      |
      | 800000001 | wrong-pass    |
      | 123456789 | password123   |

  Scenario: An inactive account may not sign in
    When a client logs in with identity "100000009" and password "password123"
    Then the answer is 403 with code "ACCOUNT_INACTIVE"

  Scenario: An inactive account with a wrong password learns nothing about the account
    When a client logs in with identity "100000009" and password "wrong-pass"
    Then the answer is 401 with code "INVALID_CREDENTIALS"

  # writes the imported hash into the one pair's own schema
  @stores-of-one-pair
  Scenario: A bcrypt hash imported from another system works, and a good sign-in makes it Argon2id
    Given a person whose stored password hash is a bcrypt hash of cost 10, imported from another system
    When the person signs in with a wrong password
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    And the stored hash is still the imported bcrypt hash
    When the person signs in with the imported password
    Then the answer is 200
    And the stored hash is an Argon2id hash with m=19456, t=2, p=1
    When the person signs in with the imported password
    Then the answer is 200
