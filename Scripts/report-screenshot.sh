#!/usr/bin/env bash
# Makes docs/report-screenshot.png, the README's picture of the HTML report: Sessions/example.json
# exported with `export html` and shown by headless Chromium (apt-get install chromium).
# Usage: Scripts/report-screenshot.sh [DOSSIER_BINARY]   (default .build/release/dossier)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/dossier}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
USER=editor "$bin" Sessions/example.json -c "export html $tmp/report.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
  --window-size=800,1100 --screenshot="$tmp/shot.png" "file://$tmp/report.html" 2>/dev/null
mv "$tmp/shot.png" docs/report-screenshot.png
echo "wrote docs/report-screenshot.png"
