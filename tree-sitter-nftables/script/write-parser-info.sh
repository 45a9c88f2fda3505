#!/bin/sh
# Records where src/ came from: the grammar.js hash and the tree-sitter CLI that generated it.
# Run from anywhere after `tree-sitter generate --no-bindings`; the check script compares against this file.
set -eu
cd "$(dirname "$0")/.."
TS=${TREE_SITTER:-../../shared/tools/tree-sitter}
{
  echo "grammar_js_sha256=$(sha256sum grammar.js | cut -d' ' -f1)"
  echo "parser_c_sha256=$(sha256sum src/parser.c | cut -d' ' -f1)"
  echo "cli=$("$TS" --version 2>/dev/null | head -1)"
  echo "abi=$(sed -n 's/^#define LANGUAGE_VERSION \([0-9]*\)/\1/p' src/parser.c)"
} > parser.info
cat parser.info
