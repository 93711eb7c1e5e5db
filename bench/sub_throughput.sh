#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Subscriber throughput: canopy-cli vs mosquitto_sub on the same broker and flood, in one run.
#
#   bench/sub_throughput.sh [COUNT=1000000] [TOPICS=1000] [ROUNDS=2] [PAYLOAD=64]
#
# Starts a private mosquitto on a free 127.0.0.1 port (max_queued_messages 0, so QoS 0 messages are never dropped
# for a lagging subscriber). Each round runs, one after the other, every subscriber with -t '#' -C COUNT
# > /dev/null while build/bin/canopy-flood publishes COUNT QoS 0 messages as fast as it can. A subscriber's rate is
# COUNT / (time from the start of the flood until it has received the last message); its CPU is user+sys of the
# whole process, its RSS the peak resident set. The rows: mosquitto_sub, canopy-cli sub (prints every message like
# mosquitto_sub) and canopy-cli_ingest (canopy-cli bench ingest: the GUI's ingest pipeline into the topic store,
# printing nothing). Extra subscribers can be given in SUBSCRIBERS (name=command ...); PORT in a command is replaced
# by the broker's port, and the last line an extra subscriber prints (canopy-bench-gui's latency figures) is shown
# under its row. BIN is the directory of canopy-cli and canopy-flood (default build/bin), e.g.
#
#   BIN=$PWD/build-rel/bin bench/sub_throughput.sh 1000000 100000 2
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
count=${1:-1000000}
topics=${2:-1000}
rounds=${3:-2}
payload=${4:-64}
bin=${BIN:-$CANOPY_ROOT/build/bin}
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
for tool in canopy-flood canopy-cli; do
    [ -x "$bin/$tool" ] || { echo "build first: $bin/$tool is missing (cmake --build --preset release)" >&2; exit 1; }
done

work=$(mktemp -d -t canopy-bench.XXXXXX)
broker=""
cleanup() {
    [ -n "$broker" ] && kill "$broker" 2>/dev/null && wait "$broker" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
port=$(free_port)
cat >"$work/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
max_queued_messages 0
max_inflight_messages 0
persistence false
CONF
[ "$(id -u)" -eq 0 ] && echo "user root" >>"$work/mosquitto.conf"
mosquitto -c "$work/mosquitto.conf" >"$work/broker.log" 2>&1 &
broker=$!
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

declare -a names commands
names+=(mosquitto_sub); commands+=("mosquitto_sub -h 127.0.0.1 -p $port -t # -C $count")
names+=(canopy-cli_sub); commands+=("$bin/canopy-cli sub -h 127.0.0.1 -p $port -t # -C $count")
names+=(canopy-cli_ingest); commands+=("$bin/canopy-cli bench ingest -h 127.0.0.1 -p $port -t # -C $count")
builtin=${#names[@]} # these print every message; their output is thrown away
# One subscriber per line or per word: name=command, with PORT standing for the broker's port.
while IFS= read -r extra; do
    [ -n "$extra" ] || continue
    names+=("${extra%%=*}"); commands+=("${extra#*=}")
    commands[-1]=${commands[-1]//PORT/$port}
done <<<"${SUBSCRIBERS:-}"

printf '%s\n' "# $(date -u +%FT%TZ) $(nproc) cores; $count x ${payload}-byte QoS 0 messages over $topics topics; mosquitto $(mosquitto -h 2>/dev/null | head -1 | awk '{print $3}')"
printf '%-18s %5s %10s %12s %10s %14s %8s\n' subscriber round seconds msgs_per_s cpu_s cpu_us_per_msg rss_mb
declare -A rate_sum cpu_sum
for round in $(seq 1 "$rounds"); do
    for i in "${!names[@]}"; do
        name=${names[$i]}
        # GNU time gives user, system and the peak RSS (KiB) of the subscriber process; the subshell stamps its end.
        out=/dev/null
        [ "$i" -ge "$builtin" ] && out=$work/sub.out
        # shellcheck disable=SC2086
        ( /usr/bin/time -f '%U %S %M %x' -o "$work/time" ${commands[$i]} >"$out" 2>"$work/sub.err"
          date +%s.%N >"$work/end" ) &
        sub=$!
        sleep 0.7 # let it connect and subscribe
        start=$(date +%s.%N)
        "$bin/canopy-flood" -h 127.0.0.1 -p "$port" -C "$count" -T "$topics" -s "$payload" >"$work/flood.out"
        wait "$sub"
        end=$(cat "$work/end")
        read -r user sys rss status < <(tail -1 "$work/time")
        if [ "$status" != 0 ]; then
            echo "$name exited with status $status: $(head -3 "$work/sub.err")" >&2
        fi
        seconds=$(echo "$end - $start" | bc -l)
        rate=$(echo "$count / $seconds" | bc -l)
        cpu=$(echo "$user + $sys" | bc -l)
        per=$(echo "$cpu * 1000000 / $count" | bc -l)
        printf '%-18s %5d %10.3f %12.0f %10.2f %14.3f %8.1f\n' "$name" "$round" "$seconds" "$rate" "$cpu" "$per" \
            "$(echo "$rss / 1024" | bc -l)"
        [ "$out" != /dev/null ] && printf '    %s\n' "$(tail -1 "$out")"
        rate_sum[$name]=$(echo "${rate_sum[$name]:-0} + $rate" | bc -l)
        cpu_sum[$name]=$(echo "${cpu_sum[$name]:-0} + $cpu" | bc -l)
    done
done
ref=mosquitto_sub
for name in "${names[@]}"; do
    [ "$name" = "$ref" ] && continue
    ratio=$(echo "${rate_sum[$name]} / ${rate_sum[$ref]}" | bc -l)
    cpu_ratio=$(echo "${cpu_sum[$name]} / ${cpu_sum[$ref]}" | bc -l)
    printf 'ratio %s/%s: rate %.2f (goal >= 1.0), cpu per message %.2f (goal <= 1.0)\n' "$name" "$ref" "$ratio" "$cpu_ratio"
done
