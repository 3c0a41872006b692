"""Which proxy the office uses, decided once for both requests and the embedded browser.

requests reads the proxy from the environment (``HTTPS_PROXY``, ``NO_PROXY``) and, on
Windows and macOS, from the system settings, through :func:`urllib.request.getproxies`.
The embedded browser is told to use the same one, so the sign-in page and the token
exchange never take different roads out of the office.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProxySetting:
    """One HTTP proxy: ``scheme://[user:password@]host:port``."""

    scheme: str
    host: str
    port: int
    username: str = ""
    password: str = ""

    def __str__(self) -> str:
        # Never print credentials (they end up in logs otherwise).
        return f"{self.scheme}://{self.host}:{self.port}"


def proxy_for(
    url: str,
    *,
    getproxies: Callable[[], Mapping[str, str]] = urllib.request.getproxies,
    bypass: Callable[[str], bool] | None = None,
) -> ProxySetting | None:
    """The proxy requests would use for ``url``, or None for a direct connection.

    Args:
        url: Where we are going (an accounts server).
        getproxies: Source of proxy settings (injected by tests).
        bypass: Whether a host skips the proxy (default: ``NO_PROXY`` rules).
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    proxies = {k.lower(): v for k, v in getproxies().items()}
    if bypass is None:
        no_proxy = proxies.get("no", "")

        def bypass(name: str) -> bool:
            return _bypassed(name, no_proxy)

    if not host or bypass(host):
        return None
    raw = proxies.get(parts.scheme.lower()) or proxies.get("all")
    if not raw:
        return None
    if "://" not in raw:
        raw = "http://" + raw
    try:
        proxy = urlsplit(raw)
        port = proxy.port
    except ValueError:
        return None
    if not proxy.hostname:
        return None
    scheme = proxy.scheme.lower()
    default_port = {"http": 80, "https": 443, "socks5": 1080, "socks5h": 1080}.get(scheme, 8080)
    return ProxySetting(
        scheme=scheme,
        host=proxy.hostname,
        port=port or default_port,
        username=proxy.username or "",
        password=proxy.password or "",
    )


def _bypassed(host: str, no_proxy: str) -> bool:
    host = host.lower().strip("[]")
    for entry in (e.strip().lower() for e in no_proxy.replace(";", ",").split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        entry = entry.split(":")[0].lstrip(".")
        if host == entry or host.endswith("." + entry):
            return True
    return False


# --- offices whose proxy is chosen by a script (PAC, WPAD) --------------------------------
# requests (through urllib.request.getproxies) follows a fixed proxy from the environment,
# Windows' Internet Options (the registry's ProxyServer) and macOS' network settings
# (SystemConfiguration). Neither follows a proxy auto-config script (PAC) or automatic
# discovery (WPAD), which the embedded browser does follow: in such an office the sign-in
# works and the token calls would go out directly and fail.
#
# The wizard asks the same resolution the embedded browser's system settings use (Qt's,
# which runs the script on Windows and macOS) and installs it here with
# install_resolver(); make_session() then sends each call where it says. Scripts and the
# CLI have no Qt: for them, pac_setting() recognises the case so a failure says what to do
# (set HTTPS_PROXY). A PAC interpreter (pypac, with a JavaScript engine) was not adopted:
# it would add a compiled JavaScript runtime for a case the wizard covers through Qt and
# scripts cover with one environment variable.

ProxyResolver = Callable[[str], "str | None"]
"""Maps a URL to the proxy to use for it (``http://host:port``), or None for direct."""

_resolver: ProxyResolver | None = None
_resolved: dict[tuple[str, str], str | None] = {}
_resolved_lock = threading.Lock()


def install_resolver(resolver: ProxyResolver | None) -> None:
    """Have sessions ask ``resolver`` for the proxy of a URL the settings leave direct
    (None: stop asking). Its answers are kept per scheme and host."""
    global _resolver
    with _resolved_lock:
        _resolver = resolver
        _resolved.clear()


def resolver_installed() -> bool:
    """True when :func:`install_resolver` gave a resolver (the wizard's window)."""
    return _resolver is not None


def resolved_proxy(url: str) -> str | None:
    """The installed resolver's proxy for ``url`` (None: none installed, direct, or the
    resolver failed; never raises)."""
    resolver = _resolver
    if resolver is None:
        return None
    parts = urlsplit(url)
    key = (parts.scheme.lower(), (parts.hostname or "").lower())
    with _resolved_lock:
        if key in _resolved:
            return _resolved[key]
    try:
        found = resolver(url)
    except Exception:  # a broken script is "direct", as browsers treat it
        log.info("the system's proxy script could not be asked for %s", key[1])
        found = None
    with _resolved_lock:
        _resolved[key] = found
    return found


WPAD = "automatic"
"""What :func:`pac_setting` returns when the proxy is to be discovered (WPAD), no URL."""


def pac_setting(platform: str | None = None) -> str | None:
    """The proxy script this computer is set to use (its URL, or :data:`WPAD`), when no
    fixed proxy is set that requests would follow; None otherwise. Never raises."""
    platform = platform or sys.platform
    try:
        fixed = {k.lower() for k, v in urllib.request.getproxies().items() if v}
        if fixed & {"https", "all"}:
            return None
        if platform == "win32":
            return _windows_pac(_read_internet_settings())
        if platform == "darwin":
            return _scutil_pac(_run(["scutil", "--proxy"]))
        return _gnome_pac(_run(["gsettings", "get", "org.gnome.system.proxy", "mode"]))
    except Exception:  # only a better message: never a new failure
        return None


def _read_internet_settings() -> dict[str, Any]:  # pragma: no cover (Windows only)
    """Windows' Internet Options for this user: AutoConfigURL, ProxyEnable and the
    "Automatically detect settings" flag (byte 8, bit 0x08 of DefaultConnectionSettings)."""
    import importlib

    winreg: Any = importlib.import_module("winreg")  # (its stubs are Windows-only)

    key_path = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings"
    values: dict[str, Any] = {}
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:
        for name in ("AutoConfigURL", "ProxyEnable"):
            with contextlib.suppress(OSError):
                values[name] = winreg.QueryValueEx(key, name)[0]
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path + r"\Connections") as key:
            values["DefaultConnectionSettings"] = winreg.QueryValueEx(
                key, "DefaultConnectionSettings"
            )[0]
    except OSError:
        pass
    return values


