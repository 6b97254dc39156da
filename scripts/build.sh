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

step "development signing key (data/dev-signing.*, never committed)"
mkdir -p data
if [[ -f data/dev-signing.key ]]; then
  echo "present"
else
  target/server/veriga-server keygen --out data/dev-signing.key | sed -n 's/^public key: //p' > data/dev-signing.pub
  echo "created; the app build pins data/dev-signing.pub"
fi

step "the teacher area (its own wasm module, release) into target/teach-dist/"
started=$SECONDS
trunk build --release --config teach/Trunk.toml
echo "teacher area built in $((SECONDS - started)) s"

step "the lesson module (its own wasm module, release) into target/lesson-dist/"
started=$SECONDS
trunk build --release --config lesson/Trunk.toml
echo "lesson module built in $((SECONDS - started)) s"

step "the app (wasm, release) into dist/, the teacher area under dist/teach/"
started=$SECONDS
trunk build --release
echo "app built in $((SECONDS - started)) s"
