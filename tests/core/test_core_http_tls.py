"""HTTPS is verified against the operating system's certificate store (truststore).

An office proxy that inspects traffic re-signs every site with the firm's own root, which
IT installs in the system store. Requests' bundled certificates don't know that root; the
wizard must still connect. On Linux the system store honours ``SSL_CERT_FILE``, so the
test puts a throwaway root there and serves HTTPS on loopback with a certificate it signed.
"""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from zoho_wizard.core import errors
from zoho_wizard.core.http import SystemTrustAdapter, make_session, network_error


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_pki(folder: Path) -> tuple[Path, Path, Path]:
    """A test root CA and a 127.0.0.1 server certificate it signed."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Test Office Proxy Root (fake)"))
        .issuer_name(_name("Test Office Proxy Root (fake)"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_path, cert_path, key_path


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
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    ca, cert, key = _write_pki(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/", ca
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_root_in_the_system_store_is_trusted(
    https_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca = https_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    with make_session() as session:
        assert isinstance(session.get_adapter(url), SystemTrustAdapter)
        assert session.get(url, timeout=5).json() == {"ok": True}


def test_requests_own_bundle_alone_would_refuse_it(https_server: tuple[str, Path]) -> None:
    # The control: without the system store the same server is rejected, so the test
    # above proves the system store was used.
    url, _ = https_server
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(url, timeout=5)


def test_an_untrusted_certificate_is_refused_in_plain_words(
    https_server: tuple[str, Path],
) -> None:
    url, _ = https_server
    with make_session() as session, pytest.raises(requests.exceptions.SSLError) as caught:
        session.get(url, timeout=5)
    err = network_error(caught.value)
    assert isinstance(err, errors.NetworkError)
    assert "certificate" in err.fix
    assert err.maybe_sent is False  # type: ignore[attr-defined]
