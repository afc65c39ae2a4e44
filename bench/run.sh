#!/usr/bin/env bash
# Measures the sign-in core against the runnable jar on this machine's PostgreSQL and Redis:
# server pinned to core 1, wrk pinned to core 0, a JIT warm-up before each measured run, and the
# server's CPU time per request read from /proc/<pid>/stat.
#
#   bench/run.sh [login|refresh|me|me-floor|stalled|hash|bcrypt|limits|2fa|metrics|memory|timing|users|chat|floor|ab|dialects|
#                 sign|introspect|serve|all]   (default: all)
#
# BENCH_PASSWORD_HASH (argon2id, the default, or bcrypt) and BENCH_LIMITS (off, the default, or on) set the
# server's GERBANG_PASSWORD_HASH and GERBANG_RATE_LIMITS; it believes X-Forwarded-For from 127.0.0.1.
#
# Needs: the jar (mvn -B -q package -DskipTests), wrk (apt-get install wrk), PostgreSQL on
# 127.0.0.1:5432 (database test, user postgres) and Redis on 127.0.0.1:6379; override with
# BENCH_DB_URL / BENCH_REDIS_URL. WARMUP and DURATION are seconds (default 90 and 30): at these
# rates C2 needs well over 30 s to settle on this stack.
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT=${1:-all}
JAR=${BENCH_JAR:-bootstrap/target/gerbang.jar}   # BENCH_JAR: measure another build (an older commit, say)
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379}
WARMUP=${WARMUP:-90}
DURATION=${DURATION:-30}
PORT=${BENCH_PORT:-18082}
BASE=http://127.0.0.1:$PORT
RUN=bench_$(date +%s)
OUT=bench/results/$RUN
mkdir -p "$OUT"
TICK=$(getconf CLK_TCK)

classpath() {
  mvn -B -q dependency:build-classpath -pl adapters-persistence -Dmdep.outputFile=/dev/stdout 2>/dev/null
}

# forget_run RUN: its schema and its Redis keys (a run's sessions and token index entries live for days otherwise,
# and a Redis with millions of them makes every SCAN, the tests' included, slow)
forget_run() {
  psql -q "postgresql://postgres@127.0.0.1:5432/test" -c "drop schema if exists $1 cascade" >/dev/null 2>&1 || true
  redis-cli -u "$REDIS_URL" --scan --pattern "$1:*" 2>/dev/null | xargs -r -n 5000 redis-cli -u "$REDIS_URL" unlink \
    >/dev/null 2>&1 || true
}

start_server() {
  GERBANG_PORT=$PORT GERBANG_HOST=127.0.0.1 GERBANG_DB_URL="$DB_URL" GERBANG_DB_SCHEMA=$RUN \
  GERBANG_REDIS_URL="$REDIS_URL" GERBANG_REDIS_PREFIX="$RUN:" \
  GERBANG_JWT_SECRET=bench-secret-bench-secret-bench-secret-0123 \
  GERBANG_DEMO=true GERBANG_RATE_LIMITS=${BENCH_LIMITS:-off} GERBANG_BCRYPT_COST=${BENCH_BCRYPT_COST:-10} \
  GERBANG_PASSWORD_HASH=${BENCH_PASSWORD_HASH:-argon2id} GERBANG_TRUSTED_PROXIES=127.0.0.1 \
    taskset -c 1 java -Xms512m -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$OUT/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null; forget_run $RUN' EXIT
  for _ in $(seq 1 120); do curl -sf "$BASE/ready" >/dev/null && return; sleep 0.5; done
  echo "server did not become ready; see $OUT/server.log" >&2; exit 1
}

# for the summaries' awk: a measured line's CPU per request, the figure before its unit
AWK_CPU='function cpu(  i) { for (i = 1; i <= NF; i++) if ($i == "ms/req") return $(i - 1) }'
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
sys_ticks() { awk '{print $15}' "/proc/$SERVER/stat"; }

