"""Offices whose proxy is chosen by a script (PAC) or discovered (WPAD).

The wizard follows such a script through the resolution its embedded browser uses (Qt's,
installed with ``proxy.install_resolver``; a fake resolver stands in for it here, so the
script itself is not run); scripts and the CLI recognise the case and say what to do. The
OS settings are read at their boundary (Windows' registry values, ``scutil --proxy``,
``gsettings``), given here as their real shapes. Only a real Windows or macOS machine in
a PAC office can confirm the whole way.
"""

from __future__ import annotations

import http.server
import sys
from collections.abc import Iterator
from typing import ClassVar

import pytest
import requests
from local_http import serve

from zoho_wizard.core import proxy
from zoho_wizard.core.http import make_session, network_error
from zoho_wizard.sandbox import Sandbox

PAC_URL = "http://wpad.office.example/proxy.pac"


class _Forwarder(http.server.BaseHTTPRequestHandler):
    """The office proxy: forwards plain-HTTP requests and remembers them."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).seen.append(self.path)
        upstream = requests.get(self.path, timeout=5, proxies={"http": "", "https": ""})
        self.send_response(upstream.status_code)
        self.send_header("Content-Type", upstream.headers.get("Content-Type", "text/plain"))
        self.send_header("Content-Length", str(len(upstream.content)))
        self.end_headers()
        self.wfile.write(upstream.content)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def no_fixed_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    yield
    proxy.install_resolver(None)


@pytest.mark.usefixtures("no_fixed_proxy")
def test_with_a_resolver_installed_calls_go_where_the_script_says() -> None:
    _Forwarder.seen = []
    asked: list[str] = []
    with Sandbox() as sb, serve(_Forwarder) as office_proxy:
        url = f"{sb.accounts_url('eu')}/oauth/serverinfo"

        def script(target: str) -> str | None:
            asked.append(target)
            return office_proxy  # "PROXY 127.0.0.1:port" for every address

        proxy.install_resolver(script)
        with make_session() as session:
            assert session.get(url, timeout=5).json()["locations"]["eu"] == sb.accounts_url("eu")
            session.get(url, timeout=5)
        assert _Forwarder.seen == [url, url]
        assert asked == [url]  # asked once per host


@pytest.mark.usefixtures("no_fixed_proxy")
def test_direct_or_a_failing_script_leaves_the_call_direct() -> None:
    with Sandbox() as sb:
        url = f"{sb.accounts_url('eu')}/oauth/serverinfo"
        for answer in (lambda _url: None, lambda _url: 1 / 0):
            proxy.install_resolver(answer)
            with make_session() as session:
                assert session.get(url, timeout=5).status_code == 200


def test_a_fixed_proxy_wins_over_the_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://fixed.office.example:3128")
    proxy.install_resolver(lambda _url: "http://script.office.example:8080")
    try:
        with make_session() as session:
            settings = session.merge_environment_settings(
                "https://accounts.zoho.eu/oauth/v2/token", {}, None, None, None
            )
    finally:
        proxy.install_resolver(None)
    assert settings["proxies"]["https"] == "http://fixed.office.example:3128"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"AutoConfigURL": PAC_URL, "ProxyEnable": 0}, PAC_URL),
        ({"DefaultConnectionSettings": bytes([70, 0, 0, 0, 9, 0, 0, 0, 0x09, 0])}, proxy.WPAD),
        ({"DefaultConnectionSettings": bytes([70, 0, 0, 0, 9, 0, 0, 0, 0x01, 0])}, None),
        ({"ProxyEnable": 0}, None),
    ],
)
def test_windows_proxy_script_settings_are_recognised(
    monkeypatch: pytest.MonkeyPatch,
    no_fixed_proxy: None,
    values: dict[str, object],
    expected: str | None,
) -> None:
    monkeypatch.setattr(proxy, "_read_internet_settings", lambda: values)
    assert proxy.pac_setting("win32") == expected


SCUTIL = """<dictionary> {{
  ExceptionsList : <array> {{
    0 : *.local
  }}
  HTTPEnable : 0
  ProxyAutoConfigEnable : {pac}
  ProxyAutoConfigURLString : {url}
  ProxyAutoDiscoveryEnable : {wpad}
}}
"""


@pytest.mark.parametrize(
    ("pac", "wpad", "expected"), [("1", "0", PAC_URL), ("0", "1", proxy.WPAD), ("0", "0", None)]
)
def test_macos_proxy_script_settings_are_recognised(
    monkeypatch: pytest.MonkeyPatch, no_fixed_proxy: None, pac: str, wpad: str, expected: str | None
) -> None:
    output = SCUTIL.format(pac=pac, url=PAC_URL, wpad=wpad)
    monkeypatch.setattr(proxy, "_run", lambda command: output)
    assert proxy.pac_setting("darwin") == expected


def test_gnome_proxy_script_settings_are_recognised(
    monkeypatch: pytest.MonkeyPatch, no_fixed_proxy: None
) -> None:
    answers = {"mode": "'auto'\n", "autoconfig-url": f"'{PAC_URL}'\n"}
    monkeypatch.setattr(proxy, "_run", lambda command: answers[command[-1]])
    assert proxy.pac_setting("linux") == PAC_URL
    answers["mode"] = "'none'\n"
    assert proxy.pac_setting("linux") is None


def test_a_fixed_proxy_is_not_a_script_office(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://fixed.office.example:3128")
    monkeypatch.setattr(proxy, "_read_internet_settings", lambda: {"AutoConfigURL": PAC_URL})
    assert proxy.pac_setting("win32") is None


@pytest.mark.fault
def test_without_the_wizard_a_failure_in_a_script_office_says_to_set_https_proxy(
    monkeypatch: pytest.MonkeyPatch, no_fixed_proxy: None, refused_url: str
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(proxy, "_read_internet_settings", lambda: {"AutoConfigURL": PAC_URL})
    with make_session() as session, pytest.raises(requests.ConnectionError) as caught:
        session.get(refused_url, timeout=5)
    err = network_error(caught.value)
    assert "office's proxy script" in err.message
    assert "HTTPS_PROXY" in err.fix
    assert err.maybe_sent is False  # type: ignore[attr-defined]
    # In the wizard (a resolver installed) the script is followed: the usual message.
    proxy.install_resolver(lambda _url: None)
    assert "proxy script" not in network_error(caught.value).message
