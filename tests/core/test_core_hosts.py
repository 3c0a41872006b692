"""Which hosts are this computer (the browser accepts the practice sandbox's certificate
only there, and the address bar says so)."""

from __future__ import annotations

import pytest

from zoho_wizard.core.hosts import is_loopback


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("[::1]", True),
        ("::1", True),
        ("accounts.zoho.com", False),
        ("10.0.0.1", False),
        ("localhost.example.com", False),
        ("", False),
    ],
)
def test_only_this_computer_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
