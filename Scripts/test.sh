#!/usr/bin/env bash
# Runs the whole test suite: unit tests, end-to-end tests of the built binary, and the
# line-editor test in a terminal (tmux). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-dependencies.sh
swift build --build-tests
swift test --skip-build
