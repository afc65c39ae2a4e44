Feature: Tasks over REST
  Tasks belong to a unit; who sees them follows tasks.read scope and membership; their rooms' history
  pages newest first; managers read what happened.

  Background:
    Given Gerbang is running with the demo data

  Scenario Outline: Who sees the demo task
    When <who> calls GET "/api/v1/tasks"
    Then the call answers 200
    And the call lists "title" including "Peluncuran"

    Examples:
      | who     |
      | Naruto  |
      | Sakura  |
      | Kakashi |
      | Hasbi   |

  Scenario: The partner tenant sees none of tenant 1's tasks
    When Mitra calls GET "/api/v1/tasks"
    Then the call answers 200
    And the call lists nothing
    When Mitra calls GET "/api/v1/tasks/1"
    Then the call answers 404 with code "NOT_FOUND"

  Scenario: A task is opened in a unit of the caller's tasks.write scope
    When Naruto calls POST "/api/v1/tasks" with:
      """
      {"title": "Di luar unit", "unit_id": 3}
      """
    Then the call answers 400 with code "VALIDATION_FAILED"
    And the call's error names the field "unit_id"
    When Naruto calls POST "/api/v1/tasks" with:
      """
      {"title": "Unit nol", "unit_id": 0}
      """
    Then the call answers 400 with code "VALIDATION_FAILED"
    And the call's error names the field "unit_id"
    When Naruto calls POST "/api/v1/tasks" with:
      """
      {"title": "   ", "unit_id": 2}
      """
    Then the call answers 400 with code "VALIDATION_FAILED"
    And the call's error names the field "title"
    When Naruto calls POST "/api/v1/tasks" with:
      """
      {"title": "Dokumentasi", "unit_id": 2}
      """
    Then the call answers 201

  Scenario: Seeing a task is not being in its room
    When Hasbi calls GET "/api/v1/tasks/1"
    Then the call answers 200
    When Hasbi calls GET "/api/v1/tasks/1/messages"
    Then the call answers 403 with code "NO_ACCESS"
    When Sakura calls POST "/api/v1/tasks/1/messages" with:
      """
      {"message": "boleh?"}
      """
    Then the call answers 403 with code "NO_PERMISSION"
    When Naruto calls POST "/api/v1/tasks/1/messages" with:
      """
      {"message": "   "}
      """
    Then the call answers 400 with code "VALIDATION_FAILED"
    And the call's error names the field "message"
    When Naruto calls POST "/api/v1/tasks/1/messages" with:
      """
      {"message": "balas", "reply_to": -5}
      """
    Then the call answers 400 with code "VALIDATION_FAILED"
    And the call's error names the field "reply_to"
    When Naruto calls POST "/api/v1/tasks/1/messages" with:
      """
      {"message": "balas", "reply_to": 99999999}
      """
    Then the call answers 400 with code "VALIDATION_FAILED"
    And the call's error names the field "reply_to"

  Scenario: History pages newest first and stays put while people post
    Given Naruto has opened a task "Arsip" in unit 2 with Kakashi as a member
    When Naruto calls POST "/api/v1/tasks/{new task}/messages" with:
      """
      {"message": "satu"}
      """
    And Kakashi calls POST "/api/v1/tasks/{new task}/messages" with:
      """
      {"message": "dua"}
      """
    And Naruto calls POST "/api/v1/tasks/{new task}/messages" with:
      """
      {"message": "tiga"}
      """
    And Kakashi calls GET "/api/v1/tasks/{new task}/messages?limit=2"
    Then the call lists "message" in order: "tiga, dua"
    When Naruto calls POST "/api/v1/tasks/{new task}/messages" with:
      """
      {"message": "empat"}
      """
    And Kakashi calls GET "/api/v1/tasks/{new task}/messages?limit=2"
    And Kakashi follows the call's next cursor on "/api/v1/tasks/{new task}/messages?limit=2"
    Then the call lists "message" in order: "dua, satu"

  Scenario: Members are managed by the task's owner or a manager of its unit; the owner stays
    Given Naruto has opened a task "Tim kecil" in unit 2 with Kakashi as a member
    When Sakura calls POST "/api/v1/tasks/{new task}/members" with:
      """
      {"user_id": 3}
      """
    Then the call answers 404 with code "NOT_FOUND"
    When Kakashi calls POST "/api/v1/tasks/{new task}/members" with:
      """
      {"user_id": 3, "can_comment": false}
      """
    Then the call answers 201
    When Sakura calls POST "/api/v1/tasks/{new task}/members" with:
      """
      {"user_id": 1}
      """
    Then the call answers 403 with code "FORBIDDEN"
    When Naruto calls POST "/api/v1/tasks/{new task}/members" with:
      """
      {"user_id": 6}
      """
    Then the call answers 400 with code "VALIDATION_FAILED"
    When Naruto calls DELETE "/api/v1/tasks/{new task}/members/2"
    Then the call answers 409 with code "CONFLICT"
    When Naruto calls GET "/api/v1/tasks/{new task}/activity"
    Then the call answers 200
    And the call lists "kind" including "task_created, member_added"
    When Sakura calls GET "/api/v1/tasks/{new task}/activity"
    Then the call answers 403 with code "FORBIDDEN"
