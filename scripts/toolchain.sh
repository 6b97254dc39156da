#!/usr/bin/env bash
# Installs every tool Veriga needs, at pinned versions, from the package registries only
# (crates.io, npm, Debian). Idempotent: each step checks what is there first, so a second run
# takes seconds. The first run on a fresh machine takes about 15 minutes (two cargo installs).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$VERIGA_ROOT"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
# poppler-utils (pdftoppm, pdftotext, pdffonts), zbar-tools (zbarimg), unzip and python3's
# zipfile check the posters.
DEBIAN_PACKAGES=(chromium chromium-driver brotli poppler-utils zbar-tools unzip python3)

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "present"
else
  rustup target add wasm32-unknown-unknown
fi

step "Debian packages: ${DEBIAN_PACKAGES[*]}"
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "installing ${missing[*]} (about a minute)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "present"
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "installing nodejs and npm from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

step "trunk $TRUNK_VERSION"
if [[ "$(trunk --version 2>/dev/null)" == "trunk $TRUNK_VERSION" ]]; then
  echo "present"
else
  echo "building from crates.io (6-8 minutes on a fresh machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
if [[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  echo "present"
else
  echo "building from crates.io (3-4 minutes on a fresh machine)"
  # Not --locked: its lockfile pins a webpki-roots release the registry here lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
fi

step "npm tools (binaryen's wasm-opt, playwright-core), as package-lock.json pins them"
stamp=node_modules/.veriga-lock-sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "present"
else
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
wasm-opt --version

step "Rust crates (cargo fetch --locked, so that builds can run offline)"
cargo fetch --locked --quiet
echo "toolchain ready"
