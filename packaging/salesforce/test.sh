#!/usr/bin/env bash
# Runs the console component's JavaScript tests with Node's built-in runner (no npm packages).
# The Makefile's `js` target is the one recipe: it gives Node 20 its WebSocket flag and the
# loopback tests the venv's Python, so this script only hands over to it.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v node >/dev/null 2>&1; then
    echo "node is missing: install Node.js 20.19 or newer (Debian 13: apt-get install -y nodejs)" >&2
    exit 1
fi
exec make js
