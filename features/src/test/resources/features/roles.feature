Feature: Roles
  A tenant defines its own roles from the permissions the service knows; nobody sees another tenant's.

  Background:
    Given Gerbang is running with the demo data

  Scenario: The console admin sees the tenant's roles with their permissions
    Given Hasbi has logged in
    When Hasbi lists the roles
    Then the answer is 200
    And the listed roles include "CONSOLE ADMIN, USER, PRODI ADMIN"
    And the role "USER" has permissions "tasks.read, tasks.write"

  Scenario: The partner tenant sees only its own roles
    Given Mitra has logged in
    When Mitra lists the roles
    Then the answer is 200
    And the listed roles are "CONSOLE ADMIN"

  Scenario Outline: Without roles.read there is no list
    Given <who> has logged in
    When <who> lists the roles
    Then the answer is 403 with code "FORBIDDEN"

    Examples:
      | who     |
      | Naruto  |
      | Kakashi |

  Scenario: Defining a role from known permissions
    Given Hasbi has logged in
    When Hasbi defines the role "AUDITOR" with permissions "users.read, auth.sessions.manage"
    Then the answer is 201
    And the answer's data has "name" = "AUDITOR"
    When Hasbi lists the roles
    Then the role "AUDITOR" has permissions "auth.sessions.manage, users.read"

  Scenario: A role name is the tenant's once; permissions must be known
    Given Hasbi has logged in
    When Hasbi defines the role "USER" with permissions "tasks.read"
    Then the answer is 409 with code "CONFLICT"
    When Hasbi defines the role "PENGINTIP" with permissions "users.read, everything.at.once"
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "permissions"
    When Hasbi defines the role "" with permissions "users.read"
    Then the answer is 400 with code "VALIDATION_FAILED"
    And the answer has an error for field "name"

  Scenario: Only a holder of roles.write defines roles
    Given Kakashi has logged in
    When Kakashi defines the role "KAKASHI ROLE" with permissions "users.read"
    Then the answer is 403 with code "FORBIDDEN"
