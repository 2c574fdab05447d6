#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Sẵn Sàng. Idempotent: a second run installs nothing.
# Needs: Debian, Rust via rustup, Node.js + npm, root or sudo. Reaches only the package registries
# (crates.io, npm, Debian); nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14   # trunk 0.22.x needs rustc >= 1.96.1
APT_PKGS=(chromium chromium-driver)
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
step() { printf '==> %s\n' "$*"; }

step "Rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

step "Debian packages: ${APT_PKGS[*]}"
missing=()
for p in "${APT_PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

step "wasm-bindgen-cli (the exact version of the wasm-bindgen crate in Cargo.lock)"
WB_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WB_VERSION" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WB_VERSION" ]; then
  # --locked fails on this registry (a locked transitive version is missing); fall back to a fresh resolve.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

step "npm devDependencies (binaryen 132 = wasm-opt, playwright-core, axe-core)"
if ! cmp -s package-lock.json node_modules/.setup-stamp 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-stamp
fi

step "crates (so that builds can run --offline)"
cargo fetch --locked --quiet

step "ready: $(trunk --version), $(wasm-bindgen --version), $(PATH="$PWD/node_modules/.bin:$PATH" wasm-opt --version), $(chromium --version 2>/dev/null | head -1)"