login_tokens() { # n field file [identity] -> file of tokens (signed in under $PREFIX: a client's path)
  local n=$1 field=$2 file=$3 identity=${4:-100000001}
  : > "$file"
  for _ in $(seq 1 "$n"); do
    curl -s "$BASE${PREFIX:-}/api/v1/auth/login" -H 'Content-Type: application/json' \
      -d "{\"user_identity\":\"$identity\",\"password\":\"password123\"}" \
      | sed -E "s/.*\"$field\":\"([^\"]+)\".*/\1/" >> "$file"
    echo >> "$file"
  done
}

# measure NAME CONNECTIONS SCRIPT [env...]: warm-up run, then the measured run with CPU accounting
measure() {
  local name=$1 connections=$2 script=$3
  # a warm-up may use tokens of its own (a refresh token is good once)
  TOKENS=${WARM_TOKENS:-${TOKENS:-}} taskset -c 0 wrk -t1 -c"$connections" -d"${WARMUP}s" -s "$script" "$BASE" \
    > "$OUT/$name.warmup.txt" 2>&1
  local before; before=$(cpu_ticks)
  local before_sys; before_sys=$(sys_ticks)
  taskset -c 0 wrk -t1 -c"$connections" -d"${DURATION}s" --latency -s "$script" "$BASE" > "$OUT/$name.txt" 2>&1
  local after; after=$(cpu_ticks)
  local after_sys; after_sys=$(sys_ticks)
  local requests; requests=$(awk '/requests in/ {print $1}' "$OUT/$name.txt")
  local rate; rate=$(awk '/Requests\/sec/ {print $2}' "$OUT/$name.txt")
  local p50; p50=$(awk '$1 == "50%" {print $2}' "$OUT/$name.txt")
  local p99; p99=$(awk '$1 == "99%" {print $2}' "$OUT/$name.txt")
  local errors; errors=$(grep -E "Non-2xx|Socket errors" "$OUT/$name.txt" | tr '\n' ' ' || true)
  local cpu_ms; cpu_ms=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$TICK" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')
  # the kernel's share of that CPU: on some machines a syscall costs several times what it does on others
  local kernel; kernel=$(awk -v t=$((after - before)) -v k=$((after_sys - before_sys)) \
    'BEGIN {printf "%d", (t > 0 ? k * 100 / t : 0)}')
  printf '%-8s c=%-3s %10s req/s  p50 %-8s p99 %-8s server CPU %s ms/req (kernel %s%%)  %s\n' \
    "$name" "$connections" "$rate" "$p50" "$p99" "$cpu_ms" "$kernel" "$errors" | tee -a "$OUT/summary.txt"
}

case $WHAT in bcrypt|all)
  taskset -c 1 java -cp "$(classpath)" bench/java/BcryptSpeed.java 10 20 | tee -a "$OUT/summary.txt" ;;
esac
# one password check, pinned to the server's core: Argon2id by argon2-jvm (the server's) and by Bouncy
# Castle's pure Java at the same parameters and at Keycloak 26's (m=7 MiB, t=5), and bcrypt-10
case $WHAT in hash|all)
  mvn -B -q dependency:get -Dartifact=org.bouncycastle:bcprov-jdk18on:1.79 >/dev/null
  BC=$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.79/bcprov-jdk18on-1.79.jar
  taskset -c 1 java -cp "$(classpath):$BC" bench/java/HashSpeed.java 15 | tee -a "$OUT/summary.txt" ;;
esac
# the CPU of the rate-limit checks themselves (RedisRateLimits on this Redis), pinned to the server's core
case $WHAT in limits|all)
  taskset -c 1 java -Dlogback.configurationFile=bench/java/logback.xml \
    -cp "$(classpath):domain/target/classes:application/target/classes:adapters-persistence/target/classes" \
    bench/java/LimitCost.java "$REDIS_URL" 20000 | tee -a "$OUT/summary.txt" ;;
