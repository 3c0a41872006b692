"""Fault injection: make the next N answers of one endpoint go wrong in a chosen way.

``sb.faults.add("token", "status", status=502)`` makes the next token call answer 502;
``times=None`` keeps the fault until :meth:`Faults.clear`. The kinds copy what Zoho (or
the network in front of it) has been seen to do; see the reference, sections 4, 5 and 8.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from zoho_wizard.sandbox.reply import (
    Reply,
    html_reply,
    json_body,
    json_reply,
    text_reply,
)
from zoho_wizard.sandbox.views import outage_page

ENDPOINTS: tuple[str, ...] = (
    "home",
    "serverinfo",
    "auth",
    "signin",
    "signout",
    "approve",
    "token",
    "revoke",
    "userinfo",
    "selfclient",
    "organizations",
    "books_list",
)
"""Endpoint names, as in ``RecordedRequest.endpoint``. ``"*"`` in a fault matches any."""

ANY_ENDPOINT = "*"

FAULT_KINDS: dict[str, frozenset[str]] = {
    "delay": frozenset({"seconds"}),
    "drop": frozenset({"after"}),
    "status": frozenset({"status"}),
    "html": frozenset({"status"}),
    "empty": frozenset({"status"}),
    "error": frozenset({"error", "status", "error_description"}),
    "throttle": frozenset({"status"}),
    "localized": frozenset({"status"}),
    "books401": frozenset(),
    "books429": frozenset({"limit", "reset"}),
}
"""Every fault kind and the keyword parameters it accepts."""

THROTTLE_BODY: dict[str, str] = {
    "error_description": (
        "You have made too many requests continuously. Please try again after some time."
    ),
    "error": "Access Denied",
    "status": "failure",
}
"""Zoho's answer when the refresh limit (10 per 10 minutes) is hit."""

LOCALIZED_THROTTLE_BODY: dict[str, str] = {
    "error": "拒绝访问",
    "error_description": "您连续发出的请求过多。请稍后再试。",
    "status": "failure",
}
"""The same answer as a Chinese-locale account has been seen to get it."""

BOOKS_UNAUTHENTICATED: dict[str, Any] = {
    "code": 14,
    "message": (
        "The request could not be authenticated as the authentication value you entered is "
        "invalid. Enter a valid authentication value and try again."
    ),
}
"""Books: no or garbage ``Authorization`` header (HTTP 401)."""

BOOKS_UNAUTHORIZED: dict[str, Any] = {
    "code": 57,
    "message": "You are not authorized to perform this operation",
}
"""Books: expired, revoked, wrong-DC or under-scoped token (HTTP 401)."""

BOOKS_RATE_LIMITED: dict[str, Any] = {
    "code": 44,
    "message": (
        "You have exceeded the maximum number of API requests allowed per minute for this "
        "organization. Please try again after some time."
    ),
}
"""Books: per-minute request limit (HTTP 429)."""


@dataclass
class Fault:
    """One armed fault.

    Attributes:
        endpoint: Endpoint name, or ``"*"`` for any.
        kind: One of :data:`FAULT_KINDS`.
        times: How many more requests it hits; None means until cleared.
        params: The kind's keyword parameters.
    """

    endpoint: str
    kind: str
    times: int | None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def drop_after_answering(self) -> bool:
        """For ``drop``: run the real handler first (state changes), then drop."""
        return self.kind == "drop" and bool(self.params.get("after", False))


