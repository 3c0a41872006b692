# Sourced (not run) by the scripts that run the program for real: the tests, the
# installer's smoke test and the benchmarks. It gives them
#
# * a throwaway home and user folders in $scratch (settings, logs, Qt and Chromium caches,
#   the keyring file), removed on exit; and
# * SECRET_SERVICE: a command prefix that runs a command on a private D-Bus session with a
#   throwaway gnome-keyring unlocked, i.e. a real Secret Service that is nobody's.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
       XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"

# The password only unlocks the throwaway keyring created inside $scratch.
SECRET_SERVICE=(dbus-run-session -- bash -c '
  echo -n "throwaway-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' secret-service)
