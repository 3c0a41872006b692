"""Chromium's sandbox policy and the embedded browser's proxy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtNetwork import QNetworkProxy, QNetworkProxyFactory

from zoho_wizard.core import proxy
from zoho_wizard.ui.environment import (
    SANDBOX_VARIABLE,
    apply_proxy,
    chromium_sandbox_off_needed,
    system_proxy_for,
)


def test_the_sandbox_stays_on_for_an_ordinary_user() -> None:
    environ: dict[str, str] = {}
    assert chromium_sandbox_off_needed(environ, lambda: 1000) is False
    assert SANDBOX_VARIABLE not in environ


def test_the_sandbox_is_switched_off_only_as_root() -> None:
    environ: dict[str, str] = {}
    assert chromium_sandbox_off_needed(environ, lambda: 0) is True
    assert environ[SANDBOX_VARIABLE] == "1"


def test_windows_has_no_root_and_keeps_the_sandbox() -> None:
    environ: dict[str, str] = {}
    assert chromium_sandbox_off_needed(environ, None) is False
    assert environ == {}


@pytest.fixture
def restore_proxy() -> Iterator[None]:
    before = QNetworkProxy.applicationProxy()
    system = QNetworkProxyFactory.usesSystemConfiguration()
    yield
    QNetworkProxy.setApplicationProxy(before)
    QNetworkProxyFactory.setUseSystemConfiguration(system)
    proxy.install_resolver(None)


def test_the_browser_gets_the_same_proxy_as_the_token_exchange(
    qapp: object, restore_proxy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.office.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    setting = apply_proxy("https://accounts.zoho.eu")
    assert setting is not None
    proxy = QNetworkProxy.applicationProxy()
    assert proxy.type() is QNetworkProxy.ProxyType.HttpProxy
    assert (proxy.hostName(), proxy.port()) == ("proxy.office.example", 3128)
    assert QNetworkProxyFactory.usesSystemConfiguration() is False


def test_without_a_proxy_the_browser_keeps_the_system_settings(
    qapp: object, restore_proxy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    before = QNetworkProxy.applicationProxy().type()
    assert apply_proxy("https://accounts.zoho.eu") is None
    assert QNetworkProxy.applicationProxy().type() == before
    # The token calls now ask the system's resolution too (a proxy script on Windows and
    # macOS); here, with nothing set, it says direct.
    assert proxy.resolver_installed()
    assert system_proxy_for("https://accounts.zoho.eu/oauth/v2/token") is None


def test_the_systems_resolution_is_read_as_an_http_proxy_address(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (On Linux Qt's system resolution reads the environment; on Windows and macOS it
    # runs the office's proxy script, which only a real machine can show.)
    monkeypatch.setenv("https_proxy", "http://proxy.office.example:3128")
    found = system_proxy_for("https://accounts.zoho.eu/oauth/v2/token")
    assert found == "http://proxy.office.example:3128"


def test_a_screen_reader_can_read_zohos_page_when_one_is_on() -> None:
    from zoho_wizard.ui.environment import web_accessibility_for_screen_readers

    environ: dict[str, str] = {}
    assert not web_accessibility_for_screen_readers(False, environ)
    assert environ == {}  # no cost without a screen reader
    assert web_accessibility_for_screen_readers(True, environ)
    assert environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--force-renderer-accessibility"
    # Flags someone set stay, and the flag is never added twice.
    environ = {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}
    assert web_accessibility_for_screen_readers(True, environ)
    assert web_accessibility_for_screen_readers(True, environ)
    assert environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--disable-gpu --force-renderer-accessibility"
