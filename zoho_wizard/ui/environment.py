"""Process-wide settings decided before the QApplication exists.

* Chromium's sandbox stays on. It is switched off only where it cannot run: when the
  program runs as root (CI machines, containers), where Chromium refuses to start with it.
* The embedded browser uses the same proxy as the token exchange (:mod:`core.proxy`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, MutableMapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoho_wizard.core.proxy import ProxySetting

log = logging.getLogger(__name__)

SANDBOX_VARIABLE = "QTWEBENGINE_DISABLE_SANDBOX"
_GETEUID: Callable[[], int] | None = getattr(os, "geteuid", None)  # not on Windows


def chromium_sandbox_off_needed(
    environ: MutableMapping[str, str] = os.environ,
    euid: Callable[[], int] | None = _GETEUID,
) -> bool:
    """Switch Chromium's sandbox off only as root; returns True when it is off.

    For an ordinary user the program never switches it off. (Someone who set the
    variable themselves keeps their choice, with a warning in the log.)
    """
    if euid is not None and euid() == 0:
        if environ.get(SANDBOX_VARIABLE) != "1":
            log.warning("running as root: Chromium's sandbox cannot run and is switched off")
        environ[SANDBOX_VARIABLE] = "1"
        return True
    if environ.get(SANDBOX_VARIABLE) == "1":
        log.warning("%s=1 was set by hand: the browser sandbox is off", SANDBOX_VARIABLE)
        return True
    return False


def apply_proxy(accounts_url: str) -> ProxySetting | None:
    """Point the embedded browser at the proxy requests uses for ``accounts_url``.

    With no proxy configured the browser keeps the system's own settings. Called once the
    window is on screen (QtNetwork is not needed before), before the web engine starts.
    """
    from PySide6.QtNetwork import QNetworkProxy, QNetworkProxyFactory

    from zoho_wizard.core.proxy import proxy_for

    setting = proxy_for(accounts_url)
    if setting is None:
        # No fixed proxy: the system's may come from a proxy script (PAC/WPAD), which the
        # browser follows; the token calls follow it too, through Qt's resolution.
        from zoho_wizard.core import proxy as core_proxy

        core_proxy.install_resolver(system_proxy_for)
        # Asked once now, off the GUI thread, so the exchange finds the answer kept: Qt's
        # first proxy question costs about 20 ms (measured), inside the code's minute.
        threading.Thread(
            target=core_proxy.resolved_proxy, args=(accounts_url,), name="proxy-ahead", daemon=True
        ).start()
        return None
    kind = (
        QNetworkProxy.ProxyType.Socks5Proxy
        if setting.scheme.startswith("socks")
        else QNetworkProxy.ProxyType.HttpProxy
    )
    proxy = QNetworkProxy(kind, setting.host, setting.port, setting.username, setting.password)
    QNetworkProxyFactory.setUseSystemConfiguration(False)
    QNetworkProxy.setApplicationProxy(proxy)
    log.info("embedded browser uses the proxy %s", setting)
    return setting


def system_proxy_for(url: str) -> str | None:
    """The HTTP proxy this computer's settings give for ``url`` as Qt resolves them (a
    proxy script (PAC) or automatic discovery (WPAD) is run on Windows, through WinHTTP,
    and on macOS, through CFNetwork; elsewhere Qt reads the environment), or None for a
    direct connection. Called from worker threads; only a real Windows or macOS machine
    can confirm a PAC office end to end."""
    from PySide6.QtCore import QUrl
    from PySide6.QtNetwork import QNetworkProxy, QNetworkProxyFactory, QNetworkProxyQuery

    for found in QNetworkProxyFactory.systemProxyForQuery(QNetworkProxyQuery(QUrl(url))):
        kind = found.type()
        if kind == QNetworkProxy.ProxyType.HttpProxy and found.hostName():
            return f"http://{found.hostName()}:{found.port() or 8080}"
        if kind in (QNetworkProxy.ProxyType.NoProxy, QNetworkProxy.ProxyType.DefaultProxy):
            return None
    return None


CHROMIUM_FLAGS = "QTWEBENGINE_CHROMIUM_FLAGS"
RENDERER_ACCESSIBILITY = "--force-renderer-accessibility"


def web_accessibility_for_screen_readers(
    screen_reader_on: bool, environ: MutableMapping[str, str] = os.environ
) -> bool:
    """Let a screen reader read Zoho's page inside the window (Linux).

    QtWebEngine exposes a web page's content on the accessibility bus only when Chromium
    runs with ``--force-renderer-accessibility``; without it a person using a screen
    reader hears nothing of Zoho's sign-in form. The flag costs the renderer some work,
    so it is added only while a screen reader is on (Qt's bridge is active), before the
    web engine starts. Returns True when the flag is in effect.
    """
    flags = environ.get(CHROMIUM_FLAGS, "")
    if RENDERER_ACCESSIBILITY in flags.split():
        return True
    if not screen_reader_on:
        return False
    environ[CHROMIUM_FLAGS] = f"{flags} {RENDERER_ACCESSIBILITY}".strip()
    return True
