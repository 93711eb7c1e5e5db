#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The desktop entry and the AppStream metainfo in the source tree validate (Debian desktop-file-utils, appstream);
# check-package.sh validates the installed copies.
set -uo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../packaging" && pwd)
status=0
desktop-file-validate "$dir/org.canopy.Canopy.desktop" || status=1
appstreamcli validate --no-net "$dir/org.canopy.Canopy.metainfo.xml" || status=1
exit $status
