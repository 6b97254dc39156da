#!/usr/bin/env bash
# Builds everything: the server and publisher (native) and the app (wasm, into dist/).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$VERIGA_ROOT"
bash scripts/toolchain.sh

step "veriga-server (native)"
started=$SECONDS
cargo build --locked --offline --profile server -p veriga-server
echo "server built in $((SECONDS - started)) s"

step "the app (wasm, release) into dist/"
started=$SECONDS
trunk build --release
echo "app built in $((SECONDS - started)) s"
