"""The address bar's rule (issue 14, item 3): look-alike hosts shown as punycode, pages
outside Zoho's hosts and the known sign-in providers flagged, the practice sandbox on
this computer excepted."""

from __future__ import annotations

import pytest

from zoho_wizard.core.address import not_zohos_page, shown_host


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("accounts.zoho.com", "accounts.zoho.com"),
        ("Accounts.Zoho.EU", "accounts.zoho.eu"),
        ("accounts.z\u043eho.com", "accounts.xn--zho-sed.com"),  # Cyrillic о
        ("b\u00fccher.example", "xn--bcher-kva.example"),
        ("accounts.zoho.com.", "accounts.zoho.com"),
    ],
)
def test_the_address_shows_an_ascii_host(host: str, shown: str) -> None:
    assert shown_host(host) == shown
    assert shown_host(host).isascii()


@pytest.mark.parametrize(
    ("url", "practice", "flagged"),
    [
        ("https://accounts.zoho.com/signin", False, None),
        ("https://accounts.zoho.eu/oauth/v2/auth", False, None),
        ("https://accounts.zohocloud.ca/", False, None),
        ("https://accounts.zoho.ae/", False, None),  # Zoho's shape, not yet in the table
        ("https://www.zoho.com/books/", False, None),
        ("https://accounts.google.com/o/oauth2/auth", False, None),
        ("https://login.microsoftonline.com/common", False, None),
        ("https://login.live.com/", False, None),
        ("https://appleid.apple.com/auth", False, None),
        ("https://accounts.z\u043eho.com/signin", False, "accounts.xn--zho-sed.com"),
        ("https://zoho.com.evil.example/", False, "zoho.com.evil.example"),
        ("https://evilzoho.com/", False, "evilzoho.com"),
        ("https://accounts.google.com.evil.example/", False, "accounts.google.com.evil.example"),
        ("http://127.0.0.1:8123/signin", True, None),  # the practice sandbox
        ("http://127.0.0.1:8123/signin", False, "127.0.0.1"),
        ("https://evil.example/", True, "evil.example"),
        ("about:blank", False, None),
        ("", False, None),
    ],
)
def test_a_page_outside_zoho_is_flagged(url: str, practice: bool, flagged: str | None) -> None:
    assert not_zohos_page(url, practice=practice) == flagged
