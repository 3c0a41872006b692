"""HTTPS is verified against the operating system's certificate store (truststore).

An office proxy that inspects traffic re-signs every site with the firm's own root, which
IT installs in the system store. Requests' bundled certificates don't know that root; the
wizard must still connect. On Linux the system store honours ``SSL_CERT_FILE``, so the
test puts a throwaway root there and serves HTTPS on loopback with a certificate it signed.
"""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from tls_helpers import https_server

from zoho_wizard.core import errors
from zoho_wizard.core.http import make_session, network_error, preload
from zoho_wizard.core.trust import SystemTrustAdapter


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def https(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with https_server(tmp_path, _Hello) as served:
        yield served


def test_a_root_in_the_system_store_is_trusted(
    https: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca = https
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    with make_session() as session:
        assert isinstance(session.get_adapter(url), SystemTrustAdapter)
        assert session.get(url, timeout=5).json() == {"ok": True}


def test_requests_own_bundle_alone_would_refuse_it(https: tuple[str, Path]) -> None:
    # The control: without the system store the same server is rejected, so the test
    # above proves the system store was used.
    url, _ = https
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(url, timeout=5)


def test_an_untrusted_certificate_is_refused_in_plain_words(
    https: tuple[str, Path],
) -> None:
    url, _ = https
    with make_session() as session, pytest.raises(requests.exceptions.SSLError) as caught:
        session.get(url, timeout=5)
    err = network_error(caught.value)
    assert isinstance(err, errors.NetworkError)
    assert "certificate" in err.fix
    assert err.maybe_sent is False  # type: ignore[attr-defined]


def test_preloading_prepares_a_request_without_sending_anything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socket
    import sys

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("preloading must not connect anywhere")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    preload()
    assert "netrc" in sys.modules  # (what requests loads for a first request)
