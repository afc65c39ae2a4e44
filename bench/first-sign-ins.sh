#!/usr/bin/env bash
# A fresh server's first sign-ins all at once (its tenant's first signing key is made by whichever comes first):
# prints how many answered each status. Run it several times: the race it looks for is a matter of timing.
#   bench/first-sign-ins.sh [CONCURRENT=24]      (BENCH_JAR: another build; JWKS=1 fetches the key set alongside)
set -uo pipefail
cd "$(dirname "$0")/.."
N=${1:-24}; JAR=${BENCH_JAR:-bootstrap/target/gerbang.jar}; PORT=${BENCH_PORT:-18300}
RUN=first_$(date +%s%N | cut -c1-13); OUT=bench/results/$RUN; mkdir -p "$OUT"
PSQL="postgresql://postgres@127.0.0.1:5432/test"
GERBANG_PORT=$PORT GERBANG_HOST=127.0.0.1 GERBANG_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres" \
GERBANG_DB_SCHEMA=$RUN GERBANG_REDIS_URL=redis://127.0.0.1:6379 GERBANG_REDIS_PREFIX="$RUN:" GERBANG_DEMO=true \
GERBANG_RATE_LIMITS=off GERBANG_JWT_SECRET=first-sign-ins-secret-first-sign-ins-0123456789 \
  java -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; psql -q "$PSQL" -c "drop schema if exists $RUN cascade" >/dev/null 2>&1
  redis-cli --scan --pattern "$RUN:*" | xargs -r -n 500 redis-cli del >/dev/null 2>&1' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && break; sleep 0.5; done
CLIENTS=()
for _ in $(seq 1 "$N"); do
  curl -s -o /dev/null -w "sign-in %{http_code}\n" "http://127.0.0.1:$PORT/api/v1/auth/login" \
    -H 'Content-Type: application/json' -d '{"user_identity":"100000001","password":"password123"}' >> "$OUT/answers.txt" &
  CLIENTS+=($!)
  if [ -n "${JWKS:-}" ]; then
    curl -s -o /dev/null -w "key set %{http_code}\n" "http://127.0.0.1:$PORT/t/1/jwks.json" >> "$OUT/answers.txt" &
    CLIENTS+=($!)
  fi
done
wait "${CLIENTS[@]}"
sort "$OUT/answers.txt" | uniq -c
echo "errors logged: $(grep -c '"level":"ERROR"' "$OUT/server.log")"
