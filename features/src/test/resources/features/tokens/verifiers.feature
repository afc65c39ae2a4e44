Feature: Other services check Gerbang's tokens with their usual libraries, from the published metadata alone
  Each tenant is an issuer with its own ES256 keys (API.md, "Tokens other services can check"). A service that
  knows only a tenant's issuer reads its metadata, fetches its key set and verifies, with jose (Node), Spring
  Security's resource server (Java) or PyJWT (Python): no secret is shared, and tokens of another tenant, or tampered
  ones, are refused. A planned rotation publishes the next key ahead, so a verifier that keeps its key set verifies
  the tokens of the old key and of the new one.

  Background:
    Given Gerbang is running with the demo data

  Scenario Outline: <library> verifies tenant 1's tokens across a rotation and refuses what is not tenant 1's
    Given <library> checks tokens knowing only the issuer of tenant 1
    When "naruto@company.com" gets tokens from tenant 1's token endpoint as "first"
    And "mitra@lain.com" gets tokens from tenant 2's token endpoint as "tenant 2's"
    And tenant 1's signing key is rotated at the command line
    Then the verifier accepts "first" as user 2's
    And the verifier refuses "tenant 2's"
    And the verifier refuses "first" with one claim changed
    When the new key's lead has passed
    And "naruto@company.com" gets tokens from tenant 1's token endpoint as "second"
    Then "first" and "second" are signed by different keys
    And the verifier accepts "second" as user 2's
    And the verifier accepts "first" as user 2's

    Examples:
      | library |
      | jose    |
      | Spring  |
      | PyJWT   |

  Scenario: A standard OAuth client signs in, refreshes, introspects and revokes through the standard endpoints
    When a standard OAuth client signs in as "naruto@company.com", refreshes, introspects and revokes at tenant 1
    Then every step of the OAuth client passes
