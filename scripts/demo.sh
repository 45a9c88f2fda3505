#!/usr/bin/env bash
# The main job on the bundled examples: install, build, check every example, trace a packet, package the extension.
# The good examples must come out clean; examples/mistakes.nft must be flagged (it is wrong on purpose).
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_loglevel=error npm_config_fund=false npm_config_audit=false
npm ci
npm run --silent compile
echo '--- nfrules check on the good examples (expect no errors)'
node bin/nfrules.js check $(ls examples/*.nft examples/*.v4 examples/*.v6 | grep -v mistakes)
echo '--- nfrules check examples/mistakes.nft (wrong on purpose: expect errors, exit status 1)'
status=0; node bin/nfrules.js check examples/mistakes.nft || status=$?
[ "$status" -eq 1 ] || { echo "expected exit status 1 on mistakes.nft, got $status"; exit 1; }
echo '--- nfrules trace: a TCP SYN to the AnyIP prefix through the TPROXY example (expect: delivered to the proxy)'
node bin/nfrules.js trace examples/tproxy-anyip.rules.v4 --packet 'tcp 198.51.100.7:40000 > 198.18.100.5:80 iif eth0 S new'
echo '--- packaging'
npx vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links -o nfrules.vsix
ls -l nfrules.vsix