esac
case $WHAT in memory|all)
  java -Dlogback.configurationFile=bench/java/logback.xml -cp "$(classpath):domain/target/classes:application/target/classes:adapters-persistence/target/classes" bench/java/SessionMemory.java "$REDIS_URL" 100000 \
    | tee -a "$OUT/summary.txt" ;;
esac
# mean answer time of 40 failed logins: a wrong password for a real account, then an unknown account
case $WHAT in timing|all)
  if [ -z "${SERVER:-}" ]; then start_server; fi
  for who in 100000001 999999999; do
    for _ in $(seq 1 40); do
      curl -s -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"user_identity\":\"$who\",\"password\":\"wrong-password\"}"
    done | awk -v who="$who" '{ sum += $1 } END { printf "failed login as %s: mean %.1f ms over %d\n", who, sum * 1000 / NR, NR }' \
      | tee -a "$OUT/summary.txt"
  done
  ;;
esac
# serve: one server, kept until this script is stopped (its pid in $BENCH_PID_FILE), for turns that measure a server
# kept warm across rounds as the peers are (BENCH_SERVER_PID=<that pid> bench/run.sh me|refresh uses it)
case $WHAT in serve)
  start_server
  echo "$SERVER" > "${BENCH_PID_FILE:-$OUT/server.pid}"
  trap 'exit 0' TERM INT # on the way out the EXIT trap stops the server and forgets its run
  wait $SERVER ;;
esac
# me-floor: /me, GET /health, /me again on the same server: a route that does nothing of its own through the same
# Grizzly, Jersey and filters (the floor under /me of everything that is not /me's work) between two /me turns, the
# first of which may still pay the JIT compiler on a fresh server
case $WHAT in login|refresh|me|me-floor|all)
  if [ -n "${BENCH_SERVER_PID:-}" ]; then SERVER=$BENCH_SERVER_PID; fi
  if [ -z "${SERVER:-}" ]; then start_server; fi
  # /me and refresh first: at their rates the shared code (Jersey, Jackson, Redisson, JDBC) gets compiled by
  # C2, which ~10 logins/s alone would take many minutes to do.
  case $WHAT in me|me-floor|all)
    login_tokens 1 access_token "$OUT/access-token.txt"
    TOKEN=$(cat "$OUT/access-token.txt") measure me 64 bench/lua/me.lua ;;
  esac
  case $WHAT in me-floor)
    measure health 64 bench/lua/health.lua
    TOKEN=$(cat "$OUT/access-token.txt") measure me-again 64 bench/lua/me.lua ;;
  esac
  case $WHAT in refresh|all)
    login_tokens 200 refresh_token "$OUT/refresh-tokens-warmup.txt"
    login_tokens 200 refresh_token "$OUT/refresh-tokens.txt"
    WARM_TOKENS="$OUT/refresh-tokens-warmup.txt" TOKENS="$OUT/refresh-tokens.txt" THREADS=1 \
      measure refresh 8 bench/lua/refresh.lua ;;
  esac
  case $WHAT in login|all)
    if [ "${BENCH_LIMITS:-off}" = on ]; then
      # every login through all its checks, each from another forwarded address (one address would be refused)
      FORWARDED=1 measure login-limits 8 bench/lua/login.lua
    else
      measure login 8 bench/lua/login.lua
    fi ;;
  esac
  ;;
