#!/usr/bin/env bash
# Starts the product on its embedded defaults in a fresh data directory, waits until it is ready, then samples
# its CPU time and resident memory while it sits idle; stops it. Bounded: about a minute.
#   bench/idle.sh [extra java options…]     (run `mvn -B -q install -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=product/target/bulletin-platform.jar
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA_DIR="$data" HTTP_PORT="$port" ADMIN_TOKEN=idle-bench java "$@" -jar "$jar" >"$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data" "$data.log"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 1
done
sleep 10
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks); sleep 30; after=$(ticks)
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "idle: $(( (after - before) * 100 / hz / 30 ))% of one core over 30 s; RSS $(( rss / 1024 )) MiB; java options: ${*:-none}"
