#!/usr/bin/env bash
# Set up (first time only) and run every check: ruff, strict mypy over the package, the
# import-linter contracts (layers, no cycles), and the whole test suite, with a real
# Secret Service (gnome-keyring on a private D-Bus session) and a
# headless Qt. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

echo "==> ruff"
.venv/bin/ruff check zoho_wizard tests scripts benchmarks
.venv/bin/ruff format --check zoho_wizard tests scripts benchmarks
echo "==> mypy (the whole package, strict)"
.venv/bin/mypy
echo "==> import-linter (layers, no import cycles)"
.venv/bin/lint-imports --no-cache

# Throwaway home and user folders, and a real Secret Service that is nobody's.
source scripts/throwaway-session.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export PYTHONDONTWRITEBYTECODE=1

echo "==> pytest (with a real Secret Service)"
"${SECRET_SERVICE[@]}" .venv/bin/python -m pytest -p no:cacheprovider "$@"

# The installer: build the self-contained app and walk practice mode in it (about a
# minute). Skipped when pytest was given arguments (a partial run) or ZW_SKIP_PACKAGING=1.
if [ "$#" -eq 0 ] && [ "${ZW_SKIP_PACKAGING:-0}" != 1 ]; then
  echo "==> packaging: build the app and smoke-test it"
  bash packaging/build.sh
  bash packaging/smoke-test.sh --require-autopilot
fi