esac
# the scoped users list over a tenant of 100,000 people in 500 units (issue 3's target: p99 < 30 ms at 16
# connections as a unit admin), then the query plans the list runs
# /me with and without 32 connections that announce a body and never send it (bench/stall.py), in turns
# ab: this jar (A) against another build (B: BENCH_JAR_B), both running at once on core 1, measured in turns,
# A B A B ..., ROUNDS times (default 8) for /me and for refresh (AB_ENDPOINTS: any of me, refresh, login), each turn
# DURATION seconds after one WARMUP per side; the ratio is taken pair by pair, so a machine that drifts moves both
# sides of a pair alike.
case $WHAT in ab)
  [ -n "${BENCH_JAR_B:-}" ] || { echo "ab needs BENCH_JAR_B, the build to compare with" >&2; exit 2; }
  start_server; SERVER_A=$SERVER; BASE_A=$BASE
  trap - EXIT
  JAR_SAVED=$JAR; JAR=$BENCH_JAR_B; PORT=$((PORT + 1)); BASE=http://127.0.0.1:$PORT; RUN_A=$RUN; RUN=${RUN}_b
  start_server; SERVER_B=$SERVER; BASE_B=$BASE; JAR=$JAR_SAVED
  trap 'kill $SERVER_A $SERVER_B 2>/dev/null; forget_run $RUN_A; forget_run $RUN' EXIT
  side() { if [ "$1" = a ]; then SERVER=$SERVER_A; BASE=$BASE_A; else SERVER=$SERVER_B; BASE=$BASE_B; fi; }
  ROUNDS=${ROUNDS:-8}
  for endpoint in ${AB_ENDPOINTS:-me refresh}; do
    for s in a b; do # the warm-up of each side; the turns below measure only
      side $s
      if [ $endpoint = me ]; then
        login_tokens 1 access_token "$OUT/token-$s.txt"
        TOKEN=$(cat "$OUT/token-$s.txt") taskset -c 0 wrk -t1 -c64 -d"${WARMUP}s" -s bench/lua/me.lua "$BASE" > /dev/null
      elif [ $endpoint = login ]; then
        taskset -c 0 wrk -t1 -c8 -d"${WARMUP}s" -s bench/lua/login.lua "$BASE" > /dev/null
      else
        login_tokens 200 refresh_token "$OUT/tokens-$s.txt"
        TOKENS="$OUT/tokens-$s.txt" THREADS=1 taskset -c 0 wrk -t1 -c8 -d"${WARMUP}s" -s bench/lua/refresh.lua "$BASE" > /dev/null
      fi
    done
    for round in $(seq 1 "$ROUNDS"); do
      for s in a b; do
        side $s
        if [ $endpoint = me ]; then
          TOKEN=$(cat "$OUT/token-$s.txt") WARMUP=1 measure "$endpoint-$s-$round" 64 bench/lua/me.lua
        elif [ $endpoint = login ]; then
          WARMUP=1 measure "$endpoint-$s-$round" 8 bench/lua/login.lua
        else
          # fresh chains for measure's one-second warm-up and for the turn itself (a refresh token is good once)
          login_tokens 200 refresh_token "$OUT/warm-tokens-$s.txt"
          login_tokens 200 refresh_token "$OUT/tokens-$s.txt"
          WARM_TOKENS="$OUT/warm-tokens-$s.txt" TOKENS="$OUT/tokens-$s.txt" THREADS=1 WARMUP=1 \
            measure "$endpoint-$s-$round" 8 bench/lua/refresh.lua
        fi
      done
    done
    # per pair: A's rate over B's, B's CPU per request over A's (above 1: A is cheaper); then the medians
    awk -v e="$endpoint" "$AWK_CPU"'$1 ~ "^"e"-a-" {ra[++na]=$3; ca[na]=cpu()} $1 ~ "^"e"-b-" {rb[++nb]=$3; cb[nb]=cpu()}
      END { for (i = 1; i <= na; i++) { r[i] = ra[i] / rb[i]; c[i] = cb[i] / ca[i]; printf "%s pair %d: rate A/B %.3f, CPU per request B/A %.3f\n", e, i, r[i], c[i] }
            asort(r); asort(c); m = int((na + 1) / 2);
            printf "%s: median of %d pairs: rate A/B %.3f, CPU per request B/A %.3f\n", e, na, (na % 2 ? r[m] : (r[m] + r[m+1]) / 2), (na % 2 ? c[m] : (c[m] + c[m+1]) / 2) }' \
      "$OUT/summary.txt" | tee -a "$OUT/ab.txt"
  done
  ;;
