#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What an open packet timeline costs the ingest: canopy-cli bench ingest against a raw source (canopy-flood --serve,
# no broker in the way), alternately without and with --trace (the client's trace hook on, every packet described
# and handed to a PacketTimeline every 200 ms, as the GUI's panel does). Each run starts a fresh source on a free
# 127.0.0.1 port. Prints every run's line, then the median rate of each and their ratio (traced / untraced) from the
# same session, so that the machine's load weighs on both alike; and the same for the ingest thread's CPU time per
# message (untraced / traced, so that both ratios read "the share of the ingest speed left").
#
#   bench/trace_ingest.sh [COUNT=1000000] [TOPICS=1000] [RUNS=7] [PAYLOAD=64]
#
# BIN is the directory of the programs (default build/bin).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
count=${1:-1000000}
topics=${2:-1000}
runs=${3:-7}
payload=${4:-64}
bin=${BIN:-$CANOPY_ROOT/build/bin}
for tool in canopy-flood canopy-cli; do
    [ -x "$bin/$tool" ] || { echo "build first: $bin/$tool is missing (cmake --build --preset release)" >&2; exit 1; }
done
work=$(mktemp -d -t canopy-trace.XXXXXX)
source_pid=""
cleanup() {
    [ -n "$source_pid" ] && kill "$source_pid" 2>/dev/null && wait "$source_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
value() { sed -n "s/.*\\b$1=\\([-0-9.]*\\).*/\\1/p" <<<"$2"; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }

printf '# %s %s cores; %s x %s-byte QoS 0 messages over %s topics, %s runs each; load before: %s\n' \
    "$(date -u +%FT%TZ)" "$(nproc)" "$count" "$payload" "$topics" "$runs" "$(uptime | sed 's/.*load average: //')"
plain=()
traced=()
plain_cpu=()
traced_cpu=()
for run in $(seq 1 "$runs"); do
    for mode in plain traced; do
        rm -f "$work/source.out" "$work/source.err"
        "$bin/canopy-flood" --serve 0 -C "$count" -T "$topics" -s "$payload" >"$work/source.out" 2>"$work/source.err" &
        source_pid=$!
        port=""
        for _ in $(seq 1 200); do
            [ -f "$work/source.err" ] && port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$work/source.err")
            [ -n "$port" ] && break
            kill -0 "$source_pid" 2>/dev/null || break
            sleep 0.05
        done
        [ -n "$port" ] || { echo "the source did not start: $(head -3 "$work/source.err")" >&2; exit 1; }
        extra=""
        [ "$mode" = traced ] && extra="--trace"
        # shellcheck disable=SC2086
        line=$("$bin/canopy-cli" bench ingest -h 127.0.0.1 -p "$port" -t '#' -C "$count" -W 300 $extra 2>"$work/sub.err" | tail -1)
        wait "$source_pid"
        source_pid=""
        if [ "$(value received "$line")" != "$count" ]; then
            echo "$mode run $run failed: $(head -3 "$work/sub.err")" >&2
            exit 1
        fi
        printf '%-6s %2d  %s\n' "$mode" "$run" "$line"
        rate=$(value rate "$line")
        cpu=$(value ingest_cpu_us_per_msg "$line")
        if [ "$mode" = plain ]; then
            plain+=("$rate")
            plain_cpu+=("$cpu")
        else
            traced+=("$rate")
            traced_cpu+=("$cpu")
        fi
    done
done
printf '# load after: %s\n' "$(uptime | sed 's/.*load average: //')"
p=$(median "${plain[@]}")
t=$(median "${traced[@]}")
pc=$(median "${plain_cpu[@]}")
tc=$(median "${traced_cpu[@]}")
printf 'median rate without tracing: %s msg/s\nmedian rate with tracing:    %s msg/s\nratio traced/untraced: %.3f\n' \
    "$p" "$t" "$(echo "$t / $p" | bc -l)"
# The ingest thread's own CPU per message: what tracing adds to the worker, less sensitive to other programs' load.
printf 'median ingest CPU per message: %s us without, %s us with tracing; ratio untraced/traced: %.3f\n' \
    "$pc" "$tc" "$(echo "$pc / $tc" | bc -l)"
