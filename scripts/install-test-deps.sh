#!/usr/bin/env bash
# Installs what the real-editor tests need on a Debian 12 machine (root): system packages, then code-server
# (a real VS Code workbench served to headless Chromium) under .vscode-test/, outside the extension's own
# dependencies so the .vsix never carries it. Idempotent: each step is skipped when already done.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${NFRULES_CODE_SERVER_PREFIX:-$ROOT/.vscode-test/code-server}"
APT_PACKAGES=(chromium neovim ripgrep libkrb5-dev pkg-config nftables iptables iproute2 python3)

log() { printf 'install-test-deps: %s\n' "$*"; }

install_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "apt packages present"; return; fi
  if [ "$(id -u)" -ne 0 ]; then log "not root: cannot install ${missing[*]}"; return 1; fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_code_server() {
  local marker="$PREFIX/.installed-$CODE_SERVER_VERSION"
  if [ -f "$marker" ]; then log "code-server $CODE_SERVER_VERSION present"; return; fi
  command -v rg >/dev/null || { log "ripgrep (rg) is missing"; return 1; }
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX (about a minute)"
  mkdir -p "$PREFIX"
  [ -f "$PREFIX/package.json" ] || echo '{ "name": "nfrules-test-code-server", "private": true }' > "$PREFIX/package.json"
  # Root install needs unsafe-perm; node-pty's postinstall calls npx, which must not prompt.
  export npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false
  local quiet=(--loglevel=error)
  (cd "$PREFIX" && npm install --no-save --ignore-scripts "${quiet[@]}" "code-server@$CODE_SERVER_VERSION" >/dev/null)
  # code-server's postinstall installs VS Code's own dependencies; @vscode/ripgrep would then download its binary
  # from GitHub. Install them without scripts first, put Debian's rg where the download would go (its postinstall
  # skips an existing bin/), then run every install script.
  local vscode="$PREFIX/node_modules/code-server/lib/vscode"
  (cd "$vscode" && npm install --omit=dev --ignore-scripts "${quiet[@]}" >/dev/null)
  mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
  cp "$(command -v rg)" "$vscode/node_modules/@vscode/ripgrep/bin/rg"
  (cd "$vscode" && npm rebuild "${quiet[@]}" >/dev/null)
  # Then every install script of the top level (argon2 builds its binding; code-server links VS Code).
  (cd "$PREFIX" && npm rebuild "${quiet[@]}" >/dev/null)
  touch "$marker"
  log "code-server installed"
}

install_apt
install_code_server
