#!/usr/bin/env bash
# Fuzz every parser of outside input at depth: the @given tests (the sign-in callback,
# token responses, the settings file, preset and setup files, Zoho's serverinfo answer
# and cache) with Hypothesis's "thorough" profile, at least 10,000 cases per test, then the
# reliability line. Not part of CI or scripts/test.sh (which run the same tests with a few
# hundred cases each). Needs `bash scripts/setup.sh --test` once. Extra arguments go to pytest.
#   bash scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# Every test file with a @given test (today: tests/core/test_core_properties.py).
mapfile -t files < <(grep -rlE --include='test_*.py' '^@given\(' tests | sort)
[ "${#files[@]}" -gt 0 ] || { echo "fuzz.sh: no @given tests found" >&2; exit 1; }

export HYPOTHESIS_PROFILE=thorough PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" PYTHONDONTWRITEBYTECODE=1
started=$(date +%s)
echo "==> fuzzing (profile thorough): ${files[*]}"
.venv/bin/python -m pytest -p no:cacheprovider -q --hypothesis-show-statistics "${files[@]}" "$@"
elapsed=$(($(date +%s) - started))
echo "==> done in $((elapsed / 60)) min $((elapsed % 60)) s"
