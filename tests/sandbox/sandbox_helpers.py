"""Helpers for the sandbox tests: an injectable clock and a browser that drives the pages.

The browser is a ``requests.Session`` that never follows redirects by itself, so every
302 the fake accounts server sends is visible to the test.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests

from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)

START = 1_800_000_000.0


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Form:
    """One ``<form>`` of a page: where it posts and its named fields (buttons excluded)."""

    action: str
    method: str
    fields: dict[str, str]
    buttons: dict[str, tuple[str, str]]  # element id -> (name, value)


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self.ids: dict[str, dict[str, str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if "id" in attr:
            self.ids[attr["id"]] = {"tag": tag, **attr}
        if tag == "form":
            self.forms.append(Form(attr.get("action", ""), attr.get("method", "get"), {}, {}))
        elif tag == "input" and self.forms and attr.get("name"):
            self.forms[-1].fields[attr["name"]] = attr.get("value", "")
        elif tag == "button" and self.forms and "id" in attr:
            self.forms[-1].buttons[attr["id"]] = (attr.get("name", ""), attr.get("value", ""))


def parse_page(html: str) -> _FormParser:
    """Forms and id'd elements of an HTML page."""
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    return parser


def query_of(url: str) -> dict[str, str]:
    """The decoded query parameters of ``url``."""
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def auth_params(**overrides: str | None) -> dict[str, str]:
    """A valid authorization request for the practice client; None removes a parameter."""
    params: dict[str, str | None] = {
        "client_id": PRACTICE_CLIENT_ID,
        "response_type": "code",
        "redirect_uri": PRACTICE_REDIRECT_URI,
        "scope": "ZohoBooks.settings.READ,ZohoBooks.invoices.READ,AaaServer.profile.Read",
        "access_type": "offline",
        "state": "st-123",
    }
    params.update(overrides)
    return {k: v for k, v in params.items() if v is not None}


class Browser:
    """Drives the fake accounts pages like a person in a browser would."""

    def __init__(self, sandbox: Sandbox, session: requests.Session) -> None:
        self.sb = sandbox
        self.session = session

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        """GET without following redirects; ``url`` may be a sandbox-relative path."""
        if url.startswith("/"):
            url = self.sb.base_url + url
        return self.session.get(url, allow_redirects=False, timeout=10, **kwargs)

    def post(self, url: str, data: dict[str, str]) -> requests.Response:
        """POST a form without following redirects."""
        if url.startswith("/"):
            url = self.sb.base_url + url
        return self.session.post(url, data=data, allow_redirects=False, timeout=10)

    def open_auth(self, dc: str = "us", **overrides: Any) -> requests.Response:
        """Open the authorization URL at ``dc``."""
        return self.get(
            f"{self.sb.accounts_url(dc)}/oauth/v2/auth", params=auth_params(**overrides)
        )

    def submit_sign_in(
        self,
        page: requests.Response,
        email: str = PRACTICE_EMAIL,
        password: str = PRACTICE_PASSWORD,
    ) -> requests.Response:
        """Fill and submit the sign-in form on ``page``."""
        parsed = parse_page(page.text)
        assert "email" in parsed.ids and "password" in parsed.ids and "signin" in parsed.ids
        form = parsed.forms[0]
        data = dict(form.fields, email=email, password=password)
        return self.post(form.action, data)

    def reach_consent(
        self,
        dc: str = "us",
        email: str = PRACTICE_EMAIL,
        password: str = PRACTICE_PASSWORD,
        **overrides: Any,
    ) -> requests.Response:
        """Open the auth URL, sign in if asked, follow redirects; return the consent page."""
        response = self.open_auth(dc, **overrides)
        if "signin" in parse_page(response.text).ids:
            response = self.submit_sign_in(response, email, password)
        hops = 0
        while response.status_code == 302:
            response = self.get(response.headers["Location"])
            hops += 1
            assert hops < 5
        assert response.status_code == 200, response.text
        assert "accept" in parse_page(response.text).ids
        return response

    def decide(self, consent: requests.Response, button: str = "accept") -> requests.Response:
        """Press Accept or Deny on a consent page; returns the 302 to the redirect URI."""
        form = parse_page(consent.text).forms[0]
        name, value = form.buttons[button]
        return self.post(form.action, dict(form.fields, **{name: value}))

    def authorize(self, dc: str = "us", button: str = "accept", **overrides: Any) -> dict[str, str]:
        """The whole dance; returns the callback's query parameters."""
        redirect = self.decide(self.reach_consent(dc, **overrides), button)
        assert redirect.status_code == 302
        return query_of(redirect.headers["Location"])


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
