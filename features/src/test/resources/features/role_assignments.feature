Feature: Role assignments
  A role is given at one place of the organisation tree: a company, a branch or a unit. What it covers
  decides what its holder sees. Taking it back ends the holder's sessions at once, and a tenant never
  loses its last administrator.

  Background:
    Given Gerbang is running with the demo data

  Scenario: The console admin makes a new colleague the admin of one study programme
    Given Hasbi has logged in
    And Hasbi has registered "300000001" in unit 3
    And 300000001 has logged in
    When Hasbi gives 300000001 the role "PRODI ADMIN" at unit 3
    Then the answer is 201
    And the answer's data has "assignment_level" = "unit"
    And the answer's data has "role_name" = "PRODI ADMIN"
    And the answer's data has "unit_name" = "Sistem Informasi"
    And the answer's data has "branch_id" = "1"
    When 300000001 refreshes
    Then 300000001's access token says "scope" is "{\"branches\":[],\"units\":[3]}"
    When 300000001 lists the users
    Then the answer is 200
    And the listed users include "100000002"
    And the listed users do not include "100000001, 100000003, 800000001"

  Scenario: Taking a role back ends the holder's sessions at once
    Given Hasbi has logged in
    And Hasbi has registered "300000002" in unit 2
    And Hasbi has given 300000002 the role "PRODI ADMIN" at unit 2
    And 300000002 has logged in
    When Hasbi takes back the role 300000002 was given last
    Then the answer is 200
    When 300000002 asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"
    When 300000002 logs in with identity "300000002" and password "password123"
    Then the answer is 200
    And the answer's data has "user.total_roles" = "0"
    When 300000002 lists the users
    Then the answer is 403 with code "FORBIDDEN"

  Scenario: A branch-level assignment covers every unit of the branch
    Given Hasbi has logged in
    And Hasbi has registered "300000003" in unit 1
    When Hasbi gives 300000003 the role "PRODI ADMIN" at branch 1
    Then the answer is 201
    And the answer's data has "branch_name" = "Pusat"
    When 300000003 logs in with identity "300000003" and password "password123"
    Then 300000003's access token says "scope" is "{\"branches\":[1],\"units\":[]}"

  Scenario: The same role at the same place twice is a conflict
    Given Hasbi has logged in
    And Hasbi has registered "300000004" in unit 2
    And Hasbi has given 300000004 the role "USER" at unit 2
    When Hasbi gives 300000004 the role "USER" at unit 2
    Then the answer is 409 with code "CONFLICT"
    When Hasbi gives 300000004 the role "USER" at unit 3
    Then the answer is 201

  Scenario Outline: Unknown roles and places, or another tenant's, are refused and nothing is written
    Given Hasbi has logged in
    When Hasbi gives user 2 a role with:
      """
      <body>
      """
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "<field>"
    When Hasbi asks for user 2
    Then the answer's data has "total_roles" = "1"

    Examples:
      | body                                                                 | field            |
      | {"role_id": 999, "assignment_level": "unit", "unit_id": 2}           | role_id          |
      | {"role_id": 4, "assignment_level": "unit", "unit_id": 2}             | role_id          |
      | {"role_id": 2, "assignment_level": "unit", "unit_id": 99}            | unit_id          |
      | {"role_id": 2, "assignment_level": "unit", "unit_id": 0}             | unit_id          |
      | {"role_id": 2, "assignment_level": "company", "company_id": 1, "unit_id": -1} | unit_id     |
      | {"role_id": 2, "assignment_level": "company", "company_id": 2}       | company_id       |
      | {"role_id": 2, "assignment_level": "branch", "branch_id": 7}         | branch_id        |
      | {"role_id": 2, "assignment_level": "unit", "unit_id": 2, "branch_id": 9} | branch_id    |
      | {"role_id": 2, "assignment_level": "planet", "unit_id": 2}           | assignment_level |
      | {"role_id": 2, "assignment_level": "unit"}                           | unit_id          |
      | {"assignment_level": "unit", "unit_id": 2}                           | role_id          |
      | {"role_id": "two", "assignment_level": "unit", "unit_id": 2}         | role_id          |
      | {"role_id": 0, "assignment_level": "unit", "unit_id": 2}             | role_id          |
      | {"role_id": 2, "assignment_level": "company", "company_id": -1}      | company_id       |
      | {"role_id": 2, "assignment_level": "branch", "branch_id": 0}         | branch_id        |
      | {"role_id": 2, "assignment_level": "company", "company_id": 1, "branch_id": 1} | branch_id  |

  Scenario: The last console admin keeps the role and stays active
    Given Hasbi has logged in
    When Hasbi takes back Hasbi's role "CONSOLE ADMIN"
    Then the answer is 409 with code "CONFLICT"
    When Hasbi changes user 1 with:
      """
      {"is_active": false}
      """
    Then the answer is 409 with code "CONFLICT"
    When Hasbi lists the users
    Then the answer is 200

  Scenario: With a second console admin, either one may step down
    Given Hasbi has logged in
    And Hasbi has registered "300000005" in unit 1
    And Hasbi has given 300000005 the role "CONSOLE ADMIN" at company 1
    And 300000005 has logged in
    When 300000005 lists the users
    Then the answer is 200
    When Hasbi takes back the role 300000005 was given last
    Then the answer is 200
    When 300000005 asks for their profile
    Then the answer is 401 with code "SESSION_REVOKED"

  Scenario Outline: Without roles.assign nobody hands out roles
    Given <who> has logged in
    When <who> gives Sakura the role "USER" at unit 2
    Then the answer is 403 with code "FORBIDDEN"

    Examples:
      | who     |
      | Naruto  |
      | Kakashi |

  Scenario: The partner tenant's admin cannot reach tenant 1's people
    Given Mitra has logged in
    When Mitra gives user 3 a role with:
      """
      {"role_id": 4, "assignment_level": "company", "company_id": 2}
      """
    Then the answer is 404 with code "NOT_FOUND"

  Scenario: A unit steward gives only what they hold, and only in their unit
    Given Hasbi has logged in
    And Hasbi has defined the role "UNIT STEWARD" with permissions "roles.assign, users.read"
    And Hasbi has registered "300000006" in unit 2
    And Hasbi has registered "300000007" in unit 2
    And Hasbi has given 300000006 the role "UNIT STEWARD" at unit 2
    And 300000006 has logged in
    When 300000006 gives 300000007 the role "UNIT STEWARD" at unit 2
    Then the answer is 201
    When 300000006 gives 300000007 the role "PRODI ADMIN" at unit 2
    Then the answer is 403 with code "FORBIDDEN"
    When 300000006 gives 300000007 the role "UNIT STEWARD" at unit 3
    Then the answer is 403 with code "FORBIDDEN"
    When 300000006 gives Sakura the role "UNIT STEWARD" at unit 3
    Then the answer is 404 with code "NOT_FOUND"
    When 300000006 takes back Hasbi's role "CONSOLE ADMIN"
    Then the answer is 404 with code "NOT_FOUND"

  Scenario: Removing an assignment that is not there
    Given Hasbi has logged in
    When a client sends DELETE "/api/v1/users/2/role-assignments/abc"
    Then the answer is 401 with code "TOKEN_MISSING"
    When Hasbi takes back assignment 999999 of user 2
    Then the answer is 404 with code "NOT_FOUND"
