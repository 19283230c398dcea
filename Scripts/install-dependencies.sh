#!/usr/bin/env bash
# Installs the Debian packages Dossier needs to build and test, if any is missing.
# Used by Scripts/start.sh and Scripts/test.sh; safe to run again.
set -euo pipefail
packages=(pkg-config libedit-dev libsqlite3-dev libxml2-dev libssl-dev poppler-utils tmux python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
