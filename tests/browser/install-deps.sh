#!/usr/bin/env bash
# Installs what the browser tests (tests/test_web_browser.py) need, from the repository's own files:
#   - playwright-core, from tests/browser/package-lock.json (npm ci; it downloads no browser)
#   - Debian's chromium at /usr/bin/chromium (apt-get), when it is missing
# `make test` runs it (target browser-deps). In CI (the CI variable set) a missing tool or a failed
# install stops the run; elsewhere it is a warning and the browser tests skip, saying why.
set -uo pipefail
cd "$(dirname "$0")"

CHROMIUM=/usr/bin/chromium
in_ci() { [ -n "${CI:-}" ]; }

problem() {
  if in_ci; then
    echo "browser-deps: ERROR: $*" >&2
    exit 1
  fi
  echo "browser-deps: warning: $* (the browser tests will be skipped)" >&2
}

# -- npm packages -------------------------------------------------------------------------------
# npm writes node_modules/.package-lock.json; when it matches the committed lock, nothing to do.
if ! command -v npm >/dev/null 2>&1; then
  problem "npm is not installed (Node 20 or later is needed: apt-get install -y nodejs npm)"
elif [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
     && [ -d node_modules/playwright-core ]; then
  :
else
  npm ci --no-audit --no-fund --loglevel=error || problem "npm ci failed in tests/browser"
fi

# -- chromium -----------------------------------------------------------------------------------
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    problem "$CHROMIUM is missing and installing it needs root (run: sudo apt-get install -y chromium)"
    exit 0
  fi
  echo "browser-deps: installing Debian's chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { "${SUDO[@]}" apt-get update -q && "${SUDO[@]}" apt-get install -y -q chromium; }; then
    problem "apt-get install chromium failed"
  elif [ ! -x "$CHROMIUM" ]; then
    problem "chromium was installed but $CHROMIUM is not there"
  fi
fi
exit 0
