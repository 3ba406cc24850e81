#!/usr/bin/env bash
# Runs the console component's JavaScript tests with Node's built-in runner
# (no npm packages). Needs Node.js 18 or later: apt-get install -y nodejs.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v node >/dev/null 2>&1; then
    echo "node is missing: install Node.js (Debian/Ubuntu: apt-get install -y nodejs)" >&2
    exit 1
fi
exec node --test packaging/salesforce/jstest/
