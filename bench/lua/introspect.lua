-- POST /t/1/introspect (RFC 7662) for the bearer token in $TOKEN, as the demo confidential client resource-server
-- proves itself (HTTP Basic): what a resource server asks on every request it wants revocation-accurate.
wrk.method = "POST"
wrk.path = "/t/1/introspect"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic cmVzb3VyY2Utc2VydmVyOnJlc291cmNlLXNlcnZlci1kZW1vLXNlY3JldC0wMTIzNDU2Nzg5YWI="
wrk.body = "token=" .. os.getenv("TOKEN")
