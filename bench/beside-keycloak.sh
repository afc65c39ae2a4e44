#!/usr/bin/env bash
# /auth/me and refresh beside Keycloak 26's userinfo and refresh grant, in one run and in turns (Gerbang /me,
# Keycloak userinfo, Gerbang refresh, Keycloak refresh), each server on core 1 and wrk on core 0, with the same
# connections (64 and 8), warm-up and measured time. Keycloak must be running on core 1 already:
#   KC_CPUSET=1 ../shared/peers/keycloak/start.sh
# Gerbang's figures land in bench/results/<run>/summary.txt, Keycloak's in $PEERS_HOME/results/ (default /tmp/peers).
set -euo pipefail
cd "$(dirname "$0")/.."
PEERS=${PEERS:-../shared/peers}
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-30}

for turn in me refresh; do
  WARMUP=$WARMUP DURATION=$DURATION bench/run.sh "$turn"
  case $turn in
    me) scenario=userinfo connections=64 ;;
    refresh) scenario=refresh connections=8 ;;
  esac
  WRK_CPUSET=0 CONNS=$connections SCENARIOS=$scenario WARMUP=${WARMUP}s DURATION=${DURATION}s QUIET_WAIT=30 \
    "$PEERS/load/run-keycloak.sh"
done
