#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package (target deb), unpacks it into a temporary root with dpkg-deb -x and checks what a
# desktop needs from it: both programs start from there, the dependencies came from dpkg-shlibdeps, and the desktop
# entry, AppStream metainfo, hicolor icons and man pages are where the desktop looks, and validate.
#   check-package.sh <build-dir> <version>
set -uo pipefail
build=$1
version=$2
deb="$build/canopy_${version}_amd64.deb"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

cmake --build "$build" --target deb >/dev/null || { echo "FAIL: cmake --build $build --target deb" >&2; exit 1; }
[ -f "$deb" ] || { echo "FAIL: $deb was not written" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x $deb" >&2; exit 1; }

# Identity and dependencies: the Qt libraries come from dpkg-shlibdeps, with versions.
[ "$(dpkg-deb -f "$deb" Package)" = canopy ] || fail "Package is not canopy"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "Architecture is not amd64"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6websockets6 libc6 libstdc++6; do
    grep -Eq "(^|, )${lib//+/\\+} \(>= [0-9.]+\)" <<<"$depends" || fail "Depends lacks '$lib (>= version)' from shlibdeps: $depends"
done
# A Chinese interface needs a CJK font: suggested, since most desktops need none.
grep -q "fonts-noto-cjk | fonts-wqy-microhei" <<<"$(dpkg-deb -f "$deb" Suggests)" || fail "Suggests lacks a CJK font"

# Files at their paths.
usr="$root/usr"
for file in bin/canopy bin/canopy-cli share/applications/org.canopy.Canopy.desktop \
    share/metainfo/org.canopy.Canopy.metainfo.xml share/icons/hicolor/scalable/apps/org.canopy.Canopy.svg \
    share/man/man1/canopy.1.gz share/man/man1/canopy-cli.1.gz; do
    [ -s "$usr/$file" ] || fail "/usr/$file is missing or empty"
done
for size in 16 24 32 48 64 128 256 512; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/org.canopy.Canopy.png"
    if [ ! -s "$png" ]; then
        fail "${png#"$root"} is missing"
        continue
    fi
    # The PNG header's width and height (big-endian at bytes 16 and 20) are the directory's size.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "${png#"$root"} is $dims, not ${size}x${size}"
done
[ -x "$usr/bin/canopy" ] && [ -x "$usr/bin/canopy-cli" ] || fail "the programs are not executable"

# Validators, on the installed files.
desktop-file-validate "$usr/share/applications/org.canopy.Canopy.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$usr/share/metainfo/org.canopy.Canopy.metainfo.xml" || fail "appstreamcli validate"
grep -q '^Icon=org.canopy.Canopy$' "$usr/share/applications/org.canopy.Canopy.desktop" || fail "Icon= is not the id"
grep -q '<launchable type="desktop-id">org.canopy.Canopy.desktop</launchable>' \
    "$usr/share/metainfo/org.canopy.Canopy.metainfo.xml" || fail "the metainfo does not launch the desktop file"

# Man pages read (gzip, roff without warnings) and name their program.
for page in canopy canopy-cli; do
    text=$(gzip -dc "$usr/share/man/man1/$page.1.gz") || fail "$page.1.gz is not gzip"
    grep -q "^\.TH ${page^^} 1" <<<"$text" || fail "$page.1 has no .TH ${page^^} 1 header"
    if command -v man >/dev/null; then
        warnings=$(man --warnings -l "$usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
        [ -z "$warnings" ] || fail "man $page warns: $warnings"
    fi
done

# The programs run from the unpacked root (the libraries are the system's), in any locale.
# Without any display (as over SSH): --version and --help only print, and must not need one.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$usr/bin/canopy" --version 2>/dev/null) \
    || fail "canopy --version without a display exited $?"
[ "$out" = "Canopy $version" ] || fail "canopy --version printed '$out'"
out=$(LANG=de_DE.UTF-8 LC_ALL= QT_QPA_PLATFORM=offscreen "$usr/bin/canopy" --version 2>/dev/null) \
    || fail "canopy --version under LANG=de_DE.UTF-8 exited $?"
[ "$out" = "Canopy $version" ] || fail "canopy --version under LANG=de_DE.UTF-8 printed '$out'"
out=$("$usr/bin/canopy-cli" --help 2>&1) || fail "canopy-cli --help exited $?"
grep -q 'canopy-cli sub' <<<"$out" || fail "canopy-cli --help does not describe sub: $out"
out=$("$usr/bin/canopy-cli" --version 2>&1) || fail "canopy-cli --version exited $?"
[ "$out" = "canopy-cli $version" ] || fail "canopy-cli --version printed '$out'"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) of $deb failed" >&2
    exit 1
fi
echo "ok: $deb"
