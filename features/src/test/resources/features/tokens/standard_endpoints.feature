Feature: The standard endpoints answer bad requests as their RFCs say, and nothing is revoked that should not be
  RFC 6749 section 5.2 errors at the token endpoint, RFC 7662 and RFC 7009 at introspection and revocation; a
  tenant that does not exist or is closed publishes no keys and no metadata.

  Background:
    Given Gerbang is running with the demo data

  Scenario: The metadata is at both well-known locations and names the tenant's endpoints
    When a client sends GET "/t/1/.well-known/openid-configuration"
    Then the bare answer is 200 with "grant_types_supported.0" = "password"
    And the bare answer has a new "jwks_uri"
    When a client sends GET "/.well-known/oauth-authorization-server/t/1"
    Then the bare answer is 200 with "id_token_signing_alg_values_supported.0" = "ES256"

  Scenario: A tenant's key set holds public parts only and may be cached
    When a client sends GET "/t/1/jwks.json"
    Then the bare answer is 200 with "keys.0.alg" = "ES256"
    And the bare answer is 200 with "keys.0.crv" = "P-256"
    And the bare answer has no "d"
    And the answer has header "Cache-Control" = "public, max-age=300"

  Scenario Outline: A tenant that does not exist or is closed publishes nothing
    When a client sends GET "<path>"
    Then the bare answer is 404 with "error" = "not_found"

    Examples:
      | path                                          |
      | /t/99/jwks.json                               |
      | /t/3/jwks.json                                |
      | /t/3/.well-known/openid-configuration         |
      | /.well-known/oauth-authorization-server/t/99  |
      | /t/x1/jwks.json                               |

  Scenario Outline: The token endpoint refuses bad requests with RFC 6749's errors
    When a client sends POST "/t/1/token" with the form "<form>"
    Then the bare answer is <status> with "error" = "<error>"

    Examples:
      | form                                                                                     | status | error                  |
      | grant_type=client_credentials&client_id=gerbang                                          | 400    | unsupported_grant_type |
      | username=naruto%40company.com&password=password123&client_id=gerbang                     | 400    | invalid_request        |
      | grant_type=password&username=naruto%40company.com&password=password123                   | 401    | invalid_client         |
      | grant_type=password&username=naruto%40company.com&password=password123&client_id=nobody  | 401    | invalid_client         |
      | grant_type=password&username=mitra%40lain.com&password=password123&client_id=huminor     | 400    | invalid_grant          |
      | grant_type=password&username=naruto%40company.com&password=wrong&client_id=gerbang       | 400    | invalid_grant          |
      | grant_type=password&grant_type=password&client_id=gerbang                                | 400    | invalid_request        |
      | grant_type=refresh_token&refresh_token=0000&client_id=gerbang                            | 400    | invalid_grant          |
      | grant_type=refresh_token&client_id=gerbang                                               | 400    | invalid_request        |

  Scenario: A body that is JSON instead of a form is an invalid_request
    When a client sends POST "/t/1/token" with body:
      """
      {"grant_type": "password", "username": "naruto@company.com", "password": "password123", "client_id": "gerbang"}
      """
    Then the bare answer is 400 with "error" = "invalid_request"

  Scenario: A client of tenant 1 gets no tokens at tenant 2's endpoint
    When a client sends POST "/t/2/token" with the form "grant_type=password&username=mitra%40lain.com&password=password123&client_id=huminor"
    Then the bare answer is 401 with "error" = "invalid_client"
    And the bare answer has the header "WWW-Authenticate"

  Scenario Outline: Introspection needs a confidential client of the tenant, proven
    When a client sends POST "/t/1/introspect" with the form "<form>"
    Then the bare answer is 401 with "error" = "invalid_client"

    Examples:
      | form                                                                           |
      | token=abc                                                                      |
      | token=abc&client_id=gerbang                                                    |
      | token=abc&client_id=resource-server&client_secret=wrong                        |
      | token=abc&client_id=resource-server                                            |

  Scenario: A client revokes only its own tokens, and an unknown token is no error
    Given Naruto has logged in
    When client "huminor" revokes Naruto's refresh token at tenant 1
    Then the answer's status is 200
    And Naruto's session is still live
    When client "gerbang" revokes Naruto's refresh token at tenant 2
    Then the answer's status is 200
    And Naruto's session is still live
    When client "gerbang" revokes Naruto's access token at tenant 1
    Then the answer's status is 200
    And Naruto's session has ended
    When client "gerbang" revokes Naruto's access token at tenant 1
    Then the answer's status is 200

  Scenario: A public client of another tenant is no client here
    Given Naruto has logged in
    When client "huminor" revokes Naruto's refresh token at tenant 2
    Then the bare answer is 401 with "error" = "invalid_client"
    And Naruto's session is still live

  Scenario: A token that is no token is inactive, not an error
    When a client sends POST "/t/1/introspect" with the form "token=abc&client_id=resource-server&client_secret=resource-server-demo-secret-0123456789ab"
    Then the bare answer is 200 with "active" = "false"

  Scenario: A two-factor user is sent to /login by the password grant
    Given a fresh person has signed in
    And the person has two-factor on
    When the person asks tenant 1's token endpoint for tokens with their password
    Then the bare answer is 400 with "error" = "invalid_grant"
    And the bare answer is 400 with "error_description" = "two-factor sign-in needs /login"
