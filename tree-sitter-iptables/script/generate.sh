#!/usr/bin/env bash
# Regenerates src/ from grammar.js, rebuilds the WASM and records where both came from in parser.info.
# usage: tree-sitter-iptables/script/generate.sh   (TREE_SITTER overrides the CLI, WASM_CC the WASM compiler)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${TREE_SITTER:-$here/../../shared/tools/tree-sitter}
cd "$here"
"$cli" generate --no-bindings
WASM_CC=${WASM_CC:-clang} "$here/../../shared/tools/build-wasm" "$here" iptables "$here/tree-sitter-iptables.wasm"
{
  echo "# Provenance of the generated files; script/check-generated.sh verifies src/ against grammar.js."
  echo "grammar_js_sha256=$(sha256sum grammar.js | cut -d' ' -f1)"
  echo "scanner_c_sha256=$(sha256sum src/scanner.c | cut -d' ' -f1)"
  echo "tree_sitter_cli=$("$cli" --version 2>/dev/null | awk '{print $2}')"
  echo "parser_c_sha256=$(sha256sum src/parser.c | cut -d' ' -f1)"
  echo "wasm_sha256=$(sha256sum tree-sitter-iptables.wasm | cut -d' ' -f1)"
  echo "wasm_toolchain=${WASM_CC:-clang}"
} > parser.info
cat parser.info
