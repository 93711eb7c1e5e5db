#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Ingest with no broker in the way: canopy-flood --serve stands in for the broker and writes pre-encoded QoS 0
# PUBLISH packets to one subscriber as fast as its socket takes them, so the subscriber is the only limit.
#
#   bench/raw_ingest.sh [COUNT=2000000] [TOPICS=1000] [RUNS=9] [PAYLOAD=64]
#
# Each run starts a fresh source on a free 127.0.0.1 port and, in turn, the real window (canopy-bench-gui, offscreen)
# and canopy-cli bench ingest against it with -t '#' -C COUNT. Every run prints the subscriber's own line (rate from
# its first message to the last one ingested, GUI latency, RSS) with the source's line (blocked_s: how long the
# source waited for the subscriber's socket), then per subscriber the median, minimum and maximum of each figure.
# SUBJECTS picks the subscribers (default "gui cli"); BIN is the directory of the programs (default build/bin);
# ARGS adds options to both subscribers. uptime's load is printed before and after: figures taken while other
# programs run are lower and noisier.
#
#   BIN=$PWD/build/bin bench/raw_ingest.sh 2000000 1000 9
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
count=${1:-2000000}
topics=${2:-1000}
runs=${3:-9}
payload=${4:-64}
bin=${BIN:-$CANOPY_ROOT/build/bin}
subjects=${SUBJECTS:-gui cli}
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
for tool in canopy-flood canopy-cli canopy-bench-gui; do
    [ -x "$bin/$tool" ] || { echo "build first: $bin/$tool is missing (cmake --build --preset release)" >&2; exit 1; }
done

work=$(mktemp -d -t canopy-raw.XXXXXX)
source_pid=""
cleanup() {
    [ -n "$source_pid" ] && kill "$source_pid" 2>/dev/null && wait "$source_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

command_for() { # subject port
    case $1 in
    gui) echo "$bin/canopy-bench-gui -h 127.0.0.1 -p $2 -t # -C $count -W 300 ${ARGS:-}" ;;
    cli) echo "$bin/canopy-cli bench ingest -h 127.0.0.1 -p $2 -t # -C $count -W 300 ${ARGS:-}" ;;
    *) echo "unknown subject '$1' (gui or cli)" >&2; exit 2 ;;
    esac
}

# value KEY LINE: the number after KEY= in a line of key=value fields
value() { sed -n "s/.*\\b$1=\\([-0-9.]*\\).*/\\1/p" <<<"$2"; }

printf '# %s %s cores; %s x %s-byte QoS 0 messages over %s topics, %s runs; load before: %s\n' \
    "$(date -u +%FT%TZ)" "$(nproc)" "$count" "$payload" "$topics" "$runs" "$(uptime | sed 's/.*load average: //')"
declare -A figures # figures[subject.key] = space-separated values, one per run
for run in $(seq 1 "$runs"); do
    for subject in $subjects; do
        # The source picks a free port itself (--serve 0) and says which on stderr (a fresh file: the redirection
        # happens in the child, after this shell may already have looked).
        rm -f "$work/source.out" "$work/source.err"
        "$bin/canopy-flood" --serve 0 -C "$count" -T "$topics" -s "$payload" >"$work/source.out" \
            2>"$work/source.err" &
        source_pid=$!
        port=""
        for _ in $(seq 1 200); do
            [ -f "$work/source.err" ] && port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$work/source.err")
            [ -n "$port" ] && break
            kill -0 "$source_pid" 2>/dev/null || break
            sleep 0.05
        done
        if [ -z "$port" ]; then
            echo "the source did not start: $(head -3 "$work/source.err")" >&2
            exit 1
        fi
        # shellcheck disable=SC2046
        /usr/bin/time -f '%U %S %M %x %R' -o "$work/time" $(command_for "$subject" "$port") >"$work/sub.out" \
            2>"$work/sub.err"
        wait "$source_pid"
        source_pid=""
        line=$(tail -1 "$work/sub.out")
        read -r user sys _ status faults < <(tail -1 "$work/time")
        if [ "$status" != 0 ] || [ "$(value received "$line")" != "$count" ]; then
            echo "$subject run $run failed (status $status): $(grep -v -e XDG_RUNTIME -e propagateSize "$work/sub.err" | head -3)" \
                "(source on port $port: $(head -3 "$work/source.err"))" >&2
        fi
        cpu_us=$(echo "($user + $sys) * 1000000 / $count" | bc -l)
        source_line=$(tail -1 "$work/source.out")
        sys_us=$(echo "$sys * 1000000 / $count" | bc -l)
        printf '%-3s %2d  %s cpu_us_per_msg=%.3f sys_us_per_msg=%.3f minor_faults=%s | source: %s\n' "$subject" "$run" \
            "$line" "$cpu_us" "$sys_us" "$faults" "$source_line"
        for key in rate rss_mb rss_end_mb kept_mb heap_free_mb rss_after_1s_max_mb p99_ms max_ms lock_max_ms batch_max read_max_kb ingest_cpu_us_per_msg lock_wait_ms handoffs read_pauses; do
            v=$(value "$key" "$line")
            [ -n "$v" ] && figures[$subject.$key]+="$v "
        done
        figures[$subject.cpu_us_per_msg]+="$(printf '%.3f' "$cpu_us") "
        figures[$subject.sys_us_per_msg]+="$(printf '%.3f' "$sys_us") "
        figures[$subject.minor_faults]+="$faults "
        figures[$subject.blocked_s]+="$(value blocked_s "$source_line") "
    done
done
printf '# load after: %s\n' "$(uptime | sed 's/.*load average: //')"
printf '%-3s %-15s %12s %12s %12s\n' "" figure median min max
for subject in $subjects; do
    for key in rate rss_mb rss_end_mb kept_mb heap_free_mb rss_after_1s_max_mb p99_ms max_ms lock_max_ms batch_max read_max_kb ingest_cpu_us_per_msg lock_wait_ms handoffs read_pauses cpu_us_per_msg sys_us_per_msg minor_faults blocked_s; do
        values=${figures[$subject.$key]:-}
        [ -n "$values" ] || continue
        # shellcheck disable=SC2086
        sorted=$(printf '%s\n' $values | sort -g)
        n=$(wc -l <<<"$sorted")
        median=$(sed -n "$(((n + 1) / 2))p" <<<"$sorted")
        printf '%-3s %-15s %12s %12s %12s\n' "$subject" "$key" "$median" "$(head -1 <<<"$sorted")" \
            "$(tail -1 <<<"$sorted")"
    done
done
