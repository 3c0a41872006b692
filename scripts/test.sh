#!/usr/bin/env bash
# Set up (first time only) and run every check: ruff, mypy on the core, and the whole test
# suite, with a real Secret Service (gnome-keyring on a private D-Bus session) and a
# headless Qt. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

echo "==> ruff"
.venv/bin/ruff check zoho_wizard tests scripts benchmarks
.venv/bin/ruff format --check zoho_wizard tests scripts benchmarks
echo "==> mypy (core, strict)"
.venv/bin/mypy

# Throwaway home and user folders: the keyring file, Qt caches and settings land here.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
       XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export PYTHONDONTWRITEBYTECODE=1

echo "==> pytest (with a real Secret Service)"
# The password only unlocks the throwaway keyring created inside $scratch.
dbus-run-session -- bash -c '
  echo -n "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
' pytest "$@"

# The installer: build the self-contained app and walk practice mode in it (about a
# minute). Skipped when pytest was given arguments (a partial run) or ZW_SKIP_PACKAGING=1.
if [ "$#" -eq 0 ] && [ "${ZW_SKIP_PACKAGING:-0}" != 1 ]; then
  echo "==> packaging: build the app and smoke-test it"
  bash packaging/build.sh
  bash packaging/smoke-test.sh --require-autopilot
fi
