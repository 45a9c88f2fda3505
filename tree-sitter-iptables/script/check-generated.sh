#!/usr/bin/env bash
# Regenerates the parser into a temporary folder and diffs it against the committed src/, so a grammar.js edit
# without `script/generate.sh` is caught. Also checks the grammar hash recorded in parser.info.
# usage: tree-sitter-iptables/script/check-generated.sh   (TREE_SITTER overrides the CLI)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${TREE_SITTER:-$here/../../shared/tools/tree-sitter}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/grammar.js" "$here/package.json" "$tmp/"
mkdir -p "$tmp/src" && cp "$here/src/scanner.c" "$tmp/src/"
(cd "$tmp" && "$cli" generate --no-bindings >/dev/null)
status=0
for file in parser.c grammar.json node-types.json tree_sitter/parser.h tree_sitter/alloc.h tree_sitter/array.h; do
  if ! diff -q "$tmp/src/$file" "$here/src/$file" >/dev/null; then
    echo "stale: src/$file differs from a fresh generate (run script/generate.sh)"; status=1
  fi
done
recorded=$(sed -n 's/^grammar_js_sha256=//p' "$here/parser.info")
actual=$(sha256sum "$here/grammar.js" | cut -d' ' -f1)
if [ "$recorded" != "$actual" ]; then echo "stale: parser.info records grammar.js $recorded, file is $actual"; status=1; fi
[ $status -eq 0 ] && echo "src/ is current with grammar.js"
exit $status
