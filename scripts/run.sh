#!/usr/bin/env bash
# Builds everything and serves the app on http://127.0.0.1:8080 with the embedded defaults:
# the built-in content and a ./data folder whose SQLite file is created on first start. On the
# way it creates a development signing key under ./data (if there is none), pins it into this
# build, and publishes locales/ signed with it, so an editor can try the whole update loop.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$VERIGA_ROOT"
bash scripts/build.sh
step "publishing locales/ signed with the development key (data/dev-signing.key)"
target/server/veriga-server publish --key data/dev-signing.key --locales locales --data data
step "serving (Ctrl+C stops)"
exec target/server/veriga-server serve --addr 127.0.0.1:8080 --dist dist