esac
# dialects: the native path against the connector client's (/clients/connector/api/v1/auth/...), one server, in
# turns native, connector, native, ... ROUNDS times (default 6) for /me, refresh and login, each turn DURATION
# seconds after one WARMUP per side; per pair, the connector's server CPU per request over the native's
case $WHAT in dialects)
  start_server
  ROUNDS=${ROUNDS:-6}
  for endpoint in me refresh login; do
    for side in native connector; do
      if [ $side = connector ]; then export PREFIX=/clients/connector; else export PREFIX=; fi
      if [ $endpoint = me ]; then
        login_tokens 1 access_token "$OUT/token-$side.txt"
        TOKEN=$(cat "$OUT/token-$side.txt") taskset -c 0 wrk -t1 -c64 -d"${WARMUP}s" -s bench/lua/me.lua "$BASE" > /dev/null
      elif [ $endpoint = refresh ]; then
        login_tokens 200 refresh_token "$OUT/tokens-$side.txt"
        TOKENS="$OUT/tokens-$side.txt" THREADS=1 taskset -c 0 wrk -t1 -c8 -d"${WARMUP}s" -s bench/lua/refresh.lua "$BASE" > /dev/null
      else
        taskset -c 0 wrk -t1 -c8 -d"$((WARMUP / 3))s" -s bench/lua/login.lua "$BASE" > /dev/null
      fi
    done
    for round in $(seq 1 "$ROUNDS"); do
      for side in native connector; do
        if [ $side = connector ]; then export PREFIX=/clients/connector; else export PREFIX=; fi
        if [ $endpoint = me ]; then
          TOKEN=$(cat "$OUT/token-$side.txt") WARMUP=1 measure "$endpoint-$side-$round" 64 bench/lua/me.lua
        elif [ $endpoint = refresh ]; then
          login_tokens 200 refresh_token "$OUT/warm-tokens-$side.txt"
          login_tokens 200 refresh_token "$OUT/tokens-$side.txt"
          WARM_TOKENS="$OUT/warm-tokens-$side.txt" TOKENS="$OUT/tokens-$side.txt" THREADS=1 WARMUP=1 \
            measure "$endpoint-$side-$round" 8 bench/lua/refresh.lua
        else
          WARMUP=1 measure "$endpoint-$side-$round" 8 bench/lua/login.lua
        fi
      done
    done
    awk -v e="$endpoint" "$AWK_CPU"'$1 ~ "^"e"-native-" {cn[++nn]=cpu()} $1 ~ "^"e"-connector-" {cc[++nc]=cpu()}
      END { for (i = 1; i <= nn; i++) { c[i] = cc[i] / cn[i]; printf "%s pair %d: CPU per request connector/native %.3f\n", e, i, c[i] }
            asort(c); m = int((nn + 1) / 2);
            printf "%s: median of %d pairs: CPU per request connector/native %.3f\n", e, nn, (nn % 2 ? c[m] : (c[m] + c[m+1]) / 2) }' \
      "$OUT/summary.txt" | tee -a "$OUT/dialects.txt"
  done
  unset PREFIX
  ;;
esac
# sign: ES256 and HS256, signing and checking one token, alone on the server's core (java/SignCost.java)
case $WHAT in sign)
  taskset -c 1 java -cp "$(classpath):adapters-persistence/target/classes" bench/java/SignCost.java | tee -a "$OUT/summary.txt"
  ;;
