Feature: Who sees which users
  Every list filters itself by what the caller's role assignments cover for users.read: a unit-level
  admin (prodi admin) sees the users of their unit, a company-level console admin the whole tenant,
  and nobody sees across tenants. A user outside one's scope does not exist for one.

  Background:
    Given Gerbang is running with the demo data

  Scenario: A unit admin sees only the users of their own unit
    Given Kakashi has logged in
    When Kakashi lists the users
    Then the answer is 200
    And the listed users include "100000001, 100000003, 100000009"
    And the listed users are all of unit 2

  Scenario: The console admin sees the whole tenant
    Given Hasbi has logged in
    When Hasbi lists the users
    Then the answer is 200
    And the listed users include "800000001, 100000001, 100000002, 100000003, 100000009"
    And the listed users are all of tenant 1

  Scenario: A plain user may not list users
    Given Naruto has logged in
    When Naruto lists the users
    Then the answer is 403 with code "FORBIDDEN"

  Scenario: The partner tenant's admin sees none of tenant 1
    Given Mitra has logged in
    When Mitra lists the users
    Then the answer is 200
    And the listed users are "900000001"
    When Mitra asks for user 2
    Then the answer is 404 with code "NOT_FOUND"

  Scenario: A user outside one's scope is not found, one inside is shown whole
    Given Kakashi has logged in
    When Kakashi asks for user 3
    Then the answer is 404 with code "NOT_FOUND"
    When Kakashi asks for user 2
    Then the answer is 200
    And the answer's data has "name" = "Naruto Uzumaki"
    And the answer's data has "role_assignments.0.unit_name" = "Teknik Informatika"

  Scenario: Walking the list a page at a time, and back
    Given Hasbi has logged in
    When Hasbi lists the users 2 at a time
    Then the answer is 200
    And the page says has_next "true" and has_prev "false"
    When Hasbi follows the next cursor
    Then the answer is 200
    And the page says has_next "true" and has_prev "true"
    When Hasbi follows the previous cursor
    Then the listed users are "800000001, 100000001"

  Scenario Outline: A list asked for badly
    Given Hasbi has logged in
    When Hasbi lists the users with "<query>"
    Then the answer is 400 with code "<code>"

    Examples:
      | query                     | code              |
      | limit=0                   | VALIDATION_FAILED |
      | limit=101                 | VALIDATION_FAILED |
      | limit=ten                 | VALIDATION_FAILED |
      | cursor=YToy.AAAAAAAAAAAAA | BAD_REQUEST       |
