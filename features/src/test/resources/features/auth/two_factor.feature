Feature: Two-factor sign-in (TOTP)
  A person may add a second factor: an authenticator app's 6-digit code (RFC 6238), or one of ten recovery
  codes. Seed 000's desktop connector signs in through /login-2fa and needs user_id in the answer. Each
  scenario plays a fresh person registered by Hasbi, with the codes an authenticator app would show.

  Background:
    Given Gerbang is running with the demo data
    And a fresh person has signed in

  Scenario: Setting up, then turning it on with a first code
    When the person sets up two-factor
    Then the answer is 200
    And the setup answers a 32-character base32 secret and its otpauth URI
    When the person turns two-factor on with a code of the secret
    Then the answer is 200
    And the answer holds 10 recovery codes
    And the person's profile says two_factor_enabled is "true"

  Scenario: Turning it on ends every other session of the person
    Given the person has signed in on another device
    When the person turns two-factor on
    Then the other device's session has ended

  Scenario: A right password asks for the code; the code and the mfa_token sign in
    Given the person has two-factor on
    When the person signs in with their password
    Then the answer is 200
    And the answer asks for the second factor without giving tokens
    When the person sends the mfa_token with the next code of their app
    Then the answer is 200
    And the answer is a login result for the person with user_id
    And the person's new access token works

  Scenario Outline: Through a client's dialect, a right password asks for the code, and the code signs in there
    Given the person has two-factor on
    When the person signs in with their password through the <dialect> client
    Then the bare answer asks for the second factor without giving tokens
    When the person sends the mfa_token with the next code of their app to the <dialect> client on the other node
    Then <answer>

    Examples:
      | dialect   | answer                                         |
      | connector | the connector's bare answer is the person's token pair |
      | campus    | the campus answer is the person and their token        |

  Scenario: The login form with the e-mail asks for the code too
    Given the person has two-factor on
    When the person signs in with their e-mail and password
    Then the answer asks for the second factor without giving tokens

  Scenario: No code works twice
    Given the person has two-factor on
    And the person has signed in with the next code of their app
    When the person signs in with their password
    And the person sends the mfa_token with the same code again
    Then the answer is 401 with code "MFA_CODE_INVALID"

  Scenario: The code that turned it on does not sign in
    Given the person has two-factor on
    When the person signs in with their password
    And the person sends the mfa_token with the code that turned two-factor on
    Then the answer is 401 with code "MFA_CODE_INVALID"

  Scenario: One code sent twice at the same instant, once to each node, signs in once
    Given the person has two-factor on
    When the person signs in twice with their password, once on each node
    And both mfa_tokens are sent at the same instant with one code, each to its own node
    Then exactly one of them is answered 200 and the other 401 with code "MFA_CODE_INVALID"

  Scenario: An mfa_token is good for one success only
    Given the person has two-factor on
    When the person signs in with their password
    And the person sends the mfa_token with the next code of their app
    And the person sends the same mfa_token again with a recovery code
    Then the answer is 401 with code "TOKEN_INVALID"

  Scenario: Five wrong codes end the mfa_token, even for the right code after them
    Given the person has two-factor on
    When the person signs in with their password
    And the person sends the mfa_token with a wrong code 5 times
    Then every one of them was answered 401 with code "MFA_CODE_INVALID"
    When the person sends the mfa_token with the next code of their app
    Then the answer is 401 with code "TOKEN_INVALID"

  Scenario: A recovery code signs in once
    Given the person has two-factor on
    When the person signs in with their password
    And the person sends the mfa_token with their first recovery code
    Then the answer is 200
    When the person signs in with their password
    And the person sends the mfa_token with their first recovery code
    Then the answer is 401 with code "MFA_CODE_INVALID"

  Scenario: An mfa_token is only good in its own tenant
    Given the person has two-factor on
    When the person signs in with their password
    And the person sends the mfa_token with the next code of their app naming tenant "2"
    Then the answer is 401 with code "TOKEN_INVALID"

  Scenario: Turning it off with a recovery code; then the password alone signs in again
    Given the person has two-factor on
    When the person turns two-factor off with their first recovery code
    Then the answer is 200
    And the person's profile says two_factor_enabled is "false"
    When the person signs in with their password
    Then the answer is 200
    And the answer is a login result for the person with user_id

  Scenario: An administrator turns it off for a person who lost their phone
    Given the person has two-factor on
    When Hasbi turns two-factor off for the person
    Then the answer is 200
    And the answer's data has "two_factor_enabled" = "false"
    And the person's session has ended
    When the person signs in with their password
    Then the answer is a login result for the person with user_id

  Scenario: An administrator may not turn it on for somebody else
    When Hasbi changes the person with:
      """
      {"two_factor_enabled": true}
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "two_factor_enabled"

  Scenario Outline: Steps out of order are conflicts, and nothing changes
    Given the person is in the two-factor state "<state>"
    When the person tries to <action>
    Then the answer is 409 with code "CONFLICT"
    And the person's profile says two_factor_enabled is "<enabled>"

    Examples:
      | state       | action                 | enabled |
      | off         | turn it on             | false   |
      | off         | turn it off            | false   |
      | on          | set it up              | true    |
      | on          | turn it on             | true    |

  Scenario: Setting up again replaces a secret that was never confirmed
    When the person sets up two-factor
    And the person sets up two-factor again
    And the person turns two-factor on with a code of the first secret
    Then the answer is 401 with code "MFA_CODE_INVALID"
    When the person turns two-factor on with a code of the secret
    Then the answer is 200

  Scenario Outline: Codes and mfa_tokens of the wrong shape are bad requests, and count for nothing
    Given the person has two-factor on
    When the person signs in with their password
    And the person sends to /login-2fa the body <body>
    Then the answer is 400 with code "VALIDATION_FAILED"
    When the person sends the mfa_token with the next code of their app
    Then the answer is 200

    Examples:
      | body                                             |
      | {"mfa_token": "<token>", "code": ""}             |
      | {"mfa_token": "<token>", "code": "1234567"}      |
      | {"mfa_token": "<token>", "code": "abcdef"}       |
      | {"mfa_token": "<token>", "code": "<300 digits>"} |
      | {"mfa_token": "<token>", "code": 123456}         |
      | {"mfa_token": "<token>"}                         |
      | {"mfa_token": "", "code": "123456"}              |
      | {"mfa_token": 42, "code": "123456"}              |
      | {"mfa_token": "<300 digits>", "code": "123456"}  |

  Scenario: A new authenticator's first code counts, though the old one's last code was of the same 30 seconds
    Given the person has two-factor on
    And the person has signed in with the next code of their app
    When Hasbi turns two-factor off for the person
    And the person signs in with their password alone
    And the person sets up two-factor
    And the person turns two-factor on with the next code of the new secret
    Then the answer is 200
    And the person's profile says two_factor_enabled is "true"

  Scenario: Turning it on while a new setup replaces the secret turns on only the secret its code proved
    When the person sets up two-factor
    And the person turns two-factor on with a code of that secret while setting up again, 8 times
    Then every time two-factor is on, the secret it is on with is the one whose code was sent

  Scenario: A wrong code to turn it on is refused and it stays off
    When the person sets up two-factor
    And the person turns two-factor on with a wrong code
    Then the answer is 401 with code "MFA_CODE_INVALID"
    And the person's profile says two_factor_enabled is "false"

  Scenario: The secret is never answered again nor shown in the profile
    Given the person has two-factor on
    When the person asks for their own profile
    Then the answer does not contain the person's secret