esac
# introspect: /t/1/introspect (the demo confidential client, HTTP Basic) against /auth/me with the same token, one
# server, in turns me, introspect, ... ROUNDS times (default 6), each DURATION seconds after one WARMUP per side;
# per pair, the introspection's server CPU per request over /me's
case $WHAT in introspect)
  start_server
  ROUNDS=${ROUNDS:-6}
  login_tokens 1 access_token "$OUT/token.txt"
  TOKEN=$(cat "$OUT/token.txt"); export TOKEN
  for side in me introspect; do
    taskset -c 0 wrk -t1 -c64 -d"${WARMUP}s" -s bench/lua/$side.lua "$BASE" > /dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    for side in me introspect; do
      WARMUP=1 measure "$side-$round" 64 bench/lua/$side.lua
    done
  done
  awk "$AWK_CPU"'$1 ~ "^me-" {cm[++nm]=cpu(); rm[nm]=$3} $1 ~ "^introspect-" {ci[++ni]=cpu(); ri[ni]=$3}
    END { for (i = 1; i <= nm; i++) { c[i] = ci[i] / cm[i]; r[i] = ri[i] / rm[i];
            printf "pair %d: introspect/me CPU per request %.3f, rate %.3f\n", i, c[i], r[i] }
          asort(c); asort(r); m = int((nm + 1) / 2);
          printf "median of %d pairs: introspect/me CPU per request %.3f, rate %.3f\n", nm,
            (nm % 2 ? c[m] : (c[m] + c[m+1]) / 2), (nm % 2 ? r[m] : (r[m] + r[m+1]) / 2) }' \
    "$OUT/summary.txt" | tee -a "$OUT/introspect.txt"
  ;;
esac
case $WHAT in stalled)
  start_server
  login_tokens 1 access_token "$OUT/access-token.txt"
  for round in 1 2; do
    TOKEN=$(cat "$OUT/access-token.txt") measure "me-clear-$round" 64 bench/lua/me.lua
    taskset -c 0 python3 bench/stall.py 127.0.0.1 "$PORT" 32 & STALLER=$!
    TOKEN=$(cat "$OUT/access-token.txt") measure "me-32-stalled-$round" 64 bench/lua/me.lua
    kill $STALLER
  done
  ;;
esac
case $WHAT in users|all)
  if [ -z "${SERVER:-}" ]; then start_server; fi
  PSQL="postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3D$RUN"
  psql -q "$PSQL" -f bench/sql/users-100k.sql > /dev/null
  for who in 100000003:unit-admin branchadmin:branch-admin 800000001:tenant-admin; do
    login_tokens 1 access_token "$OUT/users-token.txt" "${who%%:*}"
    TOKEN=$(cat "$OUT/users-token.txt") TARGET="/api/v1/users?limit=50" measure "${who##*:}" 16 bench/lua/get.lua
  done
  # the two statements JdbcUsers#page runs for a unit scope: unit by unit (up to 16 units), else one filter
  explain() { psql -q "$PSQL" -c "explain (analyze, buffers, costs off) $1" >> "$OUT/users-plans.txt"; }
  echo "-- unit admin, scope {2}, unit by unit" >> "$OUT/users-plans.txt"
  explain "select u.* from unnest('{2}'::bigint[]) as s(unit_id) cross join lateral
    (select u.* from users u where u.tenant_id = 1 and u.unit_id = s.unit_id order by u.id limit 51) u
    order by u.id limit 51"
  echo "-- branch admin, scope = the ~100 units of the second branch" >> "$OUT/users-plans.txt"
  explain "select u.* from users u where u.tenant_id = 1 and u.unit_id = any(array(
    select id from units where branch_id = (select id from branches where tenant_id = 1 order by id offset 1 limit 1)))
    order by u.id limit 51"
  cat "$OUT/users-plans.txt"
  ;;
