"""One HTTP answer as a plain value, so handlers and faults can be written without sockets."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json;charset=UTF-8"
HTML_TYPE = "text/html;charset=UTF-8"
TEXT_TYPE = "text/plain;charset=UTF-8"


@dataclass
class Reply:
    """What the server writes back.

    Attributes:
        status: HTTP status code.
        body: The encoded body.
        content_type: ``Content-Type`` header, or None for no header.
        headers: Extra headers in order.
        drop: Close the connection without writing anything (a fault).
    """

    status: int = 200
    body: bytes = b""
    content_type: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    drop: bool = False


def json_body(data: Any) -> bytes:
    """Compact UTF-8 JSON, the way Zoho sends it (non-ASCII left as is)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_reply(data: Any, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    """A JSON answer with Zoho's ``application/json;charset=UTF-8`` type."""
    return Reply(status, json_body(data), JSON_TYPE, [("Cache-Control", "no-store"), *headers])


def html_reply(page: str, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    """An HTML page that must not be cached or framed."""
    return Reply(
        status,
        page.encode("utf-8"),
        HTML_TYPE,
        [("Cache-Control", "no-store"), ("X-Frame-Options", "DENY"), *headers],
    )


def text_reply(text: str, status: int) -> Reply:
    """A plain-text answer (what a broken proxy in front of Zoho might send)."""
    return Reply(status, text.encode("utf-8"), TEXT_TYPE)


def redirect_reply(location: str, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    """A 302 to ``location``."""
    return Reply(
        302,
        b"",
        None,
        [("Location", location), ("Cache-Control", "no-store"), *headers],
    )
