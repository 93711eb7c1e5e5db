#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes docs/screenshot-charts.png (or the file given): a local mosquitto on a free port, `canopy-cli simulate`
# feeding it, and canopy-bench-charts --screenshot with five rooms' temperatures by a wildcard and a JSON path and
# one room's CO2 on the right axis, after SECONDS (default 65) of data. Offscreen; needs a built tree (build/bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshot-charts.png}
seconds=${2:-65}
bin=$root/build/bin
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\n' "$port" >"$work/mosquitto.conf"
mosquitto -c "$work/mosquitto.conf" >"$work/mosquitto.log" 2>&1 &
broker=$!
simulator=
cleanup() {
    [ -n "$simulator" ] && kill "$simulator" 2>/dev/null
    kill "$broker" 2>/dev/null
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
sleep 0.5
"$bin/canopy-cli" simulate -h 127.0.0.1 -p "$port" --rate 50 >"$work/simulate.log" 2>&1 &
simulator=$!
# A private settings home: the window's saved layout and chart setups of this machine play no part.
HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=offscreen \
    "$bin/canopy-bench-charts" --screenshot "$out" --url "mqtt://127.0.0.1:$port" --seconds "$seconds" \
    --series 'demo/building/floor1/+/climate=$.temperature' --right 'demo/building/floor1/office/climate=$.co2'
echo "wrote $out"
