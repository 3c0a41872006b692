"""Helpers for the sandbox tests: an injectable clock and a browser that drives the pages.

The browser (:class:`zoho_wizard.sandbox.driver.Browser`, re-exported here) never follows
redirects by itself, so every 302 the fake accounts server sends is visible to the test.
"""

from __future__ import annotations

import requests

from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.driver import (
    Browser,
    DriverError,
    Form,
    Page,
    auth_params,
    parse_page,
    query_of,
)

__all__ = [
    "START",
    "Browser",
    "DriverError",
    "FakeClock",
    "Form",
    "Page",
    "auth_params",
    "books",
    "exchange",
    "oauth_header",
    "parse_page",
    "query_of",
    "refresh",
]

START = 1_800_000_000.0


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def exchange(
    sb: Sandbox,
    code: str,
    dc: str = "us",
    *,
    in_query: bool = False,
    **overrides: str | None,
) -> requests.Response:
    """POST the authorization_code grant for the practice client to ``dc``."""
    params: dict[str, str | None] = {
        "grant_type": "authorization_code",
        "client_id": PRACTICE_CLIENT_ID,
        "client_secret": PRACTICE_CLIENT_SECRET,
        "redirect_uri": PRACTICE_REDIRECT_URI,
        "code": code,
    }
    params.update(overrides)
    clean = {k: v for k, v in params.items() if v is not None}
    url = f"{sb.accounts_url(dc)}/oauth/v2/token"
    if in_query:
        return requests.post(url, params=clean, timeout=10)
    return requests.post(url, data=clean, timeout=10)


def refresh(
    sb: Sandbox, refresh_token: str, dc: str = "us", **overrides: str | None
) -> requests.Response:
    """POST the refresh_token grant for the practice client to ``dc``."""
    params: dict[str, str | None] = {
        "grant_type": "refresh_token",
        "client_id": PRACTICE_CLIENT_ID,
        "client_secret": PRACTICE_CLIENT_SECRET,
        "refresh_token": refresh_token,
    }
    params.update(overrides)
    clean = {k: v for k, v in params.items() if v is not None}
    return requests.post(f"{sb.accounts_url(dc)}/oauth/v2/token", data=clean, timeout=10)


def books(
    sb: Sandbox, authorization: str | None, dc: str = "us", path: str = ""
) -> requests.Response:
    """GET ``/books/v3/organizations{path}`` at ``dc`` with an Authorization header."""
    headers = {} if authorization is None else {"Authorization": authorization}
    return requests.get(
        f"{sb.api_domain(dc)}/books/v3/organizations{path}", headers=headers, timeout=10
    )


def oauth_header(access_token: str) -> str:
    """``Zoho-oauthtoken <token>``."""
    return f"Zoho-oauthtoken {access_token}"
