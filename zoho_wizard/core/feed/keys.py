"""The feed's addresses: a port that stays the same, and a secret path part per connection.

A spreadsheet keeps the address it was given, so both parts stay put across restarts: the
port is :data:`DEFAULT_PORT` unless the person chooses another, and each connection's key
is made once and kept in the password store next to its other keys (kind ``feed_key``,
removed with them on Disconnect). "New address" replaces the key: the old address stops
working at once (the server reads the stored key on every request).

Anyone on this computer can reach ``127.0.0.1``; only someone who knows the key reaches a
connection. A key is 32 characters from ``secrets.token_urlsafe`` (192 bits), compared in
constant time, and never written to a log.
"""

from __future__ import annotations

import hmac
import secrets as random_secrets

from zoho_wizard.core.logs import register_secrets
from zoho_wizard.core.store import SecretStore

FEED_KEY = "feed_key"
"""The secret kind holding a connection's feed key (see :data:`~zoho_wizard.core.store.
SECRET_KINDS`)."""

DEFAULT_PORT = 47280
"""The feed's port when none is chosen (the sign-in's redirect uses 47214)."""

HOST = "127.0.0.1"
"""The feed listens here only: this computer, never the network."""

_KEY_BYTES = 24  # 32 URL-safe characters


def looks_like_key(text: str) -> bool:
    """Whether ``text`` has a feed key's shape (32 characters of ``A-Z a-z 0-9 - _``)."""
    return len(text) == 32 and all(c.isascii() and (c.isalnum() or c in "-_") for c in text)


def stored_key(secrets: SecretStore, connection: str) -> str | None:
    """The connection's feed key, or None when it has none (yet, or any more).

    Raises:
        KeyringUnavailableError: the password store could not be read.
    """
    key = secrets.get(connection, FEED_KEY)
    if key and looks_like_key(key):
        register_secrets(key)
        return key
    return None


def feed_key(secrets: SecretStore, connection: str) -> str:
    """The connection's feed key, made (and stored) the first time it is asked for.

    Raises:
        KeyringUnavailableError: the password store could not be read or written.
    """
    return stored_key(secrets, connection) or new_feed_key(secrets, connection)


def new_feed_key(secrets: SecretStore, connection: str) -> str:
    """Replace the connection's feed key ("New address"): the old address stops working.

    Raises:
        KeyringUnavailableError: the password store could not be written.
    """
    key = random_secrets.token_urlsafe(_KEY_BYTES)
    register_secrets(key)
    secrets.set(connection, FEED_KEY, key)
    return key


def same_key(given: str, stored: str) -> bool:
    """Whether two keys are equal, in time that does not depend on where they differ."""
    return hmac.compare_digest(given.encode("utf-8"), stored.encode("utf-8"))


def base_address(port: int, key: str) -> str:
    """The connection's start page (``http://127.0.0.1:PORT/<key>/``); every list is below."""
    return f"http://{HOST}:{port}/{key}/"


def list_address(port: int, key: str, path: str) -> str:
    """The CSV address of one Books list (``…/<key>/books/invoices.csv``)."""
    return f"{base_address(port, key)}books/{path}.csv"
