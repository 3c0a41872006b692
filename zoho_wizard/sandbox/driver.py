"""A scripted browser for the sandbox's pages: sign in and press Accept without Qt.

:class:`Browser` is a ``requests.Session`` wrapper that never follows redirects by itself,
so every 302 the fake accounts servers send stays visible. It reads the sandbox's HTML
with a small form parser (:func:`parse_page`) and fills the forms the way a person would.

The usual use is one call that plays the whole sign-in for an authorization URL made by
:func:`zoho_wizard.core.authorize.begin_authorization` and returns the callback URL the
browser would have been sent to, without visiting it::

    with Sandbox() as sb, Browser(sb) as browser:
        request = begin_authorization(accounts_url=sb.accounts_url("us"), ...)
        callback_url = browser.authorize_url(request.url)
        callback = parse_callback(callback_url)

Only the standard library and ``requests`` are used. A page that is not what the script
expects raises :class:`DriverError` with what was found instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import requests

from zoho_wizard.sandbox.practice import (
    PRACTICE_CLIENT_ID,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
)
from zoho_wizard.sandbox.server import Sandbox

__all__ = [
    "DEFAULT_PRACTICE_SCOPE",
    "MAX_REDIRECTS",
    "Browser",
    "DriverError",
    "Form",
    "Page",
    "auth_params",
    "parse_page",
    "query_of",
]

MAX_REDIRECTS = 5
"""Redirects followed on the way to the consent page before giving up."""

DEFAULT_PRACTICE_SCOPE = "ZohoBooks.settings.READ,ZohoBooks.invoices.READ,AaaServer.profile.Read"
"""The scopes :func:`auth_params` asks for by default."""

_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


class DriverError(RuntimeError):
    """A sandbox page was not what the scripted browser expected.

    Attributes:
        status: The HTTP status of the page, when there was one.
        url: The URL of the page, when known.
    """

    def __init__(self, message: str, *, status: int | None = None, url: str | None = None):
        self.status = status
        self.url = url
        super().__init__(message)


@dataclass
class Form:
    """One ``<form>`` of a page.

    Attributes:
        action: Where it posts (as written in the page; may be a path).
        method: ``get`` or ``post``.
        fields: Named ``<input>`` values (hidden fields included, buttons excluded).
        buttons: ``{button id: (name, value)}`` for each ``<button>`` with an id.
    """

    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: dict[str, tuple[str, str]] = field(default_factory=dict)


class Page(HTMLParser):
    """The parts of an HTML page a script needs: forms, id'd elements and their text.

    Attributes:
        forms: Every form, in page order.
        ids: ``{id: {"tag": tag, **attributes}}`` for every element with an id.
        texts: ``{id: text}``, the text inside each element with an id (whitespace
            collapsed).
    """

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self.ids: dict[str, dict[str, str]] = {}
        self.texts: dict[str, str] = {}
        self._open: list[tuple[str, str | None]] = []  # (tag, id) of open elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record ids, forms, inputs and buttons."""
        attr = {k: v or "" for k, v in attrs}
        element_id = attr.get("id")
        if element_id:
            self.ids[element_id] = {"tag": tag, **attr}
            self.texts.setdefault(element_id, "")
        if tag == "form":
            self.forms.append(Form(attr.get("action", ""), attr.get("method", "get").lower()))
        elif tag == "input" and self.forms and attr.get("name"):
            self.forms[-1].fields[attr["name"]] = attr.get("value", "")
        elif tag == "button" and self.forms and element_id:
            self.forms[-1].buttons[element_id] = (attr.get("name", ""), attr.get("value", ""))
        if tag not in _VOID_TAGS:
            self._open.append((tag, element_id))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``<input ... />``: record it, open nothing."""
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS and self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open element of this tag (tolerates sloppy HTML)."""
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        """Add text to every open element that has an id."""
        for _, element_id in self._open:
            if element_id:
                joined = f"{self.texts[element_id]} {data}"
                self.texts[element_id] = " ".join(joined.split())

    def text(self, element_id: str) -> str:
        """The text inside the element with this id ('' when absent)."""
        return self.texts.get(element_id, "")


def parse_page(html: str) -> Page:
    """Forms, id'd elements and their text of an HTML page."""
    parser = Page()
    parser.feed(html)
    parser.close()
    return parser


def query_of(url: str) -> dict[str, str]:
    """The decoded query parameters of ``url`` (the last value of a repeated key wins)."""
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def auth_params(**overrides: str | None) -> dict[str, str]:
    """Query parameters of a valid authorization request for the practice client.

    Each keyword replaces one parameter; ``None`` removes it.
    """
    params: dict[str, str | None] = {
        "client_id": PRACTICE_CLIENT_ID,
        "response_type": "code",
        "redirect_uri": PRACTICE_REDIRECT_URI,
        "scope": DEFAULT_PRACTICE_SCOPE,
        "access_type": "offline",
        "state": "st-123",
    }
    params.update(overrides)
    return {k: v for k, v in params.items() if v is not None}


