#!/usr/bin/env bash
# Validates the app's desktop entry and AppStream metainfo with the standard Debian tools.
set -euo pipefail
dir=$1
desktop-file-validate "$dir/org.caravan.Caravan.desktop"
appstreamcli validate --no-net --pedantic "$dir/org.caravan.Caravan.metainfo.xml" || {
  # --pedantic notes are not failures; errors and warnings are.
  appstreamcli validate --no-net "$dir/org.caravan.Caravan.metainfo.xml"
}
echo "desktop file and metainfo valid"
