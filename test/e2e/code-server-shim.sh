#!/usr/bin/env bash
# Stands in for a VS Code executable in @vscode/test-electron's runTests(): serves the workbench with
# code-server and drives it with headless Chromium (see launcher/main.ts). Arguments are VS Code's.
exec node "$(cd "$(dirname "$0")/../.." && pwd)/out/test/e2e/launcher/main.js" "$@"
