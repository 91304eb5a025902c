#!/usr/bin/env bash
# Runs every benchmark part in bench/ (each bounded in time), one after the other, each printing
# its own table. Not part of the unit tests: figures depend on the machine.
#   bench/run.sh                 every part
#   bench/run.sh sniffer         only the parts whose file name contains "sniffer"
#   bench/run.sh servers --only  a filter, then arguments passed on to each part
# make-captures.sh is a helper of the sniffer parts (it records their test files), and lib.sh the
# namespace set-up they share; neither is a part.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
filter=""
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
    filter="$1"
    shift
fi
status=0
for script in "$here"/*.sh; do
    name="$(basename "$script")"
    case "$name" in run.sh|make-captures.sh|lib.sh) continue ;; esac
    if [ -n "$filter" ] && [[ "$name" != *"$filter"* ]]; then continue; fi
    echo "== $name"
    "$script" "$@" || { echo "$name failed" >&2; status=1; }
done
exit "$status"
