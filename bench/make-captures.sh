#!/usr/bin/env bash
# Records real echo traffic on a private loopback (a network namespace, so nothing else on the
# machine shows up and port 12321 is free) with tcpdump, then cuts the benchmark files:
#   $OUT/echo-1m.pcap, $OUT/echo-2m.pcap (first 1M / 2M packets), $OUT/echo-1m.pcapng.
# Needs root (namespace, capture). Usage: bench/make-captures.sh [OUT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/out}"
mkdir -p "$out"
if [ -f "$out/echo-2m.pcap" ] && [ -f "$out/echo-1m.pcap" ] && [ -f "$out/echo-1m.pcapng" ]; then
    exit 0
fi
server_jar="$(. "$here/../scripts/lib.sh"; echolab_jar echo-server)"
# shellcheck source=lib.sh
. "$here/lib.sh"
bench_netns echolab-bench
ip netns exec "$ns" java -jar "$server_jar" plain --max-clients 10000 >/dev/null 2>&1 &
pids+=($!)
bench_wait_port 12321
raw="$out/raw.pcap"
ip netns exec "$ns" tcpdump -i lo -s 262144 -B 131072 -w "$raw" "tcp port 12321" 2>"$out/tcpdump.log" &
tcpdump_pid=$!
pids+=("$tcpdump_pid")
sleep 1
# Two short-conversation streams (~10 packets each) and four bulk connections (~2 per echo).
load=()
for _ in 1 2; do ip netns exec "$ns" python3 "$here/echo-load.py" short 12321 55000 >/dev/null & load+=($!); done
for size in 64 200 600 1400; do ip netns exec "$ns" python3 "$here/echo-load.py" bulk 12321 120000 "$size" >/dev/null & load+=($!); done
for p in "${load[@]}"; do wait "$p"; done
sleep 1
kill -INT "$tcpdump_pid"
wait "$tcpdump_pid" || true
cat "$out/tcpdump.log" >&2
editcap -F pcap -r "$raw" "$out/echo-2m.pcap" 1-2000000
editcap -F pcap -r "$raw" "$out/echo-1m.pcap" 1-1000000
editcap -F pcapng "$out/echo-1m.pcap" "$out/echo-1m.pcapng"
rm -f "$raw"
