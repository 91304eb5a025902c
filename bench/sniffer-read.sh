#!/usr/bin/env bash
# Reading speed and memory: `sniffer read` (text and jsonl, output to /dev/null) against
# `tshark -r` and `tcpdump -nn -r` on the same files in the same run. RUNS runs each (default 3);
# the median wall time gives packets/s (the 2M pcap and the pcapng: one run each); "peak RSS" is the largest "Maximum resident set size".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${RUNS:-3}"
out="$here/out"
"$here/make-captures.sh" "$out"
# The sniffer as students run it: the launcher (scripts/sniffer), which builds the jar once and
# picks the JVM's parallel collector.
sniffer="$here/../scripts/sniffer"
"$sniffer" --version >/dev/null
command -v /usr/bin/time >/dev/null || { echo "GNU time missing: apt-get install time" >&2; exit 1; }

# Tools say how they were called: sniffer-text = scripts/sniffer read --lang en --format text FILE,
# sniffer-jsonl = … --format jsonl, sniffer-256m = the text run with ECHOLAB_JAVA_OPTS=-Xmx256m (heap
# capped: the live set, not the JVM's default heap sizing), tshark = tshark -r FILE, tcpdump = tcpdump -nn -r FILE.
# measure LABEL FILE CMD...: prints "LABEL packets median_s packets_per_s peak_rss_mb"
measure() {
    local label="$1" file="$2" runs="$3"
    shift 3
    local packets times=() rss=0 t m
    packets="$(capinfos -c -M "$file" | awk '/Number of packets/ {print $NF}')"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" "$file" >/dev/null 2>&1
        read -r t m < "$out/time.txt"
        times+=("$t")
        [ "$m" -gt "$rss" ] && rss="$m"
    done
    local median
    median="$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    printf '%-14s %-16s %9s %9s %11.0f %9.0f\n' "$label" "$(basename "$file")" "$packets" "$median" \
        "$(echo "$packets / $median" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
printf '%-14s %-16s %9s %9s %11s %9s\n' tool file packets median_s packets/s rss_MB
{
    for f in "$out/echo-1m.pcap" "$out/echo-2m.pcap" "$out/echo-1m.pcapng"; do
        # The 1M pcap gives the speed ratios (RUNS runs); the others one run each (memory, pcapng).
        n=1
        [ "$f" = "$out/echo-1m.pcap" ] && n="$runs"
        measure sniffer-text "$f" "$n" "$sniffer" read --lang en --format text
        measure sniffer-jsonl "$f" "$n" "$sniffer" read --lang en --format jsonl
        # The same with the heap capped: the live set, not the JVM's default heap sizing.
        [[ "$f" == *.pcap ]] && measure sniffer-256m "$f" 1 env ECHOLAB_JAVA_OPTS=-Xmx256m "$sniffer" read --lang en --format text
        measure tshark "$f" "$n" tshark -r
        measure tcpdump "$f" "$n" tcpdump -nn -r
    done
} | tee "$out/read.txt"

# Ratios on the 1M pcap: sniffer packets/s over tshark's and tcpdump's.
awk '$2 == "echo-1m.pcap" {pps[$1] = $5}
     END {
       for (k in pps) if (k ~ /^sniffer/)
         printf "%s: %.2fx tshark, %.2fx tcpdump (packets/s, echo-1m.pcap)\n", k, pps[k] / pps["tshark"], pps[k] / pps["tcpdump"]
     }' "$out/read.txt"
# Memory as the file doubles.
awk '$1 ~ /^sniffer/ && $2 ~ /m.pcap$/ {rss[$1" "$2] = $6}
     END {
       for (f in rss) if (f ~ /1m.pcap$/) { k = f; sub(/ .*/, "", k)
         printf "%s: peak RSS %d MB (1M) -> %d MB (2M)\n", k, rss[k" echo-1m.pcap"], rss[k" echo-2m.pcap"] }
     }' "$out/read.txt"
