Feature: Changing users
  Console and unit admins register and change the people of their scope; what they change reaches
  that person's sessions at once.

  Background:
    Given Gerbang is running with the demo data

  Scenario: The console admin registers somebody, who can then sign in
    Given Hasbi has logged in
    When Hasbi registers "200000001" named "Baru Satu" with email "baru1@company.com" in unit 3
    Then the answer is 201
    And the answer's data has "unit_id" = "3"
    And the answer's data has "is_active" = "true"
    When 200000001 logs in with identity "200000001" and password "password123"
    Then the answer is 200

  Scenario: A unit admin registers people in their own unit only
    Given Kakashi has logged in
    When Kakashi registers "200000002" named "Baru Dua" with email "baru2@company.com" in unit 3
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "unit_id"
    When Kakashi registers "200000002" named "Baru Dua" with email "baru2@company.com" in unit 2
    Then the answer is 201

  Scenario: An identity or e-mail already taken in the tenant
    Given Hasbi has logged in
    When Hasbi registers "100000001" named "Kembar" with email "kembar@company.com" in unit 2
    Then the answer is 409 with code "CONFLICT"
    When Hasbi registers "200000003" named "Kembar" with email "NARUTO@company.com" in unit 2
    Then the answer is 409 with code "CONFLICT"

  Scenario: A plain user may not register anybody
    Given Naruto has logged in
    When Naruto registers "200000004" named "Tidak Boleh" with email "x4@company.com" in unit 2
    Then the answer is 403 with code "FORBIDDEN"

  Scenario: A moved user's next refreshed token carries the new unit
    Given Hasbi has logged in
    And Hasbi has registered "200000005" in unit 2
    And 200000005 has logged in
    And 200000005's access token says "unit_id" is "2"
    When Hasbi moves "200000005" to unit 3
    Then the answer is 200
    When 200000005 refreshes
    Then the answer is 200
    And 200000005's access token says "unit_id" is "3"

  Scenario: A deactivated user is out at once
    Given Hasbi has logged in
    And Hasbi has registered "200000006" in unit 2
    And 200000006 has logged in
    When Hasbi deactivates "200000006"
    Then the answer is 200
    When 200000006 asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"
    When 200000006 refreshes
    Then the answer is 401 with code "REFRESH_TOKEN_INVALID"
    When a client logs in with identity "200000006" and password "password123"
    Then the answer is 403 with code "ACCOUNT_INACTIVE"

  Scenario: A password set by an admin ends the person's sessions
    Given Kakashi has logged in
    And Kakashi has registered "200000007" in unit 2
    And 200000007 has logged in
    When Kakashi sets the password of "200000007" to "another-pass-1"
    Then the answer is 200
    When 200000007 asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"
    When a client logs in with identity "200000007" and password "another-pass-1"
    Then the answer is 200

  Scenario: Out of scope is not found; bad changes are a 400 and change nothing
    Given Kakashi has logged in
    When Kakashi changes user 3 with:
      """
      {"name": "Sakura Lain"}
      """
    Then the answer is 404 with code "NOT_FOUND"
    When Kakashi changes user 2 with:
      """
      {"is_active": "no"}
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    When Kakashi changes user 2 with:
      """
      {"unit_id": 999}
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "unit_id"
    When Kakashi changes user 2 with:
      """
      {"unit_id": 0}
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "unit_id"
    When Kakashi changes user 2 with:
      """
      {"name": ""}
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    When Kakashi asks for user 2
    Then the answer's data has "name" = "Naruto Uzumaki"
    And the answer's data has "unit_id" = "2"

  Scenario: A unit admin may not take over a company-wide administrator whose home is their unit
    Given Hasbi has logged in
    And Hasbi has registered "200000008" in unit 2
    And Hasbi has given 200000008 the role "CONSOLE ADMIN" at company 1
    And Kakashi has logged in
    When Kakashi sets the password of "200000008" to "taken-over-1"
    Then the answer is 403 with code "FORBIDDEN"
    When Kakashi deactivates "200000008"
    Then the answer is 403 with code "FORBIDDEN"
    When Kakashi changes "200000008" with:
      """
      {"two_factor_enabled": false}
      """
    Then the answer is 403 with code "FORBIDDEN"
    When a client logs in with identity "200000008" and password "taken-over-1"
    Then the answer is 401 with code "INVALID_CREDENTIALS"
    When 200000008 logs in with identity "200000008" and password "password123"
    Then the answer is 200
    When Hasbi sets the password of "200000008" to "reset-by-peer-1"
    Then the answer is 200

  Scenario: A look-alike of somebody's name is that name, or refused
    Given Hasbi has logged in
    When Hasbi registers "２０００００００９" named "Kembar Lebar" with email "lebar@company.com" in unit 2
    Then the answer is 201
    And the answer's data has "user_identity" = "200000009"
    When Hasbi registers "0200000009" named "Kembar Nol" with email "nol@company.com" in unit 2
    Then the answer is 409 with code "CONFLICT"
    When Hasbi registers "200000010" named "Kembar Huruf" with email "ｎａｒｕｔｏ@company.com" in unit 2
    Then the answer is 409 with code "CONFLICT"
    When Hasbi registers "200000011" named "Kembar Kiril" with email "nаruto@company.com" in unit 2
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "email"
    When Hasbi registers "٢٠٠٠٠٠٠١٢" named "Kembar Arab" with email "arab@company.com" in unit 2
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "user_identity"
    When a client logs in with identity "２０００００００９" and password "password123"
    Then the answer is 200
