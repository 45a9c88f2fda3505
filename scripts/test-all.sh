#!/usr/bin/env bash
# The one command that runs every test on a fresh Debian 12 machine (root): installs what the tests need (npm
# dependencies, apt packages, code-server), builds, then runs each suite. Suites that need root, namespaces or a
# browser skip with a message where those are missing. Ends with one summary line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0; failed=0; failures=()
step() {
  local name=$1; shift
  printf '\n=== %s\n' "$name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); printf '=== %s: ok (%ss)\n' "$name" $((SECONDS - start))
  else
    failed=$((failed + 1)); failures+=("$name"); printf '=== %s: FAILED (%ss)\n' "$name" $((SECONDS - start))
  fi
}

[ -d ../shared/corpus ] || { echo "test-all: ../shared/corpus is missing (the corpus must sit beside the repository)"; exit 2; }

export npm_config_loglevel=error npm_config_fund=false npm_config_audit=false
step "npm ci" npm ci
step "install test dependencies (apt, code-server)" bash scripts/install-test-deps.sh
step "type-check and bundle" npm run --silent compile
step "unit tests" node --test --test-reporter=spec out/test/unit/
step "LSP protocol tests (real server over stdio)" node --test --test-reporter=spec out/test/lsp/
step "fuzzing through the engine and the real server (short, fixed seed)" node out/scripts/fuzz.js --short
step "iptables grammar on the corpus" node out/scripts/corpus-iptables.js
step "nftables grammar on the corpus" node out/scripts/corpus-nftables.js
step "diagnostics against the real tools' verdicts on the corpus" node out/scripts/corpus-truth.js
step "formatting on the corpus (idempotent, lossless, same model, same kernel listing)" node out/scripts/format-acceptance.js --kernel
step "iptables catalog coverage (from iptables -h)" node out/scripts/catalog-coverage.js
step "nftables catalog coverage (from the grammar)" node out/scripts/catalog-coverage-nftables.js
step "generated grammar sources are current" bash -c 'bash tree-sitter-iptables/script/check-generated.sh && bash tree-sitter-nftables/script/check-generated.sh'
step "TextMate grammars" npm run --silent test:syntaxes
step "examples load in a real kernel" bash test/examples-load.sh
step "kernel ground-truth harness" node --test --test-reporter=spec out/test/kernel/
step "soundness of rule-logic claims (witnesses traced by the kernel)" node out/scripts/soundness.js
step "Neovim as an LSP client" node out/test/nvim/run.js
step "real VS Code (code-server) e2e" bash -c 'npm run --silent package && node out/test/e2e/run.js'

printf '\n'
[ ${#failures[@]} -eq 0 ] || printf 'failed suites: %s\n' "${failures[*]}"
printf 'suites: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
