"""A received request as plain values: its headers, where its path leads, and the record kept.

Paths: ``/accounts/{dc}/...`` is data center ``dc``'s accounts server and
``/api/{dc}/...`` its API domain; :func:`resolve` maps a path onto an endpoint name.
"""

from __future__ import annotations

from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from typing import Any

from zoho_wizard.sandbox.books_data import LIST_PATHS

SESSION_COOKIE = "ZSB_SESSION"
"""The browser-session cookie of the fake accounts servers."""

_ACCOUNTS_ROUTES: dict[str, tuple[str, frozenset[str]]] = {
    "": ("home", frozenset({"GET"})),
    "oauth/serverinfo": ("serverinfo", frozenset({"GET"})),
    "oauth/v2/auth": ("auth", frozenset({"GET"})),
    "signin": ("signin", frozenset({"GET", "POST"})),
    "signout": ("signout", frozenset({"GET", "POST"})),
    "oauth/v2/approve": ("approve", frozenset({"POST"})),
    "oauth/v2/token": ("token", frozenset({"POST"})),
    "oauth/v2/token/revoke": ("revoke", frozenset({"POST"})),
    "oauth/v2/revoke/token": ("revoke", frozenset({"POST"})),
    "oauth/user/info": ("userinfo", frozenset({"GET"})),
    "selfclient": ("selfclient", frozenset({"GET", "POST"})),
    "oauth/v3/device/code": ("device_code", frozenset({"POST"})),
    "oauth/v3/device/token": ("device_token", frozenset({"POST"})),
    "device": ("device", frozenset({"GET", "POST"})),
}
ORGANIZATIONS_PREFIX = "books/v3/organizations"
"""Books' organizations path under an API domain; ``/{organization_id}`` names one."""
BOOKS_PREFIX = "books/v3/"
"""Books' API base under an API domain (the lists are below it)."""


class HeaderDict(dict[str, str]):
    """Request headers: a plain dict whose lookups ignore the name's case."""

    def _find(self, key: str) -> str | None:
        if dict.__contains__(self, key):
            return key
        lowered = key.lower()
        for name in self.keys():
            if name.lower() == lowered:
                return name
        return None

    def __getitem__(self, key: str) -> str:
        """Value of header ``key`` in any case; KeyError if absent."""
        name = self._find(key)
        if name is None:
            raise KeyError(key)
        return dict.__getitem__(self, name)

    def __contains__(self, key: object) -> bool:
        """True if the header is present, in any case."""
        return isinstance(key, str) and self._find(key) is not None

    def get(self, key: str, default: Any = None) -> Any:
        """Value of header ``key`` in any case, or ``default``."""
        name = self._find(key)
        return default if name is None else dict.__getitem__(self, name)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the sandbox received, recorded before it was answered.

    Attributes:
        method: ``GET``, ``POST`` ...
        path: The URL path, without the query string.
        dc: The data-center segment of the path (may be unknown), or None.
        endpoint: ``auth``, ``signin``, ``signout``, ``approve``, ``token``, ``revoke``,
            ``userinfo``, ``serverinfo``, ``selfclient``, ``organizations``, ``books_list``,
            ``home`` or ``unknown``.
        query: Query-string parameters (last value wins).
        form: ``application/x-www-form-urlencoded`` body parameters (last value wins).
        headers: Request headers (lookups ignore case).
        at: ``clock()`` when it arrived.
    """

    method: str
    path: str
    dc: str | None
    endpoint: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]
    at: float


@dataclass(frozen=True)
class Route:
    """Where a request path leads.

    Attributes:
        area: ``accounts``, ``api`` or ``root`` (the front page); None if unknown.
        dc: The data-center segment, or None.
        endpoint: Endpoint name (``unknown`` if nothing matches).
        rest: The path after ``/{area}/{dc}/``, without slashes at either end.
        methods: The HTTP methods the endpoint answers.
    """

    area: str | None
    dc: str | None
    endpoint: str
    rest: str
    methods: frozenset[str]


def resolve(path: str) -> Route:
    """Map a URL path onto an endpoint (the data center is not validated here)."""
    parts = [p for p in path.split("/") if p]
    if not parts:
        return Route("root", None, "home", "", frozenset({"GET"}))
    if len(parts) < 2 or parts[0] not in ("accounts", "api"):
        return Route(None, None, "unknown", "", frozenset())
    area, dc, rest = parts[0], parts[1], "/".join(parts[2:])
    if area == "accounts" and rest in _ACCOUNTS_ROUTES:
        endpoint, methods = _ACCOUNTS_ROUTES[rest]
        return Route(area, dc, endpoint, rest, methods)
    if area == "api" and (
        rest == ORGANIZATIONS_PREFIX
        or (rest.startswith(ORGANIZATIONS_PREFIX + "/") and rest.count("/") == 3)
    ):
        return Route(area, dc, "organizations", rest, frozenset({"GET"}))
    if area == "api" and rest.startswith(BOOKS_PREFIX) and rest[len(BOOKS_PREFIX) :] in LIST_PATHS:
        return Route(area, dc, "books_list", rest, frozenset({"GET"}))
    return Route(area, dc, "unknown", rest, frozenset())


@dataclass(frozen=True)
class Call:
    """A received request, parsed, as the endpoint handlers see it."""

    method: str
    route: Route
    target: str
    query: dict[str, str]
    form: dict[str, str]
    headers: HeaderDict
    session_id: str | None

    @property
    def dc(self) -> str:
        """The (validated) data center."""
        return self.route.dc or "us"

    @property
    def params(self) -> dict[str, str]:
        """Query and form parameters merged; the form wins a clash."""
        return {**self.query, **self.form}


def session_id_from(cookie_header: str | None) -> str | None:
    """The browser-session id in a ``Cookie`` header, or None."""
    if not cookie_header:
        return None
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(cookie_header)
    except CookieError:
        return None
    morsel = cookie.get(SESSION_COOKIE)
    return morsel.value if morsel is not None and morsel.value else None
