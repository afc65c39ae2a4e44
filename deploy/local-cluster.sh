#!/usr/bin/env bash
# A Gerbang cluster on this machine, as a deployment would run it: HAProxy in front of three Gerbang nodes that
# share one PostgreSQL and a Redis Cluster of three masters. Debian's haproxy, redis-server and postgresql are
# installed with apt-get when missing.
#
#   deploy/local-cluster.sh up            build nothing; start everything (the jar: mvn -B -q package -DskipTests)
#   deploy/local-cluster.sh down          stop everything and remove its files
#   deploy/local-cluster.sh status        what runs, and where
#   deploy/local-cluster.sh stop N        SIGTERM node N (1-3) and wait until it has exited
#   deploy/local-cluster.sh start N       start node N again and wait until it is ready
#   deploy/local-cluster.sh restart N     stop N, then start N (one step of a rolling restart)
#   deploy/local-cluster.sh kill N        kill -9 node N
#   deploy/local-cluster.sh pause-redis N / resume-redis N    SIGSTOP / SIGCONT Redis master N
#
# Everything listens on 127.0.0.1 from GERBANG_CLUSTER_PORT (default 18090): HAProxy there, the nodes on the next
# three ports, Redis on +11..+13, PostgreSQL on +20. Files (logs, data) under GERBANG_CLUSTER_DIR (default
# deploy/run). GERBANG_DB_URL names an existing PostgreSQL instead of starting one. Demo data is loaded.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
base="${GERBANG_CLUSTER_PORT:-18090}"
run="${GERBANG_CLUSTER_DIR:-$here/run}"
jar="${GERBANG_JAR:-$root/bootstrap/target/gerbang.jar}"
redis_ports=($((base + 11)) $((base + 12)) $((base + 13)))
pg_port=$((base + 20))

node_port() { echo $((base + $1)); }
log() { echo "== $*" >&2; }
die() { echo "local-cluster: $*" >&2; exit 1; }

apt_install() {
  local apt=apt-get
  [ "$(id -u)" = 0 ] || apt="sudo apt-get"
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive $apt install -y -q "$@" >/dev/null \
    || (DEBIAN_FRONTEND=noninteractive $apt update -q >/dev/null \
        && DEBIAN_FRONTEND=noninteractive $apt install -y -q "$@" >/dev/null)
}

needs() {
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || apt_install haproxy
  redis-server --version 2>/dev/null | grep -q 'v=[7-9]' || apt_install redis-server
  if [ -z "${GERBANG_DB_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt_install postgresql
  fi
  [ -f "$jar" ] || die "no $jar: build it first (mvn -B -q package -DskipTests)"
}

# within SECONDS WHAT COMMAND...: run COMMAND until it succeeds, at most SECONDS
within() {
  local seconds=$1 what=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "no $what within $seconds s"
    sleep 0.2
  done
}

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/ready"; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  if [ -n "${GERBANG_DB_URL:-}" ]; then
    echo "$GERBANG_DB_URL" > "$run/db-url"
    return
  fi
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  mkdir -p "$run/postgres"
  [ "$(id -u)" = 0 ] && chown postgres "$run/postgres"
  as_postgres "$bin/initdb" -D "$run/postgres/data" -U postgres --auth=trust -E UTF8 >/dev/null
  as_postgres "$bin/pg_ctl" -D "$run/postgres/data" -l "$run/postgres/log" -w \
    -o "-p $pg_port -k $run/postgres -c listen_addresses=127.0.0.1" start >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres gerbang
  echo "jdbc:postgresql://127.0.0.1:$pg_port/gerbang?user=postgres" > "$run/db-url"
}

start_redis_cluster() {
  local port seeds=()
  for port in "${redis_ports[@]}"; do
    mkdir -p "$run/redis-$port"
    redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$run/redis-$port" \
      --pidfile "$run/redis-$port/pid" --logfile "$run/redis-$port/log" --save '' --appendonly no \
      --cluster-enabled yes --cluster-config-file nodes.conf --cluster-node-timeout 3000 \
      --cluster-require-full-coverage no
    within 10 "Redis on $port" redis-cli -p "$port" ping
    seeds+=("127.0.0.1:$port")
  done
  redis-cli --cluster create "${seeds[@]}" --cluster-replicas 0 --cluster-yes >/dev/null
  for port in "${redis_ports[@]}"; do
    within 30 "the Cluster formed on $port" sh -c "redis-cli -p $port cluster info | grep -q cluster_state:ok"
  done
}

