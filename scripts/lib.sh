#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shared by scripts/run and scripts/test: install what is missing, build, find free ports.

CANOPY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Every Debian package the project needs (build, tests, sanitizers, fuzzing, demo broker, virtual display). QtKeychain
# reaches the Secret Service through libsecret (loaded at run time); the keychain tests run GNOME Keyring in a private
# D-Bus session (dbus-run-session, dbus-send). The package: CPack's DEB generator runs dpkg-shlibdeps (dpkg-dev); its
# tests validate with desktop-file-validate and appstreamcli, and read the man pages with man.
CANOPY_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    libsecret-1-0 gnome-keyring dbus-daemon dbus-bin
    mosquitto mosquitto-clients openssl bc time
    xvfb xauth
    clang-14 libclang-rt-14-dev clang-format-14
    libdtl-dev libmsgpack-cxx-dev qt6-image-formats-plugins
    dpkg-dev desktop-file-utils appstream man-db
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local missing=() pkg
    for pkg in "${CANOPY_PACKAGES[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != "installed" ]; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "Installing missing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The 3.1.1-only broker the tests run (aedes, from npm, pinned by tests/support/aedes/package-lock.json). Installed
# once into tests/support/aedes/node_modules; Node.js 20 or later and npm must be on the PATH.
install_test_broker() {
    local dir="$CANOPY_ROOT/tests/support/aedes"
    if [ -d "$dir/node_modules/aedes" ]; then
        return 0
    fi
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        log "node and npm (Node.js 20 or later) are needed for the aedes test broker; install them and run again"
        return 1
    fi
    log "Installing the aedes test broker (npm ci in tests/support/aedes)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || {
        log "npm ci failed in $dir: the tests that need aedes will fail"
        return 1
    }
}

# configure_and_build PRESET [TARGET...]
configure_and_build() {
    local preset=$1
    shift
    log "Configuring and building preset '$preset'"
    cmake --preset "$preset" -S "$CANOPY_ROOT" >/dev/null
    local targets=()
    local t
    for t in "$@"; do targets+=(--target "$t"); done
    cmake --build --preset "$preset" --parallel "$(nproc)" "${targets[@]}"
}

# free_port: prints a TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}
