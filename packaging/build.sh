#!/usr/bin/env bash
# Build the self-contained Linux app (PyInstaller one-folder bundle with QtWebEngine):
#
#     bash packaging/build.sh            # -> packaging/dist/zoho-wizard/zoho-wizard
#
# Uses its own virtual environment (packaging/.build-venv: the project + PyInstaller), so
# the developer .venv is never touched. Everything it writes (.build-venv, build, dist) is
# ignored by git. Measured on a 2-core Debian 12 machine (2026-11-28): 43 s from nothing
# (new venv, pip without cache from a fast package mirror; allow 1-3 minutes more to
# download PySide6's ~255 MB over an ordinary connection), 25 s when .build-venv exists.
# Result: packaging/dist/zoho-wizard, about 500 MB in about 520 files.
#
# Environment: PYTHON=/path/to/python3.11+  (default python3; needs a shared libpython,
# which Debian's python3 and pyenv builds with --enable-shared have).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
venv="$here/.build-venv"
stage="$here/build/src"
dist="$here/dist"
python=${PYTHON:-python3}
started=$(date +%s)

step() { printf '==> %s (%ss)\n' "$1" "$(($(date +%s) - started))"; }

if [ ! -x "$venv/bin/python" ]; then
  step "Creating the build environment in packaging/.build-venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
fi

# Install the project from a clean copy: building the wheel in place would leave build/
# and *.egg-info in the source tree.
step "Copying the project sources to packaging/build/src"
rm -rf "$stage"
mkdir -p "$stage"
cp "$root/pyproject.toml" "$root/README.md" "$stage/"
cp -r "$root/zoho_wizard" "$stage/"
find "$stage" -name __pycache__ -type d -prune -exec rm -rf {} +

step "Installing zoho-wizard and PyInstaller into the build environment"
# -c: the run-time dependencies at the exact versions the tests passed with.
"$venv/bin/python" -m pip install -q --disable-pip-version-check \
  -c "$here/constraints.txt" -r "$here/requirements-build.txt" "$stage"
"$venv/bin/python" -m pip check

step "Running PyInstaller"
cd "$here"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$here/build/pyinstaller" \
  "$here/pyinstaller/zoho-wizard.spec"

app="$dist/zoho-wizard"
exe="$app/zoho-wizard"
step "Checking the bundle"
[ -x "$exe" ] || { echo "build.sh: $exe is missing" >&2; exit 1; }
missing=0
for pattern in QtWebEngineProcess icudtl.dat 'qtwebengine_resources.pak' \
               'v8_context_snapshot.bin' 'en-US.pak' 'libQt6WebEngineCore.so*' app.svg; do
  if [ -z "$(find "$app" -name "$pattern" -print -quit)" ]; then
    echo "build.sh: $pattern is not in the bundle" >&2
    missing=1
  fi
done
[ "$missing" = 0 ] || exit 1
"$exe" --version

elapsed=$(($(date +%s) - started))
echo
echo "Built $exe"
echo "  size:  $(du -sh "$app" | cut -f1)"
echo "  files: $(find "$app" -type f | wc -l)"
echo "  time:  $((elapsed / 60)) min $((elapsed % 60)) s"
echo "Next: bash packaging/smoke-test.sh"
