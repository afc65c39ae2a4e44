@through-a-balancer
Feature: Task chat
  The members of a task talk in its room over WebSocket: they join, post, type and leave; what is said is
  stored before anyone hears it; a member who may only read cannot post; nobody else gets in; a removed
  member or an ended session is out at once; two nodes behave as one.

  Background:
    Given Gerbang is running with the demo data

  Scenario: The demo task's members join, talk, type and leave
    Given Naruto is connected
    And Kakashi is connected
    When Naruto joins task 1
    Then Naruto is told who is present in task 1
    When Kakashi joins task 1
    Then Kakashi is told who is present in task 1
    And Naruto hears "user_joined" from Kakashi
    When Kakashi sends "Halo semua" to task 1
    Then Kakashi's message is acknowledged
    And Naruto hears the message "Halo semua"
    And Kakashi hears the message "Halo semua"
    And the history of task 1 as Naruto begins with "Halo semua"
    When Naruto starts typing in task 1
    Then Kakashi hears "user_typing" from Naruto
    When Kakashi leaves task 1
    Then Naruto hears "user_left" from Kakashi

  Scenario: Coming back after a gap, a member gets what was said meanwhile, in order, then the live room, none twice
    Given Naruto is connected
    And Kakashi is connected
    When Kakashi joins task 1
    And Kakashi sends "sebelum jeda" to task 1
    Then Kakashi hears the message "sebelum jeda"
    When Kakashi sends "selama jeda satu" to task 1
    And Kakashi sends "selama jeda dua" to task 1
    And Naruto joins task 1 since the message "sebelum jeda"
    And Kakashi sends "sesudah jeda" to task 1
    Then Naruto hears the messages "selama jeda satu, selama jeda dua, sesudah jeda" in that order, each once

  Scenario: Sakura may read the room but not post in it
    Given Sakura is connected
    When Sakura joins task 1
    Then Sakura is told who is present in task 1
    When Sakura sends "boleh ikut?" to task 1
    Then Sakura gets an error "NO_PERMISSION"

  Scenario Outline: Nobody outside the task gets in
    Given <who> is connected
    When <who> joins task <task>
    Then <who> gets an error "NO_ACCESS"

    Examples:
      | who   | task |
      | Hasbi | 1    |
      | Mitra | 1    |
      | Naruto | 999 |

  Scenario: A removed member is taken out of the room at once
    Given Naruto has opened a task "Rapat sementara" in unit 2 with Kakashi as a member
    And Naruto is connected
    And Kakashi is connected
    And Naruto joins the new task
    And Kakashi joins the new task
    When Naruto removes Kakashi from the new task
    Then Kakashi hears "member_changed" about Kakashi
    And Naruto hears "member_changed" about Kakashi
    When Kakashi sends "masih di sini?" to the new task
    Then Kakashi gets an error "NO_ACCESS"

  Scenario: A logout closes the socket
    Given Sakura is connected
    When Sakura logs out of the chat
    Then Sakura's socket closed with 4409 within 3 seconds of the logout

  Scenario: Three ways to present a token
    When Naruto connects with the bearer subprotocol
    And Naruto joins task 1
    Then Naruto is told who is present in task 1
    When Kakashi connects without a token
    And Kakashi authenticates with an auth frame
    And Kakashi joins task 1
    Then Kakashi is told who is present in task 1

  Scenario Outline: Sockets that cannot be let in are closed with the contract's code
    When <how>
    Then Someone's socket is closed with <code>

    Examples:
      | how                                                    | code |
      | Someone connects with the token "not-a-token"          | 4401 |
      | Someone connects without a token                       | 4408 |

  Scenario: A browser from an origin that is not allowed is turned away
    When Naruto connects from origin "http://evil.example"
    Then Naruto's socket is closed with 4403

  Scenario Outline: Bad frames get an error and the socket stays usable
    Given Naruto is connected
    When Naruto sends the frame '<frame>'
    Then Naruto gets an error "<code>"
    And Naruto is still connected

    Examples:
      | frame                                                        | code              |
      | not json                                                     | BAD_REQUEST       |
      | [1, 2, 3]                                                    | BAD_REQUEST       |
      | {"type": "dance"}                                            | BAD_REQUEST       |
      | {"type": "join_task", "task_id": "1"}                        | VALIDATION_FAILED |
      | {"type": "join_task"}                                        | VALIDATION_FAILED |
      | {"type": "join_task", "task_id": 1, "since": 0}              | VALIDATION_FAILED |
      | {"type": "join_task", "task_id": 1, "since": "7"}            | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": "   "}      | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": 42}        | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": "x", "attachments": "a.png"} | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": "x", "reply_to": 0}  | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": "x", "reply_to": "07"} | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": "x", "reply_to": "x7"} | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": "x", "attachments": [42]} | VALIDATION_FAILED |
      | {"type": "send_message", "task_id": 1, "message": "x", "attachments": [["a.png"]]} | VALIDATION_FAILED |
      | {"type": "typing_start", "task_id": 999}                     | NO_ACCESS         |

  Scenario: A frame over 64 KiB closes only that socket, with 1009
    Given Naruto is connected
    And Kakashi is connected
    When Naruto sends a frame of 100 KiB
    Then Naruto's socket is closed with 1009
    And Kakashi is still connected

  Scenario: A frame of a megabyte closes only that socket
    # the server closes while the client is still writing, so the client may see the connection cut
    # before it can read the 1009 close frame
    Given Naruto is connected
    And Kakashi is connected
    When Naruto sends a frame of 1024 KiB
    Then Naruto's socket is closed as too big
    And Kakashi is still connected

  @limits-on
  Scenario: A flood of frames is refused, then closed, and nobody else suffers
    Given Naruto is connected
    And Kakashi is connected
    When Naruto sends 1000 pings at once
    Then Naruto gets an error "TOO_MANY_REQUESTS"
    And Naruto's socket is closed for flooding
    And Kakashi is still connected

  Scenario: Two nodes behave as one
    Given Naruto is connected to node A
    And Kakashi is connected to node B
    When Naruto joins task 1
    Then Naruto is told who is present in task 1
    When Kakashi joins task 1
    Then Kakashi is told who is present in task 1
    And Naruto hears "user_joined" from Kakashi
    And the presence of task 1 as Naruto includes "Naruto, Kakashi"
    When Kakashi sends "dari node B" to task 1
    Then Naruto hears the message "dari node B"
    When Naruto sends "dari node A" to task 1
    Then Kakashi hears the message "dari node A"

  Scenario: A deactivated user's socket is closed at once, on whichever node
    Given Lee is a new colleague in unit 2
    And Lee is connected to node A
    When Hasbi deactivates the colleague Lee
    Then Lee's socket is closed with 4409

  Scenario: What is posted over REST reaches the sockets; renames and notices too
    Given Naruto has opened a task "Siaran" in unit 2 with Kakashi as a member
    And Kakashi is connected to node B
    And Kakashi joins the new task
    When Naruto calls POST "/api/v1/tasks/{new task}/messages" with:
      """
      {"message": "lewat REST", "attachments": ["https://files.example/a.pdf",
       {"name": "b.png", "type": "image/png", "url": "https://files.example/b.png", "size": 2048}]}
      """
    Then the call answers 201
    And Kakashi hears the message "lewat REST" with the attachments '["https://files.example/a.pdf", {"name": "b.png", "type": "image/png", "url": "https://files.example/b.png", "size": 2048}]'
    When Naruto calls PATCH "/api/v1/tasks/{new task}" with:
      """
      {"title": "Siaran pers"}
      """
    Then the call answers 200
    And Kakashi hears "task_updated" for the new task
    When Naruto calls POST "/api/v1/tasks/{new task}/notifications" with:
      """
      {"message": "Rapat jam 3"}
      """
    Then the call answers 200
    And Kakashi hears "task_notification" for the new task
