#!/usr/bin/env bash
# Prepare this checkout: Debian/Ubuntu libraries QtWebEngine needs (only those missing),
# then a virtual environment in .venv with zoho-wizard installed.
#   bash scripts/setup.sh          # to run the wizard
#   bash scripts/setup.sh --test   # also the test tools, Xvfb and a Secret Service
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# QtWebEngine's libraries (measured on a bare Debian 12; see README "Requirements").
pkgs=(libegl1 libgl1 libgbm1 libx11-6 libxext6 libxfixes3 libxcomposite1 libxdamage1
      libxrandr2 libxtst6 libxkbfile1 libxcb1 libxcb-dri3-0 libxkbcommon0 libasound2
      libbrotli1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libnspr4 libnss3
      fonts-dejavu-core
      libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
      libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
if [ "$want_test" = 1 ]; then
  # Xvfb for screenshots, a real Secret Service (gnome-keyring) on a private D-Bus, and
  # the validators for the desktop file and AppStream metadata.
  pkgs+=(xvfb xauth gnome-keyring dbus-daemon desktop-file-utils appstream)
  pkgs+=(shared-mime-info)  # update-mime-database checks the setup file type
  pkgs+=(dunst)  # a real notification server for the health watch's tests (under Xvfb)
  # The website's tests (tests/web): a real PostgreSQL server for the store's contract
  # tests, and Chromium with its WebDriver for the end-to-end Connect test.
  pkgs+=(postgresql chromium chromium-driver)
  # LibreOffice Calc without its GUI opens the spreadsheet feed's CSV in the serve tests.
  pkgs+=(libreoffice-calc-nogui)
fi
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  pkgs+=(python3 python3-venv)
fi
# The screen-reader test (tests/a11y): the desktop accessibility bus, read with the system
# Python's bindings.
if [ "$want_test" = 1 ]; then
  pkgs+=(at-spi2-core python3-gi gir1.2-atspi-2.0)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> Installing system libraries: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq \
      --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "==> Not a Debian/Ubuntu system: install the equivalents of: ${pkgs[*]}" >&2
fi

extra=""
[ "$want_test" = 1 ] && extra="[test]"
stamp=".venv/.installed${extra:+-test}"
if [ ! -x .venv/bin/python ]; then
  echo "==> Creating the virtual environment in .venv"
  python3 -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] \
   || [ packaging/constraints.txt -nt "$stamp" ]; then
  echo "==> Installing zoho-wizard${extra} into .venv (first time: about a minute)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  # -c: the run-time dependencies at the versions the app is built with (the test extra's
  # own packages are not constrained).
  .venv/bin/python -m pip install -q --disable-pip-version-check \
    -c packaging/constraints.txt -e ".${extra}"
  touch "$stamp"
fi