secrets() {
  if [ ! -f "$run/secrets" ]; then
    printf 'GERBANG_JWT_SECRET=%s\nGERBANG_DATA_KEY=%s\n' \
      "$(head -c 36 /dev/urandom | base64 | tr -d '/+=')" "$(head -c 36 /dev/urandom | base64 | tr -d '/+=')" \
      > "$run/secrets"
    chmod 600 "$run/secrets"
  fi
}

start_node() {
  local n=$1 port; port=$(node_port "$1")
  mkdir -p "$run/node$n"
  (
    set -a; . "$run/secrets"; set +a
    export GERBANG_PORT="$port" GERBANG_HOST=127.0.0.1 GERBANG_DATA_DIR="$run/node$n" \
      GERBANG_DB_URL="$(cat "$run/db-url")" \
      GERBANG_REDIS_URL="redis://127.0.0.1:${redis_ports[0]},redis://127.0.0.1:${redis_ports[1]},redis://127.0.0.1:${redis_ports[2]}" \
      GERBANG_PUBLIC_URL="http://127.0.0.1:$base" GERBANG_TRUSTED_PROXIES=127.0.0.1 GERBANG_DEMO=true \
      GERBANG_LOG_FORMAT=text
    nohup java ${GERBANG_NODE_JAVA_OPTS:-} -jar "$jar" >> "$run/node$n/log" 2>&1 &
    echo $! > "$run/node$n/pid"
  )
  within 120 "node $n ready on $port" ready "$port"
}

stop_node() {
  local n=$1 pid
  pid="$(cat "$run/node$n/pid" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid"
  within 60 "node $n to exit" sh -c "! kill -0 $pid"
}

kill_node() {
  local pid; pid="$(cat "$run/node$1/pid")"
  kill -9 "$pid" 2>/dev/null || true
  within 10 "node $1 to die" sh -c "! kill -0 $pid"
}

start_haproxy() {
  GERBANG_CLUSTER_PORT=$base GERBANG_NODE1_PORT=$(node_port 1) GERBANG_NODE2_PORT=$(node_port 2) \
    GERBANG_NODE3_PORT=$(node_port 3) \
    haproxy -D -f "$here/haproxy.cfg" -p "$run/haproxy.pid" || die "HAProxy did not start"
  within 10 "HAProxy on $base" answers "$base"
}

up() {
  needs
  [ ! -e "$run" ] || die "$run exists: deploy/local-cluster.sh down first"
  mkdir -p "$run"
  secrets
  log "PostgreSQL"; start_postgres
  log "Redis Cluster on ${redis_ports[*]}"; start_redis_cluster
  # the first node migrates the schema and loads the demo data; the others find it there
  for n in 1 2 3; do log "node $n on $(node_port $n)"; start_node $n; done
  log "HAProxy on $base"; start_haproxy
  within 10 "a ready answer through HAProxy" ready "$base"
  status
}

down() {
  [ -d "$run" ] || return 0
  if [ -f "$run/haproxy.pid" ]; then kill "$(cat "$run/haproxy.pid")" 2>/dev/null || true; fi
  for n in 1 2 3; do stop_node $n || kill_node $n || true; done
  for port in "${redis_ports[@]}"; do
    if [ -f "$run/redis-$port/pid" ]; then
      kill -CONT "$(cat "$run/redis-$port/pid")" 2>/dev/null || true
      redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$run/redis-$port/pid")" 2>/dev/null || true
    fi
  done
  if [ -d "$run/postgres/data" ]; then
    as_postgres "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl" -D "$run/postgres/data" -m fast \
      -w stop >/dev/null || true
  fi
  rm -rf "$run"
}

status() {
  echo "HAProxy       http://127.0.0.1:$base  (REST, /ws, /socket.io/)"
  for n in 1 2 3; do
    local port; port=$(node_port $n)
    echo "node $n        http://127.0.0.1:$port  $(ready "$port" && echo ready || echo 'not ready')"
  done
  echo "Redis Cluster ${redis_ports[*]}"
  echo "PostgreSQL    $(cat "$run/db-url" 2>/dev/null)"
  echo "files         $run"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  stop) stop_node "$2" ;;
  start) start_node "$2" ;;
  restart) stop_node "$2"; start_node "$2" ;;
  kill) kill_node "$2" ;;
  pause-redis) kill -STOP "$(cat "$run/redis-${redis_ports[$(($2 - 1))]}/pid")" ;;
  resume-redis) kill -CONT "$(cat "$run/redis-${redis_ports[$(($2 - 1))]}/pid")" ;;
  *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
