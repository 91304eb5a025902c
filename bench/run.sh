#!/usr/bin/env bash
# Runs every benchmark script in bench/ (each bounded in time), one after the other.
# Minimal version; the sniffer benchmarks' owner extends it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
status=0
for script in "$here"/*.sh; do
    [ "$(basename "$script")" = "run.sh" ] && continue
    echo "== $(basename "$script")"
    "$script" "$@" || status=1
done
exit "$status"
