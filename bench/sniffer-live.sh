#!/usr/bin/env bash
# Live capture: echo load flat out on a private loopback (network namespace) for SECONDS
# (default 10) while `sniffer capture -i lo -w FILE` runs (text to a file); then the packets/s it
# saw, libpcap's drop counters from its summary, the packets tshark finds in the file, and how
# many packets the display had shown when it was stopped (the rest it counts without showing).
# Also: wall time of `echo-client plain -m HELLO` (start to echo printed) against `java -version`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${SECONDS_LIVE:-10}"
out="$here/out"
mkdir -p "$out"
sniffer_jar="$(. "$here/../scripts/lib.sh"; echolab_jar sniffer)"
server_jar="$(. "$here/../scripts/lib.sh"; echolab_jar echo-server)"
client_jar="$(. "$here/../scripts/lib.sh"; echolab_jar echo-client)"
# shellcheck source=lib.sh
. "$here/lib.sh"
bench_netns echolab-live
ip netns exec "$ns" java -jar "$server_jar" plain --max-clients 10000 >/dev/null 2>&1 &
pids+=($!)
bench_wait_port 12321

pcap="$out/live.pcap"
rm -f "$pcap"
ip netns exec "$ns" java -jar "$sniffer_jar" capture -i lo -w "$pcap" --lang en >"$out/live-out.txt" 2>"$out/live-err.txt" &
sniffer=$!
pids+=("$sniffer")
for _ in $(seq 100); do grep -q . "$out/live-err.txt" 2>/dev/null && break; sleep 0.1; done
sleep 0.5
load=()
ip netns exec "$ns" python3 "$here/echo-load.py" short 12321 "${seconds}s" >"$out/live-short.txt" & load+=($!)
for size in 64 1400; do
    ip netns exec "$ns" python3 "$here/echo-load.py" bulk 12321 "${seconds}s" "$size" >"$out/live-bulk-$size.txt" & load+=($!)
done
for p in "${load[@]}"; do wait "$p"; done
sleep 0.5
# SIGTERM: a background job of a non-interactive shell ignores SIGINT.
kill -TERM "$sniffer"
wait "$sniffer" || true
stats="$(grep -ao 'libpcap: .*' "$out/live-out.txt" | tail -1 || true)"
seen="$(grep -ao 'Summary: [0-9,]* frames' "$out/live-out.txt" | tail -1 | tr -dc '0-9')"
echoes="$(cat "$out"/live-short.txt "$out"/live-bulk-*.txt | paste -sd+ | bc)"
in_file="$(capinfos -c -M "$pcap" | awk '/Number of packets/ {print $NF}')"
tshark_count="$(tshark -r "$pcap" 2>/dev/null | wc -l)"
printf '%-34s %s\n' "load" "$seconds s, 1 short-conversation stream + 2 bulk connections"
printf '%-34s %s\n' "echoes done by the load" "$echoes"
printf '%-34s %s\n' "packets the sniffer dissected" "$seen"
printf '%-34s %s\n' "packets in -w file (capinfos)" "$in_file"
printf '%-34s %s\n' "packets tshark reads from it" "$tshark_count"
printf '%-34s %.0f\n' "packets/s captured" "$(echo "$in_file / $seconds" | bc -l)"
printf '%-34s %s\n' "sniffer summary" "$stats"
# Stopped while the display was still behind: the frames it counted but did not show (all in the file).
unshown="$(grep -ao 'display was [0-9]* packets behind' "$out/live-err.txt" | tr -dc '0-9' || true)"
printf '%-34s %s\n' "shown live / counted, not shown" "$((seen - ${unshown:-0})) / ${unshown:-0}"

# Start-up: client start to echo printed, against a bare JVM start.
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall() { /usr/bin/time -f "%e" -o "$out/t.txt" "$@" >/dev/null 2>&1; cat "$out/t.txt"; }
client="$(for _ in 1 2 3 4 5; do wall ip netns exec "$ns" java -jar "$client_jar" plain -m HELLO; done | median)"
bare="$(for _ in 1 2 3 4 5; do wall ip netns exec "$ns" java -version; done | median)"
printf '%-34s %s s\n' "echo-client plain -m HELLO (median 5)" "$client"
printf '%-34s %s s\n' "java -version (median 5)" "$bare"
