Feature: Operators watch each node in Prometheus
  GET /metrics on a node shows what that node did: sign-ins by outcome, refreshes, requests by route
  template (never with an id in a label), and its store round trips. Only allowed addresses may read it.

  Background:
    Given Gerbang is running with the demo data

  Scenario: A sign-in, a wrong password and a refresh are counted by the node that served them
    Given the first node's metrics have been read
    When Naruto logs in with identity "100000001" and password "password123"
    And a client logs in with identity "100000001" and password "not-the-password"
    And Naruto refreshes
    And Naruto asks for their profile
    Then the first node's metrics show at least 1 more of gerbang_sign_ins_total{outcome="succeeded"}
    And the first node's metrics show at least 1 more of gerbang_sign_ins_total{outcome="failed"}
    And the first node's metrics show at least 1 more of gerbang_refreshes_total
    And the first node's metrics show at least 1 more of http_server_requests_seconds_count{uri="/api/v1/auth/me"}
    And the first node's metrics show at least 1 more of gerbang_store_round_trips_seconds_count{store="postgresql"}
    And the first node's metrics show at least 1 more of gerbang_store_round_trips_seconds_count{store="redis"}

  Scenario: A user's page is counted under its route template, never its id
    Given Hasbi has logged in
    When Hasbi asks for user 2
    Then the first node's metrics name the route "/api/v1/users/{id}" and not "/api/v1/users/2"
