#!/usr/bin/env bash
# Compiles contracts/*.sol with solcjs (the npm "solc" package) and writes contracts/build/:
#   <Name>.bin-runtime      deployed bytecode, hex (embedded into ParallelEvm.Vm; the C# build never runs node)
#   <Name>.selectors.json   function selectors as solc computes them
#   <Name>.abi.json         the ABI
#   <Name>.layout.json      the storage layout (the workload generator writes storage by these slots)
# Needs node and npm. solc is installed once into $SOLC_DIR (default: a temp dir), never into the repo.
set -euo pipefail
SOLC_VERSION=0.8.26
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOLC_DIR="${SOLC_DIR:-${TMPDIR:-/tmp}/pevm-solc-$SOLC_VERSION}"
if [ ! -f "$SOLC_DIR/node_modules/solc/package.json" ]; then
  mkdir -p "$SOLC_DIR"
  (cd "$SOLC_DIR" && npm install --silent --no-audit --no-fund "solc@$SOLC_VERSION" >/dev/null)
fi
NODE_PATH="$SOLC_DIR/node_modules" node "$here/build.js" "$here" "$SOLC_VERSION"
