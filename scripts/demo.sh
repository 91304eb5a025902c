#!/usr/bin/env bash
# The one-command demo: both echo servers on loopback, a capture of both conversations, the
# plain and the secure client sending HELLO, then the sniffer's explanation of every packet and
# the side-by-side comparison. Usage: scripts/demo.sh [--lang ko|en] [--out DIR]
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

lang=""
out_dir="."
while [ $# -gt 0 ]; do
    case "$1" in
        --lang) lang="${2:-}"; shift 2 ;;
        --lang=*) lang="${1#--lang=}"; shift ;;
        --out) out_dir="${2:-}"; shift 2 ;;
        --out=*) out_dir="${1#--out=}"; shift ;;
        -h|--help) sed -n '2,4s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "demo: unknown argument: $1 (usage: scripts/demo.sh [--lang ko|en] [--out DIR])" >&2; exit 2 ;;
    esac
done
if [ -z "$lang" ]; then
    case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in ko*) lang=ko ;; *) lang=en ;; esac
fi
case "$lang" in ko|en) ;; *) echo "demo: --lang must be ko or en, not '$lang'" >&2; exit 2 ;; esac

say() { # say "english" "한국어"
    if [ "$lang" = ko ]; then printf '%s\n' "$2"; else printf '%s\n' "$1"; fi
}
fail() { say "demo: $1" "demo: $2" >&2; exit "${3:-1}"; }

# 1. What the demo needs: Java 17+, libpcap, capture privilege.
command -v java >/dev/null 2>&1 || fail "Java 17 or newer is needed (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk)" \
    "Java 17 이상이 필요합니다 (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk)"
java_major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
[ "${java_major:-0}" -ge 17 ] || fail "Java ${java_major:-?} found, 17 or newer is needed" "Java ${java_major:-?}이(가) 있지만 17 이상이 필요합니다"
if [ "$(uname -s)" = Linux ] && ! ldconfig -p 2>/dev/null | grep -q 'libpcap\.so'; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "demo: libpcap is missing; installing it with apt-get (libpcap0.8)…" "demo: libpcap이 없어 apt-get으로 설치합니다 (libpcap0.8)…"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpcap0.8 >/dev/null \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpcap0.8 >/dev/null; } \
            || fail "installing libpcap0.8 failed" "libpcap0.8 설치에 실패했습니다" 4
    else
        fail "libpcap is missing; install it: sudo apt-get install libpcap0.8 (Fedora: sudo dnf install libpcap)" \
            "libpcap이 없습니다. 설치하세요: sudo apt-get install libpcap0.8 (Fedora: sudo dnf install libpcap)" 4
    fi
fi
# Root is the usual way; otherwise the sniffer itself says how to get the capability (exit 3).
if [ "$(id -u)" -ne 0 ]; then
    say "demo: not root; capturing works only if java has cap_net_raw (else run: sudo scripts/demo.sh)" \
        "demo: root가 아닙니다. java에 cap_net_raw 권한이 있어야 캡처됩니다 (없으면: sudo scripts/demo.sh)" >&2
fi

# 2. The jars (built once).
server_jar="$(echolab_jar echo-server)"
client_jar="$(echolab_jar echo-client)"
sniffer_jar="$(echolab_jar sniffer)"
mkdir -p "$out_dir" || fail "cannot create $out_dir" "$out_dir 폴더를 만들 수 없습니다"
capture="$(cd "$out_dir" && pwd)/lab-capture.pcap"

# 3. Everything started here is stopped here, by PID. A private ECHO_LAB_HOME keeps the demo's
#    server key and known_servers away from the user's own.
work="$(mktemp -d)"
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    for p in "${pids[@]}"; do
        wait "$p" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export ECHO_LAB_HOME="$work/home"

# wait_for LOG PATTERN PID: until LOG matches, or fail with the process's own last line.
wait_for() {
    local i
    for i in $(seq 1 200); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        if ! kill -0 "$3" 2>/dev/null; then
            local code=0
            wait "$3" || code=$?
            echo "demo: $(grep -v '^\s*$' "$1" | tail -n1)" >&2
            exit "$([ "$code" -gt 0 ] && echo "$code" || echo 1)"
        fi
        sleep 0.1
    done
    fail "timed out waiting for: $2" "기다리다 시간 초과: $2"
}

java -jar "$server_jar" plain --lang en >"$work/plain.log" 2>&1 &
pids+=($!)
plain_pid=$!
java -jar "$server_jar" secure --lang en >"$work/secure.log" 2>&1 &
pids+=($!)
secure_pid=$!
wait_for "$work/plain.log" "listening on" "$plain_pid"
wait_for "$work/secure.log" "listening on" "$secure_pid"

rm -f "$capture"
java -jar "$sniffer_jar" capture -w "$capture" --lang en >/dev/null 2>"$work/sniffer.log" &
sniffer_pid=$!
pids+=($!)
wait_for "$work/sniffer.log" "Capturing on" "$sniffer_pid"

say "== plain client: scripts/echo-client plain -m HELLO" "== 평문 클라이언트: scripts/echo-client plain -m HELLO"
java -jar "$client_jar" plain -m HELLO --lang "$lang" || fail "the plain client failed" "평문 클라이언트가 실패했습니다"
say "== secure client: scripts/echo-client secure -m HELLO" "== 암호화 클라이언트: scripts/echo-client secure -m HELLO"
java -jar "$client_jar" secure -m HELLO --lang "$lang" || fail "the secure client failed" "암호화 클라이언트가 실패했습니다"

# 4. Stop the capture: SIGTERM (a background job of a non-interactive shell ignores SIGINT); the
#    sniffer closes the file completely before it exits. A short pause lets the last ACKs arrive.
sleep 0.3
kill -TERM "$sniffer_pid"
wait "$sniffer_pid" || true
echo
say "== the capture, packet by packet: scripts/sniffer read $capture" \
    "== 패킷별 설명: scripts/sniffer read $capture"
java -jar "$sniffer_jar" read "$capture" --lang "$lang"
echo
java -jar "$sniffer_jar" compare "$capture" --lang "$lang"
echo
say "Saved: $capture (open it in Wireshark, or: scripts/sniffer worksheet $capture)" \
    "저장됨: $capture (Wireshark로 열어 보거나: scripts/sniffer worksheet $capture)"
