# shellcheck shell=bash
# Shared by the bench scripts that need a private loopback. Source it, then:
#   bench_netns NAME     creates the network namespace $ns (NAME-PID) with loopback up and
#                        TIME_WAIT ports reusable (short conversations close from the client
#                        side); on exit every PID in $pids is killed and the namespace removed
#   bench_wait_port P    waits (10 s at most) until something listens on 127.0.0.1:P in $ns
# Start background jobs as `ip netns exec "$ns" … &` directly, not through a function, so that
# $! is the process itself (a function runs in a subshell, which ignores the SIGINT meant for it).

bench_netns() {
    ns="$1-$$"
    pids=()
    ip netns add "$ns"
    trap bench_cleanup EXIT
    ip netns exec "$ns" ip link set lo up
    ip netns exec "$ns" sysctl -q -w net.ipv4.tcp_tw_reuse=1 net.ipv4.ip_local_port_range="1024 65535"
}

bench_cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    ip netns del "$ns" 2>/dev/null || true
}

bench_wait_port() {
    for _ in $(seq 50); do
        ip netns exec "$ns" bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null && return 0
        sleep 0.2
    done
    return 1
}
