#!/usr/bin/env bash
# Echo-server benchmarks: the kit's plain server against Netty's echo server (1,000 clients on
# loopback, round trips/s and p50/p99 latency), and secure handshakes/s against
# `openssl speed -seconds 5 rsa2048`. Bounded: about 3 minutes with the defaults (3 alternating rounds of 2 x 12 s per server).
# Extra arguments go to the driver, e.g. `bench/servers.sh --seconds 5 --rounds 1`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v openssl >/dev/null || { echo "bench/servers.sh: openssl is required (apt-get install openssl)" >&2; exit 1; }
# The shaded server jar (the kit under test), then the bench jar (Netty, HdrHistogram) that is
# never part of the root build. -o is dropped only when the bench's own dependencies are missing.
./mvnw -q -B -o -pl echo-server -am package -DskipTests
if ! ./mvnw -q -B -o -f bench/servers/pom.xml package 2>/dev/null; then
    ./mvnw -q -B -f bench/servers/pom.xml package
fi
exec java -cp "bench/servers/target/echo-bench-servers.jar:echo-server/target/echo-server.jar" \
    org.echolab.bench.ServerBench \
    --server-jar echo-server/target/echo-server.jar \
    --bench-jar bench/servers/target/echo-bench-servers.jar "$@"
