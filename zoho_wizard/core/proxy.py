"""Which proxy the office uses, decided once for both requests and the embedded browser.

requests reads the proxy from the environment (``HTTPS_PROXY``, ``NO_PROXY``) and, on
Windows and macOS, from the system settings, through :func:`urllib.request.getproxies`.
The embedded browser is told to use the same one, so the sign-in page and the token
exchange never take different roads out of the office.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit


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
