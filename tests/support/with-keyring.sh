#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a test program inside a private D-Bus session bus with its own, unlocked GNOME Keyring (a real Secret
# Service), in a private HOME, and stops both afterwards by PID:
#
#     tests/support/with-keyring.sh build/tests/tst_keychain [test arguments]
#
# Fails (never skips) with a sentence when dbus-run-session or gnome-keyring-daemon is missing: ./scripts/test
# installs them (Debian packages dbus-daemon and gnome-keyring).
set -u

if [ -z "${CANOPY_KEYRING_SESSION:-}" ]; then
    if ! command -v dbus-run-session >/dev/null; then
        echo "FAIL: dbus-run-session is missing (Debian package dbus-daemon); ./scripts/test installs it." >&2
        exit 1
    fi
    if ! command -v gnome-keyring-daemon >/dev/null; then
        echo "FAIL: gnome-keyring-daemon is missing (Debian package gnome-keyring); ./scripts/test installs it." >&2
        exit 1
    fi
    # A bus of our own: nothing of the user's session (or of another test) is touched.
    exec env CANOPY_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@"
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/canopy-keyring.XXXXXX") || exit 1
export HOME="$home/home" XDG_DATA_HOME="$home/home/.local/share" XDG_CONFIG_HOME="$home/home/.config"
export XDG_CACHE_HOME="$home/home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# The password on stdin creates the login keyring (unlocked) in the private XDG_DATA_HOME.
printf '%s' "canopy-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$home/keyring.log" 2>&1 &
keyring=$!

cleanup() {
    kill "$keyring" 2>/dev/null
    wait "$keyring" 2>/dev/null
    rm -rf "$home"
}
trap cleanup EXIT

# Ready when the Secret Service name is on the bus (at most 10 s).
ready=
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        ready=1
        break
    fi
    if ! kill -0 "$keyring" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [ -z "$ready" ]; then
    echo "FAIL: gnome-keyring-daemon did not offer the Secret Service on the private bus:" >&2
    cat "$home/keyring.log" >&2
    exit 1
fi

export CANOPY_TEST_KEYRING=1
"$@"
