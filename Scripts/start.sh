#!/usr/bin/env bash
# Builds Dossier (release) and opens the shell on the bundled example session.
# Extra arguments go to dossier instead, e.g. Scripts/start.sh -c 'docs'.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-dependencies.sh
swift build -c release --product dossier
if [ $# -eq 0 ]; then set -- Sessions/example.json; fi
exec "$(swift build -c release --show-bin-path)/dossier" "$@"