esac
# the task chat (issues 4, 8): fan-out to 200 members at a fixed rate and unthrottled, 10,000 idle sockets
# (/ws, then Socket.IO), and
# a message posted on node A reaching 200 members on node B (bench/java/ChatLoad.java; the load on core 0)
case $WHAT in chat|all)
  if [ -z "${SERVER:-}" ]; then start_server; fi
  ulimit -n 65536 2>/dev/null || true   # 10,000 sockets need as many descriptors on each side
  PSQL="postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3D$RUN"
  psql -q "$PSQL" -f bench/sql/chat-room.sql > /dev/null
  TASK=$(psql -qtA "$PSQL" -c "select id from tasks where title = 'Bench room'")
  load() { taskset -c 0 java -Xmx2g bench/java/ChatLoad.java "$@" 2>>"$OUT/chat-errors.txt" | tee -a "$OUT/summary.txt"; }
  load fanout "$BASE" "$BASE" "$TASK" 200 10 20 "${CHAT_WARMUP:-60}" "$SERVER" > /dev/null   # JIT warm-up
  load fanout "$BASE" "$BASE" "$TASK" 200 10 20 10 "$SERVER"
  load flood "$BASE" "$BASE" "$TASK" 200 10 8 10 "$SERVER"
  echo "messages stored in the bench room: $(psql -qtA "$PSQL" -c "select count(*) from task_messages where task_id = $TASK")" \
    | tee -a "$OUT/summary.txt"
  load idle "$BASE" 10000 "$SERVER"
  # the same through the Socket.IO door, held past two of the server's heartbeats (25 s apart)
  load idle-sio "$BASE" 10000 "$SERVER" "${IDLE_HOLD:-60}"
  # a second node on the same PostgreSQL schema and Redis prefix, also on core 1
  B_PORT=$((PORT + 1))
  GERBANG_PORT=$B_PORT GERBANG_HOST=127.0.0.1 GERBANG_DB_URL="$DB_URL" GERBANG_DB_SCHEMA=$RUN \
  GERBANG_REDIS_URL="$REDIS_URL" GERBANG_REDIS_PREFIX="$RUN:" \
  GERBANG_JWT_SECRET=bench-secret-bench-secret-bench-secret-0123 GERBANG_RATE_LIMITS=off \
    taskset -c 1 java -Xms512m -Xmx512m -jar "$JAR" > "$OUT/server-b.log" 2>&1 &
  SERVER_B=$!
  trap 'kill $SERVER $SERVER_B 2>/dev/null; forget_run $RUN' EXIT
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$B_PORT/ready" >/dev/null && break; sleep 0.5; done
  load fanout "$BASE" "http://127.0.0.1:$B_PORT" "$TASK" 200 10 20 "${CHAT_WARMUP:-60}" "$SERVER,$SERVER_B" > /dev/null
  echo "cross-node (sent on A, 200 members on B):" | tee -a "$OUT/summary.txt"
  load fanout "$BASE" "http://127.0.0.1:$B_PORT" "$TASK" 200 10 20 10 "$SERVER,$SERVER_B"
  ;;
esac
# /login-2fa per second on the server's core: 6,000 people with two-factor on (bcrypt-4 makes their set-up
# quick; /login-2fa itself checks no password), half of them to warm up (bench/java/SecondFactorLoad.java)
case $WHAT in 2fa)
  BENCH_PASSWORD_HASH=bcrypt BENCH_BCRYPT_COST=4 start_server
  taskset -c 0 java -cp "$(classpath):domain/target/classes:application/target/classes:adapters-persistence/target/classes" \
    bench/java/SecondFactorLoad.java "$BASE" "$SERVER" "${PEOPLE:-6000}" 8 | tee -a "$OUT/summary.txt" ;;
esac
# GET /metrics while 10,000 idle /ws sockets are open (issue 10: under 50 ms); ChatLoad idle times 20 scrapes
case $WHAT in metrics)
  start_server
  ulimit -n 65536 2>/dev/null || true
  psql -q "postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3D$RUN" -f bench/sql/chat-room.sql > /dev/null
  taskset -c 0 java -Xmx2g bench/java/ChatLoad.java idle "$BASE" 10000 "$SERVER" | tee -a "$OUT/summary.txt" ;;
esac
# the floor of a chat delivery: plain NIO writes of one frame to 200 loopback sockets, server-side CPU per write
case $WHAT in floor)
  taskset -c 1 java bench/java/WriteFloor.java write 200 2000 200 | tee -a "$OUT/summary.txt" & WRITER=$!
  sleep 2; taskset -c 0 java bench/java/WriteFloor.java read 200 > /dev/null; wait $WRITER ;;
esac
echo "results in $OUT"
