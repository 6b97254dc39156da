#!/usr/bin/env bash
# Trunk's post_build hook for the lesson module (lesson/Trunk.toml): minifies its JS glue.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/postbuild.mjs "${TRUNK_STAGING_DIR:?run by trunk}" lesson
