#!/usr/bin/env bash
# Installs the Debian packages Dossier needs to build and test, if any is missing.
# Used by Scripts/start.sh and Scripts/test.sh; safe to run again.
set -euo pipefail
# curl: `load URL` runs it (URLFetcher).
packages=(pkg-config libedit-dev libsqlite3-dev libxml2-dev libssl-dev curl poppler-utils tmux python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Headless Chromium renders the HTML report in one test; that test is skipped (saying why) where
# it cannot be installed, so a failure here does not stop the build.
optional=(chromium fonts-dejavu-core)
missing_optional=()
for p in "${optional[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing_optional+=("$p")
done
[ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#missing_optional[@]} -gt 0 ]; then
  echo "Installing (optional, for the HTML report test): ${missing_optional[*]}" >&2
  $sudo apt-get install -y -qq "${missing_optional[@]}" >/dev/null \
    || echo "could not install ${missing_optional[*]}: the HTML screenshot test will be skipped" >&2
fi