def _windows_pac(values: Mapping[str, Any]) -> str | None:
    url = values.get("AutoConfigURL")
    if isinstance(url, str) and url.strip():
        return url.strip()
    flags = values.get("DefaultConnectionSettings")
    if isinstance(flags, bytes) and len(flags) > 8 and flags[8] & 0x08:
        return WPAD
    return None


def _run(command: list[str]) -> str:
    import subprocess

    done = subprocess.run(command, capture_output=True, text=True, timeout=5, check=False)
    return done.stdout


def _scutil_pac(output: str) -> str | None:
    """From ``scutil --proxy`` (macOS): the script's URL when PAC is on, or WPAD."""
    values = {}
    for line in output.splitlines():
        name, sep, value = line.partition(" : ")
        if sep:
            values[name.strip()] = value.strip()
    if values.get("ProxyAutoConfigEnable") == "1" and values.get("ProxyAutoConfigURLString"):
        return values["ProxyAutoConfigURLString"]
    if values.get("ProxyAutoDiscoveryEnable") == "1":
        return WPAD
    return None


def _gnome_pac(mode: str) -> str | None:
    """GNOME's proxy mode 'auto' (a script, or WPAD when it names none)."""
    if mode.strip().strip("'") != "auto":
        return None
    url = _run(["gsettings", "get", "org.gnome.system.proxy", "autoconfig-url"])
    return url.strip().strip("'") or WPAD
