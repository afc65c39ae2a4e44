Feature: Tenants and languages
  X-Tenant-ID picks the tenant a person signs in to; nobody crosses from one tenant to another.
  Accept-Language: id answers in Indonesian; the codes never change with the language.

  Background:
    Given Gerbang is running with the demo data

  Scenario: Signing in to the partner tenant
    When a client naming tenant "2" logs in with identity "900000001" and password "password123"
    Then the answer is 200
    And the answer's data has "user.tenant.type" = "partner"

  Scenario: A person of one tenant does not exist in another
    When a client naming tenant "2" logs in with identity "800000001" and password "password123"
    Then the answer is 401 with code "INVALID_CREDENTIALS"

  Scenario: An inactive tenant may not sign in
    When a client naming tenant "3" logs in with identity "700000001" and password "password123"
    Then the answer is 403 with code "TENANT_FORBIDDEN"

  Scenario: A tenant header that is not a number
    When a client naming tenant "abc" logs in with identity "800000001" and password "password123"
    Then the answer is 400 with code "BAD_REQUEST"

  Scenario Outline: Indonesian messages, the same codes, and the summary the RBAC front ends match on
    When a client speaking "id-ID,id;q=0.9" logs in with identity "<identity>" and password "<password>"
    Then the answer is <status> with code "<code>"
    And the answer's "error" is "<message>"
    And the answer says "message" is "Login failed"

    Examples:
      | identity  | password    | status | code                | message                   |
      | 800000001 | wrong-pass  | 401    | INVALID_CREDENTIALS | kredensial tidak valid    |
      | 100000009 | password123 | 403    | ACCOUNT_INACTIVE    | akun pengguna tidak aktif |

  Scenario: Indonesian for a refresh token that is no good
    When a client speaking "id" sends POST "/api/v1/auth/refresh" with body:
      """
      {"refresh_token": "00000000000000000000000000000000000000000000000000000000000000ff"}
      """
    Then the answer is 401 with code "REFRESH_TOKEN_INVALID"
    And the answer's "error" is "refresh token tidak valid atau kedaluwarsa"
    And the answer says "message" is "Token refresh failed"

  Scenario: The summary is English in every language; the detail follows the language
    When a client speaking "id" sends POST "/api/v1/auth/login" with body:
      """
      {"user_identity": "800000001", "password": "password123"}
      """
    Then the answer is 200
    And the answer says "message" is "Login successful"
    When a client speaking "id" sends POST "/api/v1/auth/login" with body:
      """
      {"password": "password123"}
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer says "message" is "Invalid request"
    When a client sends GET "/api/v1/auth/me"
    Then the answer is 401 with code "TOKEN_MISSING"
    And the answer says "message" is "Token validation failed"
