#!/usr/bin/env bash
# Set up (first time only) and open the wizard in practice mode: a built-in Zoho sandbox on
# this computer, so no Zoho account and no internet are needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
  echo "No screen found (DISPLAY is not set). Run this from a desktop session." >&2
  exit 1
fi
exec .venv/bin/zoho-wizard --demo "$@"
