#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Several brokers flooded at once, each shown in its own tab of the real window:
#
#   bench/tabs_throughput.sh [TABS=4] [COUNT=250000] [TOPICS=1000] [ROUNDS=2] [PAYLOAD=64] [RATE=0]
#
# Starts TABS private mosquitto brokers on free 127.0.0.1 ports (max_queued_messages 0: QoS 0 messages are never
# dropped for a lagging subscriber), then build/bin/canopy-bench-gui --ports P1,...,PN -t '#' -C COUNT (one tab per
# broker, offscreen), and once every tab has subscribed, TABS canopy-flood processes at the same time, one per
# broker, each publishing COUNT QoS 0 messages over TOPICS topics as fast as it can (or RATE messages per second per
# broker: on a machine with few cores, unlimited floods take the CPU the window would need). Prints canopy-bench-gui's line
# (tabs=N received=TOTAL ... rate=TOTAL msgs/s ... p99_ms ... max_ms ... received_per_tab=a/b/c/d), the flood's
# wall time and the peak RSS of the window. BIN is the directory of canopy-bench-gui and canopy-flood.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
tabs=${1:-4}
count=${2:-250000}
topics=${3:-1000}
rounds=${4:-2}
payload=${5:-64}
rate=${6:-0}
bin=${BIN:-$CANOPY_ROOT/build/bin}
for tool in canopy-flood canopy-bench-gui; do
    [ -x "$bin/$tool" ] || { echo "build first: $bin/$tool is missing (cmake --build --preset release)" >&2; exit 1; }
done

work=$(mktemp -d -t canopy-tabs-bench.XXXXXX)
brokers=()
cleanup() {
    for pid in "${brokers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT

ports=()
for i in $(seq 1 "$tabs"); do
    port=$(free_port) || exit 1
    cat >"$work/mosquitto-$i.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
max_queued_messages 0
max_inflight_messages 0
persistence false
CONF
    [ "$(id -u)" -eq 0 ] && echo "user root" >>"$work/mosquitto-$i.conf"
    mosquitto -c "$work/mosquitto-$i.conf" >"$work/broker-$i.log" 2>&1 &
    brokers+=($!)
    for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    ports+=("$port")
done
list=$(IFS=,; echo "${ports[*]}")

limit=()
[ "$rate" -gt 0 ] && limit=(--rate "$rate")
printf '%s\n' "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $tabs brokers x $count x ${payload}-byte QoS 0 messages over $topics topics each; flood rate per broker: ${rate/#0/unlimited}"
for round in $(seq 1 "$rounds"); do
    "$bin/canopy-bench-gui" -h 127.0.0.1 --ports "$list" -t '#' -C "$count" -W 600 -d >"$work/gui.out" 2>"$work/gui.err" &
    gui=$!
    for _ in $(seq 1 200); do grep -qs '^Subscribed' "$work/gui.err" && break; sleep 0.05; done
    start=$(date +%s.%N)
    floods=()
    for port in "${ports[@]}"; do
        "$bin/canopy-flood" -h 127.0.0.1 -p "$port" -C "$count" -T "$topics" -s "$payload" "${limit[@]}" >/dev/null &
        floods+=($!)
    done
    for pid in "${floods[@]}"; do wait "$pid"; done
    flooded=$(echo "$(date +%s.%N) - $start" | bc)
    wait "$gui"
    status=$?
    printf 'round %s: floods done in %.2f s; canopy-bench-gui (status %s): %s\n' "$round" "$flooded" "$status" \
        "$(tail -1 "$work/gui.out")"
    [ "$status" -eq 0 ] || sed 's/^/    /' "$work/gui.err" >&2
done
