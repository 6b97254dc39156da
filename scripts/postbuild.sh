#!/usr/bin/env bash
# Trunk's post_build hook: finishes the staged app before it replaces dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?run by trunk}"
cargo run --quiet --offline --locked --profile server -p veriga-server -- \
  packs --locales "${VERIGA_LOCALES:-locales}" --out "$staging/content"
node scripts/postbuild.mjs "$staging"
