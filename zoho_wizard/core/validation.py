"""Checks for what people type, each with a message that names the problem.

Harmless whitespace (a trailing space or a line break picked up while copying) is trimmed,
not rejected: :func:`clean` is applied before every check.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_NAME = 60
MAX_FIELD = 200

_CLIENT_ID = re.compile(r"^\d{4}\.[A-Za-z0-9]{10,60}$")
_SECRET = re.compile(r"^[\x21-\x7e]{10,100}$")
_GRANT_CODE = re.compile(r"^1000\.[0-9a-fA-F]{16,64}\.[0-9a-fA-F]{16,64}$")


def clean(text: str) -> str:
    """Trim spaces and line breaks around a value (picked up while copying)."""
    return text.strip()


def check_name(name: str, existing: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The problem with a connection name, or None."""
    name = clean(name)
    if not name:
        return "Give the connection a name, for example the client business it is for."
    if len(name) > MAX_NAME:
        return f"Keep the name under {MAX_NAME} characters."
    if any(ch in name for ch in "/\\") or not name.isprintable():
        return "The name can't contain slashes or control characters."
    if name in existing:
        return "A connection with this name already exists. Choose another name."
    return None


def check_client_id(value: str) -> str | None:
    """The problem with a client ID, or None."""
    value = clean(value)
    if not value:
        return "Enter the App ID (Zoho calls it the client ID)."
    if value.lower().startswith(("http://", "https://")) or "/" in value:
        return "That looks like a web address. The App ID looks like 1000.ABC123…"
    if len(value) > MAX_FIELD:
        return "That is too long to be an App ID."
    if any(ord(ch) > 126 for ch in value):
        return "The App ID contains characters Zoho never uses. Copy it again."
    if value.count(".") == 2 and value.startswith("1000."):
        return "That looks like a sign-in code, not an App ID. The App ID has one dot."
    if any(ch.isspace() for ch in value):
        return "The App ID can't contain spaces or line breaks. Copy it again."
    if re.match(r"^\d{4}\.", value) and not _CLIENT_ID.match(value):
        return "That is not a whole App ID. Copy it again."
    if not _CLIENT_ID.match(value):
        return "An App ID starts with four digits and a dot, like 1000.ABC123…"
    return None


def check_client_secret(value: str) -> str | None:
    """The problem with a client secret, or None."""
    value = clean(value)
    if not value:
        return "Enter the App secret (Zoho calls it the client secret)."
    if value.lower().startswith(("http://", "https://")):
        return "That looks like a web address, not an App secret."
    if len(value) > MAX_FIELD:
        return "That is too long to be an App secret."
    if any(ord(ch) > 126 for ch in value):
        return "The App secret contains characters Zoho never uses. Copy it again."
    if not _SECRET.match(value):
        if len(value) < 10:
            return "That is too short to be an App secret. Copy the whole secret."
        return "The App secret can't contain spaces. Copy it again."
    return None


def check_redirect_uri(value: str) -> str | None:
    """The problem with a redirect URI, or None."""
    value = clean(value)
    if not value:
        return "Enter the redirect address registered for the client."
    if len(value) > MAX_FIELD * 5:
        return "That redirect address is too long."
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return "That redirect address has an invalid port number."
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "The redirect address must start with http:// or https://"
    if parts.fragment:
        return "The redirect address can't contain a # part."
    if any(ord(ch) > 126 or ch.isspace() for ch in value):
        return "The redirect address can't contain spaces or accented letters."
    return None


def localhost_alternative(redirect_uri: str) -> str | None:
    """The same redirect address with ``localhost`` in place of ``127.0.0.1``, or None.

    Zoho's own tutorials register ``http://localhost:PORT/...``; ``127.0.0.1`` is what
    integrators use but Zoho has not confirmed it (reference §13). If the API console
    refuses one, the other works too: the wizard's listener answers both spellings (it
    listens on 127.0.0.1 for ``localhost``), as long as the details use the one registered.
    """
    try:
        parts = urlsplit(clean(redirect_uri))
        port = parts.port
    except ValueError:
        return None
    if parts.scheme != "http" or parts.hostname != "127.0.0.1":
        return None
    netloc = "localhost" if port is None else f"localhost:{port}"
    return parts._replace(netloc=netloc).geturl()


def check_grant_code(value: str) -> str | None:
    """The problem with a pasted Self Client code, or None."""
    value = re.sub(r"\s+", "", value)
    if not value:
        return "Paste the code from Zoho's API console."
    if not value.startswith("1000."):
        return "A code from the API console starts with 1000."
    if not _GRANT_CODE.match(value):
        return "That is not a whole code. It looks like 1000.abc123….def456…; copy it again."
    return None


def clean_grant_code(value: str) -> str:
    """A pasted code with every space and line break removed."""
    return re.sub(r"\s+", "", value)
