"""Zoho's own error pages in the sign-in browser, recognised by title, text or address.

Zoho answers an authorization request it refuses with an HTML page of its own, not a
redirect, and not always with an error status (HTTP 200 as well as 400). The best known is
"Invalid Client – The transmitted client ID does not exist" (rclone/rclone#5029): the
client ID is unknown at the accounts server showing it. Where that server is tells what
to do (reference §13):

- at the app's **home** (where the sign-in starts, the data center whose console
  registered it): the client ID or the home data center on the details page is wrong;
- at **another** data center (Zoho sent the person on to theirs): the app is not enabled
  there, and the firm's admin must turn on Multi-DC for it in the API console.

:func:`recognize` is the rule itself, pure over what a browser knows about the page on
screen (its address, title and text); :func:`refusal` turns a recognised page into the
error the wizard shows. The browser only reports pages; it decides nothing.

UNCONFIRMED: Zoho's page titles and exact wording. The rule matches the headings and
sentences seen in reports ("Invalid Client", "The transmitted client ID does not exist",
"Invalid Redirect Uri", "Invalid OAuth Scope"...) in the title or the first part of the
text, case and spacing ignored, and an ``error=<code>`` in the address of a page on an
accounts server. Only pages on an accounts server (a known one, or one shaped like
Zoho's) are read, never a federated sign-in provider's.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from zoho_wizard.core import errors
from zoho_wizard.core.datacenters import is_zoho_accounts_server, origin

if TYPE_CHECKING:
    from zoho_wizard.core.authorize import AuthRequest
    from zoho_wizard.core.endpoints import Endpoints

# Only the start of a page's text is read: Zoho's message is its heading.
TEXT_LIMIT = 4000


class PageProblem(enum.Enum):
    """What a Zoho error page says went wrong."""

    INVALID_CLIENT = "invalid_client"
    INVALID_REDIRECT_URI = "invalid_redirect_uri"
    INVALID_SCOPE = "invalid_scope"
    TOO_MANY_REQUESTS = "too_many_requests"
    BAD_REQUEST = "bad_request"
    REQUEST_EXPIRED = "request_expired"


# Phrases, matched as whole words in the title (first table) or the text (second). The
# text's phrases are specific enough never to appear on a sign-in or consent page.
_TITLES: tuple[tuple[PageProblem, str], ...] = (
    (PageProblem.INVALID_CLIENT, r"invalid client( id)?"),
    (PageProblem.INVALID_REDIRECT_URI, r"invalid redirect ur[il]"),
    (PageProblem.INVALID_SCOPE, r"invalid (oauth )?scopes?"),
    (PageProblem.TOO_MANY_REQUESTS, r"too many requests"),
    (PageProblem.BAD_REQUEST, r"invalid (request|response type)|bad request"),
    (PageProblem.REQUEST_EXPIRED, r"request expired"),
)
_TEXTS: tuple[tuple[PageProblem, str], ...] = (
    (PageProblem.INVALID_CLIENT, r"invalid client|client id does not exist"),
    (PageProblem.INVALID_REDIRECT_URI, r"invalid redirect ur[il]|redirect_uri_mismatch"),
    (PageProblem.INVALID_SCOPE, r"invalid oauth scope"),
    (PageProblem.TOO_MANY_REQUESTS, r"too many requests"),
)
_ADDRESS_ERRORS: dict[str, PageProblem] = {
    "invalid_client": PageProblem.INVALID_CLIENT,
    "unauthorized_client": PageProblem.INVALID_CLIENT,
    "invalid_redirect_uri": PageProblem.INVALID_REDIRECT_URI,
    "redirect_uri_mismatch": PageProblem.INVALID_REDIRECT_URI,
    "invalid_scope": PageProblem.INVALID_SCOPE,
    "invalid_request": PageProblem.BAD_REQUEST,
    "unsupported_response_type": PageProblem.BAD_REQUEST,
}


def _plain(text: str) -> str:
    """Lower case, one space between words; typographic dashes and underscores kept."""
    return " ".join(text.lower().split())


def _first(rules: tuple[tuple[PageProblem, str], ...], text: str) -> PageProblem | None:
    for problem, phrase in rules:
        if re.search(rf"(?<![\w-])(?:{phrase})(?![\w-])", text):
            return problem
    return None


def recognize(url: str, title: str, text: str = "") -> PageProblem | None:
    """What Zoho's page on screen reports, or None for any other page.

    Args:
        url: The page's address.
        title: Its ``<title>``.
        text: Its visible text (may be empty while unknown).
    """
    found = _first(_TITLES, _plain(title))
    if found is not None:
        return found
    try:
        query = urlsplit(url).query
    except ValueError:
        query = ""
    code = dict(parse_qsl(query)).get("error", "").strip().lower()
    if code in _ADDRESS_ERRORS and "/oauth/" in url:
        return _ADDRESS_ERRORS[code]
    return _first(_TEXTS, _plain(text[:TEXT_LIMIT]))


def accounts_server_of(url: str) -> str:
    """The accounts server a page is on: everything before ``/oauth/`` in its address
    (a custom server's accounts live under a path), else its ``scheme://host[:port]``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    path = parts.path
    base = path[: path.index("/oauth/")] if "/oauth/" in path else ""
    return origin(f"{parts.scheme}://{parts.netloc}{base}")


def _on_accounts_server(endpoints: Endpoints, request: AuthRequest, server: str) -> bool:
    if not server:
        return False
    if origin(server) == origin(request.accounts_url) or endpoints.data_center_of(server):
        return True
    return not endpoints.is_custom and is_zoho_accounts_server(server)


_NOT_AT_HOME = (
    "Zoho does not know this client ID where your firm's app was registered.",
    "Check the client ID, and that the data center on the details page is the one whose "
    "API console your firm's admin used to register the app.",
)
_NOT_ENABLED = (
    "Your Zoho account is in another data center, and this app is not set up for it.",
    "Your firm's admin must turn on Multi-DC for this client in Zoho's API console "
    "(Settings tab), including your data center. Then sign in again.",
)
_BAD_REQUEST = (
    "Zoho's sign-in page refused this sign-in request.",
    "Start the sign-in again. If it keeps happening, ask your firm's IT person.",
)
_EXPIRED = (
    "Zoho's sign-in page expired before it was answered.",
    "Start the sign-in again; your details are kept.",
)


def refusal(
    endpoints: Endpoints, request: AuthRequest | None, url: str, title: str, text: str = ""
) -> errors.ZohoWizardError | None:
    """The failure to show for Zoho's page on screen, or None when it is no error page.

    Args:
        endpoints: Where the accounts servers are.
        request: The sign-in on screen (its accounts server is the app's home).
        url, title, text: What the browser shows.
    """
    server = accounts_server_of(url)
    if request is None or not _on_accounts_server(endpoints, request, server):
        return None
    problem = recognize(url, title, text)
    if problem is PageProblem.INVALID_CLIENT:
        if origin(server) == origin(request.accounts_url):
            return errors.InvalidClientError(*_NOT_AT_HOME, action=errors.Action.BACK_TO_DETAILS)
        return errors.InvalidClientError(*_NOT_ENABLED)
    if problem is PageProblem.INVALID_REDIRECT_URI:
        return errors.InvalidRedirectUriError()
    if problem is PageProblem.INVALID_SCOPE:
        return errors.InvalidScopeError()
    if problem is PageProblem.TOO_MANY_REQUESTS:
        return errors.ThrottledError()
    if problem is PageProblem.BAD_REQUEST:
        return errors.OAuthError(*_BAD_REQUEST, code="bad_request")
    if problem is PageProblem.REQUEST_EXPIRED:
        return errors.OAuthError(*_EXPIRED, code="request_expired")
    return None
