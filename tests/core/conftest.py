"""Fixtures for the core tests: the fake loopback server, a closed-after-use session."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
import requests
from core_fakes import FakeServer


@pytest.fixture
def server() -> Iterator[FakeServer]:
    """A fresh fake server per test."""
    fake = FakeServer()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def session() -> Iterator[requests.Session]:
    """An HTTP session that is closed after the test (no ResourceWarning)."""
    with requests.Session() as s:
        yield s


@pytest.fixture
def refused_url() -> str:
    """A loopback URL where nothing listens, so connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