def _describe(response: requests.Response) -> str:
    """A short account of an unexpected page, for :class:`DriverError` messages."""
    page = parse_page(response.text) if response.text else None
    detail = ""
    if page is not None:
        title = page.text("error-title")
        error = page.text("error")
        detail = "; ".join(part for part in (title, error) if part)
    where = f"HTTP {response.status_code} from {response.url}"
    return f"{where}: {detail}" if detail else where


class Browser:
    """Drives the sandbox's accounts pages the way a person in a browser would.

    Cookies are kept (so a sign-in lasts across requests, as in a real browser) and
    redirects are never followed automatically.

    Args:
        sandbox: The running sandbox; needed only for :meth:`open_auth` and for
            sandbox-relative paths such as ``/accounts/us/signin``.
        session: The HTTP session to use; one is made (and closed by :meth:`close`)
            when omitted.
        timeout: Seconds to wait for each page.
    """

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        session: requests.Session | None = None,
        *,
        timeout: float = 10.0,
    ) -> None:
        self.sb = sandbox
        self._owns_session = session is None
        self.session = session if session is not None else requests.Session()
        self.timeout = timeout

    # -- lifecycle ----------------------------------------------------------------------

    def close(self) -> None:
        """Close the session, if this browser made it."""
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> Browser:
        """Use as a context manager; closes on exit."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close."""
        self.close()

    # -- raw requests -------------------------------------------------------------------

    def _absolute(self, url: str, base: str | None = None) -> str:
        if url.startswith(("http://", "https://")):
            return url
        if base is not None:
            return urljoin(base, url)
        if self.sb is None:
            raise DriverError(f"cannot open the relative address {url!r} without a sandbox")
        return urljoin(self.sb.base_url + "/", url)

    def get(self, url: str, *, base: str | None = None, **kwargs: Any) -> requests.Response:
        """GET without following redirects.

        Args:
            url: A full URL, or a path resolved against ``base`` (default: the sandbox).
            base: The URL of the page the path was found on.
            **kwargs: Passed to ``requests`` (``params``, ``headers``...).
        """
        return self.session.get(
            self._absolute(url, base), allow_redirects=False, timeout=self.timeout, **kwargs
        )

    def post(self, url: str, data: dict[str, str], *, base: str | None = None) -> requests.Response:
        """POST a form without following redirects (``url`` as for :meth:`get`)."""
        return self.session.post(
            self._absolute(url, base), data=data, allow_redirects=False, timeout=self.timeout
        )

    # -- steps --------------------------------------------------------------------------

    def open_auth(self, dc: str = "us", **overrides: Any) -> requests.Response:
        """Open the practice client's authorization request at data center ``dc``.

        Keywords replace query parameters (see :func:`auth_params`).
        """
        if self.sb is None:
            raise DriverError("open_auth needs the sandbox; use authorize_url for a full URL")
        return self.get(
            f"{self.sb.accounts_url(dc)}/oauth/v2/auth", params=auth_params(**overrides)
        )

    def submit_sign_in(
        self,
        page: requests.Response,
        email: str = PRACTICE_EMAIL,
        password: str = PRACTICE_PASSWORD,
    ) -> requests.Response:
        """Fill and submit the sign-in form on ``page``; returns the answer as it is.

        Raises:
            DriverError: ``page`` has no sign-in form.
        """
        parsed = parse_page(page.text)
        if not {"email", "password", "signin"} <= parsed.ids.keys() or not parsed.forms:
            raise DriverError(
                f"expected the sign-in page, got {_describe(page)}",
                status=page.status_code,
                url=page.url,
            )
        form = parsed.forms[0]
        data = dict(form.fields, email=email, password=password)
        return self.post(form.action, data, base=page.url)

    def _to_consent(
        self, response: requests.Response, email: str, password: str
    ) -> requests.Response:
        """From the answer to an authorization URL to the consent page."""
        signed_in = False
        hops = 0
        while True:
            if response.status_code in (301, 302, 303, 307, 308):
                hops += 1
                if hops > MAX_REDIRECTS:
                    raise DriverError(
                        f"more than {MAX_REDIRECTS} redirects before the consent page",
                        url=response.url,
                    )
                location = response.headers.get("Location", "")
                if not location:
                    raise DriverError("a redirect without a Location", url=response.url)
                response = self.get(location, base=response.url)
                continue
            parsed = parse_page(response.text)
            if response.status_code == 200 and "accept" in parsed.ids:
                return response
            if response.status_code == 200 and "signin" in parsed.ids:
                if signed_in:
                    problem = parsed.text("error") or "the sign-in page came back"
                    raise DriverError(
                        f"signing in as {email} failed: {problem}",
                        status=response.status_code,
                        url=response.url,
                    )
                signed_in = True
                response = self.submit_sign_in(response, email, password)
                continue
            raise DriverError(
                f"expected the consent page, got {_describe(response)}",
                status=response.status_code,
                url=response.url,
            )

    def reach_consent(
        self,
        dc: str = "us",
        email: str = PRACTICE_EMAIL,
        password: str = PRACTICE_PASSWORD,
        **overrides: Any,
    ) -> requests.Response:
        """Open the practice authorization request, sign in if asked, follow redirects.

        Returns:
            The consent page.

        Raises:
            DriverError: the sign-in failed or another page came instead.
        """
        return self._to_consent(self.open_auth(dc, **overrides), email, password)

    def decide(self, consent: requests.Response, button: str = "accept") -> requests.Response:
        """Press ``accept`` or ``deny`` on a consent page; returns the answer unfollowed
        (normally the 302 to the redirect URI).

        Raises:
            DriverError: the page has no form with that button.
        """
        parsed = parse_page(consent.text)
        form = parsed.forms[0] if parsed.forms else None
        if form is None or button not in form.buttons:
            raise DriverError(
                f"no {button!r} button on {_describe(consent)}",
                status=consent.status_code,
                url=consent.url,
            )
        name, value = form.buttons[button]
        return self.post(form.action, dict(form.fields, **{name: value}), base=consent.url)

    def _callback_location(self, answer: requests.Response) -> str:
        if answer.status_code != 302 or not answer.headers.get("Location"):
            raise DriverError(
                f"expected the redirect to the app, got {_describe(answer)}",
                status=answer.status_code,
                url=answer.url,
            )
        return answer.headers["Location"]

    def authorize(self, dc: str = "us", button: str = "accept", **overrides: Any) -> dict[str, str]:
        """The whole practice dance at ``dc``; returns the callback's query parameters.

        Keywords are ``email``, ``password`` and query-parameter overrides (see
        :meth:`reach_consent`).
        """
        redirect = self.decide(self.reach_consent(dc, **overrides), button)
        return query_of(self._callback_location(redirect))

    def authorize_url(
        self,
        url: str,
        *,
        email: str = PRACTICE_EMAIL,
        password: str = PRACTICE_PASSWORD,
        button: str = "accept",
    ) -> str:
        """Play the sign-in for a full authorization URL and return the callback URL.

        Opens ``url`` (as made by ``begin_authorization(...).url``), signs in with
        ``email`` and ``password`` when the sandbox asks, follows its redirects (including
        the one to the user's own data center), presses ``button`` (``accept`` or
        ``deny``) and returns the ``Location`` of the redirect to the app, without
        visiting it.

        Raises:
            DriverError: a page along the way was not the expected one (an error page
                for a bad request, a failed sign-in, a missing redirect...).
        """
        consent = self._to_consent(self.get(url), email, password)
        return self._callback_location(self.decide(consent, button))

    def approve_device(
        self,
        address: str,
        user_code: str = "",
        *,
        email: str = PRACTICE_EMAIL,
        password: str = PRACTICE_PASSWORD,
        button: str = "accept",
    ) -> requests.Response:
        """Play the other device of a device sign-in: open the verification ``address``
        (with or without the code in it), sign in when asked, enter ``user_code`` when
        asked, and press ``button`` (``accept`` or ``deny``).

        Returns:
            The page saying what was decided (``#decided``).

        Raises:
            DriverError: a page along the way was not the expected one (a code the
                sandbox does not know or no longer accepts, a failed sign-in...).
        """
        response = self.get(address)
        for _step in range(MAX_REDIRECTS):
            if response.status_code in (301, 302, 303):
                response = self.get(response.headers.get("Location", ""), base=response.url)
                continue
            parsed = parse_page(response.text)
            if "signin" in parsed.ids:
                response = self.submit_sign_in(response, email, password)
                continue
            if "user_code" in parsed.ids and "continue" in parsed.ids and parsed.forms:
                form = parsed.forms[0]
                entered = user_code or form.fields.get("user_code", "")
                if "error" in parsed.ids or not entered:
                    break
                response = self.post(
                    form.action, dict(form.fields, user_code=entered), base=response.url
                )
                user_code = ""
                continue
            if "accept" in parsed.ids:
                return self.decide(response, button)
            break
        raise DriverError(
            f"expected the device approval page, got {_describe(response)}",
            status=response.status_code,
            url=response.url,
        )
