#!/usr/bin/env bash
# Trunk's post_build hook for the teacher area (teach/Trunk.toml): the other languages' texts
# files that teach/build.rs wrote go into the build (texts/<lang>.txt; a build script may write
# only into its own OUT_DIR), then the loader and the JS glue are finished for the CSP.
set -euo pipefail
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?run by trunk}"
cargo run --quiet --locked --offline -p veriga-teach --bin veriga-teach-texts -- "$staging/texts"
node scripts/postbuild.mjs "$staging" teach
