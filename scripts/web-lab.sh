#!/usr/bin/env bash
# The web-visit lab (Lab 5) on one machine, offline: the kit's DNS responder and web server on
# loopback, the kit's client resolving lab.echo and fetching the page twice (keep-alive, then
# Connection: close), all captured by the sniffer, then the annotated conversation and the flow.
#
#   scripts/web-lab.sh [--lang ko|en]        (capturing needs root or CAP_NET_RAW)
#
# Environment: HTTP_PORT (default 8080), DNS_PORT (default 5353), PCAP (default web-lab.pcap).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
http_port="${HTTP_PORT:-8080}"
dns_port="${DNS_PORT:-5353}"
pcap="${PCAP:-web-lab.pcap}"
lang=("$@")
work="$(mktemp -d)"
pids=()

cleanup() {
    local i
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill -TERM "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# Waits until file $1 has a line (the program's "listening"/"capturing" line) or process $2 died.
wait_for_line() {
    local tries=0
    until [ -s "$1" ]; do
        if ! kill -0 "$2" 2>/dev/null; then
            cat "$1" "$1.err" 2>/dev/null >&2 || true
            exit 1
        fi
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || { echo "web-lab: $1 stayed silent" >&2; exit 1; }
        sleep 0.1
    done
}

# Build the jars once, before anything is timed.
"$here/echo-server" --version >/dev/null
"$here/echo-client" --version >/dev/null
"$here/sniffer" --version >/dev/null

"$here/echo-server" web --http-port "$http_port" --dns-port "$dns_port" "${lang[@]}" >"$work/server" 2>&1 &
pids+=($!)
wait_for_line "$work/server" "${pids[-1]}"

"$here/sniffer" capture -f "udp port $dns_port or tcp port $http_port" -w "$pcap" "${lang[@]}" \
    >/dev/null 2>"$work/capture" &
capture=$!
pids+=("$capture")
wait_for_line "$work/capture" "$capture"

"$here/echo-client" web "http://lab.echo:$http_port/" --dns "127.0.0.1:$dns_port" "${lang[@]}"
"$here/echo-client" web "http://lab.echo:$http_port/" --dns "127.0.0.1:$dns_port" --close "${lang[@]}"

# Let the last ACK of the teardown reach the capture, then stop it like Ctrl-C.
sleep 0.5
kill -TERM "$capture"
wait "$capture" || true
unset 'pids[-1]'

echo
"$here/sniffer" read "$pcap" "${lang[@]}"
echo
echo "=== flow: DNS -> 3-way handshake -> HTTP -> 4-way handshake ($pcap) ==="
"$here/sniffer" read "$pcap" "${lang[@]}" 2>&1 | grep -E '^ *[0-9]+ [0-9]+\.[0-9]+ |^Conversation'
echo
# One ladder diagram per TCP connection: the handshake, the HTTP exchange and who sent the first FIN.
"$here/sniffer" flow "$pcap" "${lang[@]}"
