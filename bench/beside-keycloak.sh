#!/usr/bin/env bash
# /auth/me and refresh beside Keycloak 26's userinfo and refresh grant, in one run and in turns (Gerbang /me,
# Keycloak userinfo, Gerbang refresh, Keycloak refresh), each server on core 1 and wrk on core 0, with the same
# connections (64 and 8), warm-up and measured time. Keycloak must be running on core 1 already:
#   KC_CPUSET=1 ../shared/peers/keycloak/start.sh
# Gerbang's figures land in bench/results/<run>/summary.txt, Keycloak's in $PEERS_HOME/results/ (default /tmp/peers).
#   ROUNDS=3 GERBANG_KEPT=1 WARMUP=60 DURATION=20 bench/beside-keycloak.sh   (three rounds, one Gerbang kept warm)
#   KEYCLOAK_PREWARM=240 ...          (Keycloak's userinfo and refresh warmed 4 minutes each first)
#   TURNS=login ROUNDS=3 GERBANG_KEPT=1 WARMUP=60 DURATION=20 bench/beside-keycloak.sh   (password sign-ins instead)
set -euo pipefail
cd "$(dirname "$0")/.."
PEERS=${PEERS:-../shared/peers}
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-30}

# Keycloak goes on working for a while after a load ends (a fresh one for a minute or more): on the shared core that
# halved Gerbang's next turn once (refresh at 0.59 ms of CPU instead of 0.29). Each Gerbang turn waits for it to idle.
KC_PID=$(cat "${PEERS_HOME:-/tmp/peers}/keycloak.pid")
keycloak_idle() { # up to QUIET_WAIT seconds (default 180) until Keycloak uses under 5 % of a core over 2 s
  local start=$SECONDS before after ticks; ticks=$(getconf CLK_TCK)
  while [ $((SECONDS - start)) -lt "${QUIET_WAIT:-180}" ]; do
    before=$(awk '{print $14 + $15}' "/proc/$KC_PID/stat"); sleep 2; after=$(awk '{print $14 + $15}' "/proc/$KC_PID/stat")
    [ $(( (after - before) * 100 / (2 * ticks) )) -lt 5 ] && return 0
    echo "   Keycloak still busy ($(( (after - before) * 100 / (2 * ticks) )) % of a core), waiting..." >&2
  done
  echo "   Keycloak still busy after ${QUIET_WAIT:-180} s, measuring anyway" >&2
}

# GERBANG_KEPT=1: one Gerbang server for all the turns of this call (warmed by each turn's warm-up, as Keycloak is
# by the rounds before), instead of a fresh server per turn
if [ "${GERBANG_KEPT:-0}" = 1 ]; then
  PID_FILE=$(mktemp); rm -f "$PID_FILE"
  BENCH_PID_FILE=$PID_FILE bench/run.sh serve > /dev/null 2>&1 &
  SERVE=$!
  trap 'kill $SERVE 2>/dev/null; wait $SERVE 2>/dev/null; rm -f "$PID_FILE"' EXIT
  for _ in $(seq 1 240); do [ -s "$PID_FILE" ] && break; sleep 0.5; done
  [ -s "$PID_FILE" ] || { echo "the kept Gerbang server did not start" >&2; exit 1; }
  export BENCH_SERVER_PID; BENCH_SERVER_PID=$(cat "$PID_FILE")
fi

# KEYCLOAK_PREWARM=<seconds>: Keycloak's userinfo and refresh each run that long first, discarded (a fresh Keycloak
# goes on rising for minutes; the issue measures against a warm one)
# Keycloak's scenario beside a Gerbang turn, and the connections both get
peer_of() { case $1 in me) echo "userinfo 64" ;; refresh) echo "refresh 8" ;; login) echo "login 8" ;; esac; }
if [ -n "${KEYCLOAK_PREWARM:-}" ]; then
  for turn in me refresh; do
    read -r scenario connections <<< "$(peer_of $turn)"
    WRK_CPUSET=0 CONNS=$connections SCENARIOS=$scenario WARMUP=${KEYCLOAK_PREWARM}s DURATION=5s QUIET_WAIT=0 \
      RESULTS=/dev/null "$PEERS/load/run-keycloak.sh" > /dev/null
  done
fi

# ROUNDS (default 1) rounds of the two turns in this one call
for round in $(seq 1 "${ROUNDS:-1}"); do
  echo "=== round $round"
  for turn in ${TURNS:-me refresh}; do
    keycloak_idle
    WARMUP=$WARMUP DURATION=$DURATION bench/run.sh "$turn"
    read -r scenario connections <<< "$(peer_of "$turn")"
    WRK_CPUSET=0 CONNS=$connections SCENARIOS=$scenario WARMUP=${WARMUP}s DURATION=${DURATION}s QUIET_WAIT=30 \
      "$PEERS/load/run-keycloak.sh"
  done
done