class Faults:
    """The sandbox's armed faults. Thread-safe."""

    def __init__(self) -> None:
        """Start with no faults."""
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._fired: list[tuple[str, str]] = []

    def add(self, endpoint: str, kind: str, times: int | None = 1, **params: Any) -> Fault:
        """Arm a fault on ``endpoint`` for the next ``times`` requests.

        Args:
            endpoint: An endpoint name from :data:`ENDPOINTS`, or ``"*"``.
            kind: ``delay`` (``seconds``), ``drop`` (``after=True`` to drop only after
                the real handler ran), ``status`` (``status`` 500/502/503), ``html``,
                ``empty``, ``error`` (``error``, ``status``, ``error_description``),
                ``throttle`` (``status`` 400 or 200), ``localized``, ``books401``,
                ``books429`` (``limit``, ``reset``).
            times: How many requests it hits before it is removed; None = until cleared.
            **params: The kind's parameters.

        Raises:
            ValueError: unknown endpoint, kind or parameter, or a bad value.
        """
        if endpoint != ANY_ENDPOINT and endpoint not in ENDPOINTS:
            raise ValueError(f"unknown endpoint {endpoint!r}; expected one of {ENDPOINTS}")
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {tuple(FAULT_KINDS)}")
        unknown = set(params) - FAULT_KINDS[kind]
        if unknown:
            raise ValueError(f"fault {kind!r} takes no parameter(s) {sorted(unknown)}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for 'until cleared')")
        if kind == "delay" and float(params.get("seconds", 0.0)) < 0:
            raise ValueError("delay seconds must not be negative")
        fault = Fault(endpoint, kind, times, dict(params))
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Disarm every fault (the fired count is kept)."""
        with self._lock:
            self._faults.clear()

    def take(self, endpoint: str) -> Fault | None:
        """Consume one hit of the first fault armed for ``endpoint``, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.endpoint in (endpoint, ANY_ENDPOINT):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults.remove(fault)
                    self._fired.append((endpoint, fault.kind))
                    return fault
        return None

    @property
    def pending(self) -> list[Fault]:
        """The faults still armed, in firing order."""
        with self._lock:
            return list(self._faults)

    @property
    def fired(self) -> int:
        """How many requests a fault has hit so far."""
        with self._lock:
            return len(self._fired)

    @property
    def fired_log(self) -> list[tuple[str, str]]:
        """``(endpoint, kind)`` for every hit, oldest first."""
        with self._lock:
            return list(self._fired)

    def __len__(self) -> int:
        """Number of armed faults."""
        with self._lock:
            return len(self._faults)


def fault_reply(fault: Fault) -> Reply | None:
    """The answer a fault replaces the real one with.

    None for ``delay`` (the real answer follows the wait); a ``drop`` reply for ``drop``
    before answering.
    """
    params = fault.params
    kind = fault.kind
    if kind == "delay":
        return None
    if kind == "drop":
        return Reply(drop=True)
    if kind == "status":
        status = int(params.get("status", 500))
        return text_reply(f"{status} {HTTPStatus(status).phrase}\n", status)
    if kind == "html":
        return html_reply(outage_page(), int(params.get("status", 200)))
    if kind == "empty":
        return Reply(int(params.get("status", 200)), b"", "application/json;charset=UTF-8")
    if kind == "error":
        body: dict[str, str] = {"error": str(params.get("error", "invalid_client"))}
        if "error_description" in params:
            body["error_description"] = str(params["error_description"])
        return json_reply(body, int(params.get("status", 200)))
    if kind == "throttle":
        return json_reply(THROTTLE_BODY, int(params.get("status", 400)))
    if kind == "localized":
        return json_reply(LOCALIZED_THROTTLE_BODY, int(params.get("status", 400)))
    if kind == "books401":
        return json_reply(BOOKS_UNAUTHORIZED, 401)
    if kind == "books429":
        limit = int(params.get("limit", 100))
        reset = int(params.get("reset", 60))
        headers = [
            ("X-Rate-Limit-Limit", str(limit)),
            ("X-Rate-Limit-Remaining", "0"),
            ("X-Rate-Limit-Reset", str(reset)),
        ]
        return Reply(429, json_body(BOOKS_RATE_LIMITED), "application/json;charset=UTF-8", headers)
    raise ValueError(f"unhandled fault kind {kind}")  # pragma: no cover
