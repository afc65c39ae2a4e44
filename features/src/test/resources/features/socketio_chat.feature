@through-a-balancer
Feature: Task chat over Socket.IO
  Front ends written for seed 001 use the official socket.io-client: they connect to /socket.io/ with
  {auth: {token}}, emit join_task, send_message and typing_start, and hear the same rooms as /ws members,
  on every node. Refusals come back as acks {ok: false} or error events; the connection is refused with
  connect_error and the contract's code.

  Background:
    Given Gerbang is running with the demo data

  Scenario: Seed 001's own client story, with socket.io-client v4 and its default transports, on two nodes
    When seed 001's story is played with socket.io-client v4 against node A and node B
    Then every step of the story passes

  Scenario: A client that loses its transport comes back recovered, on the same node or another, and misses nothing
    When connection state recovery is played with socket.io-client v4 against node A and node B
    Then every step of the story passes

  Scenario: Seed 001's story with socket.io-client 2 (Engine.IO v3), over polling, the upgrade and websocket
    When seed 001's story is played with socket.io-client v2 against node A and node B
    Then every step of the story passes

  Scenario Outline: A Socket.IO member and a /ws member hear each other across nodes (<transport>)
    Given Naruto is connected over Socket.IO <transport> to node A
    And Kakashi is connected over the plain WebSocket to node B
    When Naruto joins task 1 over Socket.IO
    Then Naruto's join is acknowledged with Naruto present
    When Kakashi joins task 1 over the plain WebSocket
    Then Naruto hears over Socket.IO "user_joined" from Kakashi
    When Kakashi sends "dari /ws" to task 1 over the plain WebSocket
    Then Naruto hears over Socket.IO the message "dari /ws"
    When Naruto sends "dari Socket.IO" to task 1 over Socket.IO
    Then Naruto's send is acknowledged with a message id
    And Kakashi hears over the plain WebSocket the message "dari Socket.IO"
    And Naruto hears over Socket.IO the message "dari Socket.IO"

    Examples:
      | transport    |
      | websocket    |
      | long-polling |

  Scenario Outline: Connections without a valid token are refused with the contract's message and code
    When someone connects over Socket.IO <how>
    Then the connection is refused with "<message>" and code "<code>"

    Examples:
      | how                          | message                                 | code          |
      | without a token              | Authentication error: No token provided | TOKEN_MISSING |
      | with the token "not-a-token" | Authentication error: Invalid token     | TOKEN_INVALID |

  Scenario Outline: The token in the Authorization header, with or without the word Bearer (seed 001 strips it)
    Given Naruto is connected over Socket.IO websocket to node A with the header Authorization "<header>"
    And Kakashi is connected over Socket.IO websocket to node B
    When Kakashi joins task 1 over Socket.IO
    And Naruto starts typing in task 1 over Socket.IO without joining it
    Then Kakashi hears over Socket.IO "user_typing" from Naruto

    Examples:
      | header         |
      | Bearer <token> |
      | <token>        |

  Scenario: A namespace other than the main one does not exist
    When Naruto connects over Socket.IO to the namespace "/admin"
    Then the connection is refused with "Invalid namespace" and no code

  Scenario Outline: Refused events get an error event and the socket stays usable
    Given Naruto is connected over Socket.IO websocket to node A
    When Naruto emits "<event>" with the argument <argument>
    Then Naruto hears the Socket.IO error "<code>"
    And Naruto is still connected over Socket.IO

    Examples:
      | event        | argument                              | code              |
      | join_task    | "test-task-id"                        | VALIDATION_FAILED |
      | join_task    | 999                                   | NO_ACCESS         |
      | join_task    | -1                                    | VALIDATION_FAILED |
      | send_message | {"taskId": 1}                         | VALIDATION_FAILED |
      | send_message | {"taskId": 1, "message": "   "}       | VALIDATION_FAILED |
      | typing_start | {"taskId": 999}                       | NO_ACCESS         |
      | dance        | {}                                    | BAD_REQUEST       |

  Scenario: Attachments are strings or objects, kept as given, and a reply names its message by number or digits
    Given Naruto is connected over Socket.IO websocket to node A
    And Kakashi is connected over Socket.IO websocket to node B
    When Naruto joins task 1 over Socket.IO
    And Kakashi joins task 1 over Socket.IO
    And Naruto sends "yang pertama" to task 1 over Socket.IO
    Then Kakashi hears over Socket.IO the message "yang pertama"
    When Kakashi emits "send_message" with the argument {"taskId": "1", "message": "lampiran", "replyTo": "<first>", "attachments": ["https://files.example/a.pdf", {"name": "b.png", "size": 2048}]}
    Then Naruto hears over Socket.IO the message "lampiran" replying to "<first>" with the attachments '["https://files.example/a.pdf", {"name": "b.png", "size": 2048}]'

  Scenario: A binary attachment is refused, the socket stays usable
    Given Naruto is connected over Socket.IO websocket to node A
    When Naruto emits "send_message" with a binary attachment
    Then Naruto hears the Socket.IO error "BAD_REQUEST"
    And Naruto is still connected over Socket.IO

  Scenario: A read-only member's post is refused in its ack
    Given Sakura is connected over Socket.IO websocket to node A
    When Sakura joins task 1 over Socket.IO
    And Sakura sends "boleh ikut?" to task 1 over Socket.IO
    Then Sakura's send is refused with "NO_PERMISSION"

  Scenario: A session ended on another node disconnects the socket from the server's side
    Given Sakura is connected over Socket.IO websocket to node A
    When Sakura's session is ended on node B
    Then Sakura hears the Socket.IO error "SESSION_REVOKED"
    And Sakura is disconnected by the server within 3 seconds of the logout
