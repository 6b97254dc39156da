#!/usr/bin/env bash
# Runs every test: formatting and lints (native and wasm32), the Rust tests, then the
# end-to-end suite against the real release build, served by the real server, in headless
# Chromium.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$VERIGA_ROOT"
bash scripts/build.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, native"
cargo clippy --locked --offline --workspace --all-targets -- -D warnings

step "clippy, wasm32"
cargo clippy --locked --offline -p veriga-app -p veriga-lesson -p veriga-teach -p veriga-core -p veriga-browser --target wasm32-unknown-unknown -- -D warnings

step "clippy, the prerender (the app's components, natively)"
cargo clippy --locked --offline -p veriga-app --no-default-features --features ssr --all-targets -- -D warnings

step "Rust tests"
cargo test --locked --offline --workspace
cargo test --locked --offline -p veriga-app --no-default-features --features ssr

step "student bundle size guard"
node scripts/size-guard.mjs dist

step "end-to-end tests (headless Chromium)"
VERIGA_SERVER="$VERIGA_ROOT/target/server/veriga-server" VERIGA_DIST="$VERIGA_ROOT/dist" \
  node --test --test-concurrency=1 tests/e2e/
