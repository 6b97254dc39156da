#!/usr/bin/env bash
# Trunk's post_build hook: finishes the staged app before it replaces dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?run by trunk}"
cargo run --quiet --offline --locked --profile server -p veriga-server -- \
  packs --locales "${VERIGA_LOCALES:-locales}" --out "$staging/content"
# The student pages, prerendered natively by the app's own components (postbuild.mjs runs it
# once the page template is filled, before the release version is computed).
cargo build --quiet --offline --locked --profile server -p veriga-app --no-default-features \
  --features ssr --bin veriga-prerender
VERIGA_PRERENDER=target/server/veriga-prerender node scripts/postbuild.mjs "$staging"
