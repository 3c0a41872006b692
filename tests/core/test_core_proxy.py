"""The office proxy: decided once, honoured by requests, handed to the embedded browser."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from typing import ClassVar

import pytest
import requests
from local_http import serve

from zoho_wizard.core.http import make_session
from zoho_wizard.core.proxy import ProxySetting, proxy_for
from zoho_wizard.sandbox import Sandbox


@pytest.mark.parametrize(
    ("proxies", "url", "expected"),
    [
        ({}, "https://accounts.zoho.eu", None),
        (
            {"https": "http://proxy.office.example:3128"},
            "https://accounts.zoho.eu",
            ProxySetting("http", "proxy.office.example", 3128),
        ),
        (
            {"https": "proxy.office.example:8080"},  # no scheme, as Windows stores it
            "https://accounts.zoho.com",
            ProxySetting("http", "proxy.office.example", 8080),
        ),
        (
            {"all": "socks5://10.0.0.9"},
            "https://accounts.zoho.com",
            ProxySetting("socks5", "10.0.0.9", 1080),
        ),
        (
            {"https": "http://fake-user:fake-pass@proxy.example:3128"},
            "https://accounts.zoho.com",
            ProxySetting("http", "proxy.example", 3128, "fake-user", "fake-pass"),
        ),
        ({"https": "http://proxy:3128", "no": "zoho.eu"}, "https://accounts.zoho.eu", None),
        ({"https": "http://proxy:3128", "no": ".zoho.eu,foo"}, "https://accounts.zoho.eu", None),
        ({"https": "http://proxy:3128", "no": "*"}, "https://accounts.zoho.com", None),
        ({"https": "http://proxy:3128", "no": "zoho.eu"}, "https://notzoho.eu", None),
        ({"https": "http://proxy:bad"}, "https://accounts.zoho.com", None),
    ],
)
def test_proxy_for(proxies: dict[str, str], url: str, expected: ProxySetting | None) -> None:
    got = proxy_for(url, getproxies=lambda: proxies)
    if url == "https://notzoho.eu":
        # "zoho.eu" in NO_PROXY must not match a different domain that merely ends alike.
        assert got == ProxySetting("http", "proxy", 3128)
    else:
        assert got == expected


def test_credentials_never_appear_when_printed() -> None:
    setting = ProxySetting("http", "proxy.example", 3128, "fake-user", "fake-pass")
    assert "fake-pass" not in str(setting) and "fake-user" not in str(setting)


class _Forwarder(http.server.BaseHTTPRequestHandler):
    """A minimal forwarding HTTP proxy that remembers what passed through it."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).seen.append(self.path)
        upstream = requests.get(self.path, timeout=5, proxies={"http": "", "https": ""})
        body = upstream.content
        self.send_response(upstream.status_code)
        self.send_header("Content-Type", upstream.headers.get("Content-Type", "text/plain"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def office_proxy() -> Iterator[str]:
    _Forwarder.seen = []
    with serve(_Forwarder) as url:
        yield url


def test_calls_to_zoho_go_through_the_office_proxy(
    office_proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Sandbox() as sb:
        monkeypatch.setenv("HTTP_PROXY", office_proxy)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        url = f"{sb.accounts_url('eu')}/oauth/serverinfo"
        assert proxy_for(url) == ProxySetting(
            "http", "127.0.0.1", int(office_proxy.rsplit(":", 1)[1])
        )
        with make_session() as session:
            assert session.get(url, timeout=5).json()["locations"]["eu"] == sb.accounts_url("eu")
        assert _Forwarder.seen == [url]
