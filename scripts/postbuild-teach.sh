#!/usr/bin/env bash
# Trunk's post_build hook for the teacher area (teach/Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/postbuild.mjs "${TRUNK_STAGING_DIR:?run by trunk}" teach
