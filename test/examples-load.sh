#!/usr/bin/env bash
# Loads every good example into a real kernel inside a throwaway network namespace (nft -f, iptables-restore,
# ip6tables-restore) and checks that examples/mistakes.nft is rejected by a real load.
# Needs root and the nft/iptables tools; otherwise it skips with a message and exits 0.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EXAMPLES="$ROOT/examples"
NS="nfrules-examples-$$"

skip() { echo "SKIP examples-load: $*"; exit 0; }
[ "$(id -u)" -eq 0 ] || skip "needs root (network namespaces)"
for tool in ip nft iptables-restore ip6tables-restore; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/install-test-deps.sh)"
done

ip netns add "$NS" || skip "cannot create a network namespace"
trap 'ip netns del "$NS" 2>/dev/null' EXIT

# Every load starts from an empty ruleset so examples cannot hide each other's errors.
reset_ns() {
  ip netns exec "$NS" nft flush ruleset
  ip netns exec "$NS" iptables-restore </dev/null 2>/dev/null
  ip netns exec "$NS" ip6tables-restore </dev/null 2>/dev/null
}

# The loader for a file: nft for .nft, ip6tables-restore for IPv6 iptables files, iptables-restore otherwise.
loader_for() {
  case "$1" in
    *.nft) echo "nft -f" ;;
    *.v6 | *ip6tables*) echo "ip6tables-restore" ;;
    *) echo "iptables-restore" ;;
  esac
}

# Runs the loader from the file's directory: nft resolves "./" includes against the working directory.
load() {
  local file="$1"
  reset_ns
  (cd "$(dirname "$file")" && ip netns exec "$NS" $(loader_for "$file") "$(basename "$file")") 2>&1
}

failures=0
for file in "$EXAMPLES"/*.nft "$EXAMPLES"/*.v4 "$EXAMPLES"/*.v6; do
  name="${file#"$ROOT"/}"
  [ "$(basename "$file")" = mistakes.nft ] && continue
  if out="$(load "$file")"; then
    echo "PASS loads: $name"
  else
    echo "FAIL loads: $name"; echo "$out" | sed 's/^/    /'; failures=$((failures + 1))
  fi
done

if out="$(load "$EXAMPLES/mistakes.nft")"; then
  echo "FAIL rejected: examples/mistakes.nft loaded without error"; failures=$((failures + 1))
else
  echo "PASS rejected: examples/mistakes.nft ($(echo "$out" | grep -m1 -o 'Error: .*'))"
fi

[ "$failures" -eq 0 ] && echo "examples-load: all passed" || echo "examples-load: $failures failed"
exit $((failures > 0))
