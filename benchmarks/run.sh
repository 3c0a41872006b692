#!/usr/bin/env bash
# zoho-wizard's benchmarks, from a fresh checkout: sets up (first time only), then runs
# benchmarks/run.py with a throwaway home, a real Secret Service (gnome-keyring on a
# private D-Bus session) and a virtual X display (Xvfb; QT_QPA_PLATFORM=offscreen to use
# Qt's headless platform instead). Takes about three minutes. Arguments go to run.py
# (--rounds N, --think SECONDS, --cycles N, --json FILE, --only startup,flow,...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

# Throwaway home and user folders, and a real Secret Service that is nobody's.
source scripts/throwaway-session.sh
# Compiled bytecode is kept, as it is for an installed program.
unset PYTHONDONTWRITEBYTECODE
if [ "$(id -u)" = 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi

display=()
if [ "${QT_QPA_PLATFORM:-}" != offscreen ] && command -v xvfb-run >/dev/null; then
  export QT_QPA_PLATFORM=xcb
  display=(xvfb-run -a -s "-screen 0 1280x1024x24")
else
  export QT_QPA_PLATFORM=offscreen
fi

"${SECRET_SERVICE[@]}" "${display[@]}" .venv/bin/python benchmarks/run.py "$@"
