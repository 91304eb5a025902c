#!/usr/bin/env bash
# Re-records the real loopback captures used by TsharkAnalysisOracleTest (needs root for
# tcpdump). Payloads are cut at 128 bytes (-s 128) to keep the files small; tcp.len still
# comes from the IP header. Crafted captures are made by craft_captures.py.
set -euo pipefail
cd "$(dirname "$0")"
TCPDUMP=$(command -v tcpdump || echo /usr/sbin/tcpdump)

record() { # name scenario port
    local name=$1 scenario=$2 port=$3
    "$TCPDUMP" -i lo -s 128 -U -w "$name.pcap" "tcp port $port" 2>/dev/null &
    local pid=$!
    sleep 1
    python3 traffic.py "$scenario" "$port"
    sleep 1
    kill "$pid"
    wait "$pid" || true
}

record echo-ipv4 echo4 40123
record echo-ipv6 echo6 40125
record zero-window zerowindow 40127
record rst rst 40129
record keepalive keepalive 40131
record port-reuse reuse 40133
ls -l ./*.pcap
