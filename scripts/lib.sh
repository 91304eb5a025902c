# Shared by the launchers: find the project, build the runnable jars once (quietly) when missing.
# shellcheck shell=bash
ECHOLAB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

echolab_jar() {
    local module="$1"
    local jar="$ECHOLAB_ROOT/$module/target/$module.jar"
    if [ ! -f "$jar" ]; then
        echo "echo-lab: building the jars once (about a minute)…" >&2
        local log
        log="$(mktemp)"
        if ! (cd "$ECHOLAB_ROOT" && ./mvnw -q -B -DskipTests package >"$log" 2>&1); then
            echo "echo-lab: the build failed; its output is in $log" >&2
            exit 1
        fi
        rm -f "$log"
    fi
    printf '%s\n' "$jar"
}

echolab_java() {
    if ! command -v java >/dev/null 2>&1; then
        echo "echo-lab: Java 17 or newer is needed (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk)" >&2
        exit 1
    fi
    echo java
}
