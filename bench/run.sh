#!/usr/bin/env bash
# The benchmark command: builds the release app, installs the benchmark's own tools (Lighthouse
# from npm, nginx and wrk from Debian, all pinned or from the distribution), and runs
# bench/run.mjs against the real server on loopback.
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
cd "$VERIGA_ROOT"
bash scripts/build.sh
step "benchmark tools"
missing=()
for package in nginx-light wrk curl; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
step "benchmark (about 3 minutes)"
node bench/run.mjs
