#!/usr/bin/env bash
# Builds everything and serves the app on http://127.0.0.1:8080 with the embedded defaults:
# the built-in content and a ./data folder whose SQLite file is created on first start.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$VERIGA_ROOT"
bash scripts/build.sh
step "serving (Ctrl+C stops)"
exec target/server/veriga-server serve --addr 127.0.0.1:8080 --dist dist
