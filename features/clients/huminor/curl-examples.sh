#!/usr/bin/env bash
# The RBAC auth API's curl examples, against the front end's client path. Its clients match on the English
# `message` summaries, read Indonesian `error` words by default, and expect a logout to end every session of
# the user ("Logout akan revoke semua user tokens").
# Usage: curl-examples.sh BASE_URL_A BASE_URL_B
set -euo pipefail
A=$1
B=$2
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
fail() { echo "step failed: $1"; exit 1; }

login() {
  curl -s -X POST "$1/api/v1/auth/login" \
    -H "Content-Type: application/json" \
    -d "{\"user_identity\": \"800000001\", \"password\": \"$2\"}"
}

first=$(login "$A" password123)
[ "$(echo "$first" | field 'd["message"]')" = "Login successful" ] || fail "login: $first"
echo "ok: login"

refresh_token=$(echo "$first" | field 'd["data"]["refresh_token"]')
refreshed=$(curl -s -X POST "$B/api/v1/auth/refresh" \
  -H "Content-Type: application/json" \
  -d "{\"refresh_token\": \"$refresh_token\"}")
[ "$(echo "$refreshed" | field 'd["message"]')" = "Token successfully refreshed" ] || fail "refresh: $refreshed"
access_token=$(echo "$refreshed" | field 'd["data"]["access_token"]')
echo "ok: refresh on the other node"

me=$(curl -s -X GET "$A/api/v1/auth/me" \
  -H "Authorization: Bearer $access_token" \
  -H "Content-Type: application/json")
[ "$(echo "$me" | field 'd["data"]["user_identity"]')" = "800000001" ] || fail "protected request: $me"
echo "ok: protected request"

wrong=$(login "$B" wrong-password)
[ "$(echo "$wrong" | field 'd["message"]')" = "Login failed" ] || fail "failed login summary: $wrong"
[ "$(echo "$wrong" | field 'd["error"]')" = "kredensial tidak valid" ] || fail "failed login words: $wrong"
echo "ok: a failed login says Login failed, in Indonesian words"

second=$(login "$B" password123)
second_refresh=$(echo "$second" | field 'd["data"]["refresh_token"]')
out=$(curl -s -X POST "$A/api/v1/auth/logout" \
  -H "Authorization: Bearer $access_token" \
  -H "Content-Type: application/json")
[ "$(echo "$out" | field 'd["message"]')" = "Logout successful" ] || fail "logout: $out"
after=$(curl -s -X POST "$A/api/v1/auth/refresh" -H "Content-Type: application/json" \
  -d "{\"refresh_token\": \"$second_refresh\"}")
[ "$(echo "$after" | field 'd["code"]')" = "REFRESH_TOKEN_INVALID" ] || fail "another session outlived the logout: $after"
echo "ok: logout ends every session of the user"
echo "every step passed"
