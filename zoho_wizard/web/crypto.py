"""Secrets at rest in the website's database: AES-256-GCM under a key from the environment.

Refresh tokens, client secrets and cached access tokens are sealed before they reach the
database and opened after they leave it. The key is 32 random bytes, given base64-encoded
in :data:`KEY_VARIABLE` (``python -m zoho_wizard.web.keygen`` prints a new one). GCM is
authenticated: a value altered in the database, sealed under another key, or moved to
another connection's row (the row's user and kind are bound in as associated data) does
not open. The key is never logged, printed or put in an error message.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from collections.abc import Mapping

from zoho_wizard.core import errors
from zoho_wizard.core.logs import register_secrets

KEY_VARIABLE = "ZOHO_WIZARD_WEB_KEY"
"""The environment variable holding the encryption key (base64, 32 bytes)."""

_PREFIX = "v1:"  # the format of a sealed value, so a later one can be told apart
_NONCE_BYTES = 12


class EncryptionKeyError(errors.StorageError):
    """The website's encryption key is missing or not a usable key."""

    default_message = "The website's encryption key for Zoho connections is not set."
    default_fix = (
        f"Set {KEY_VARIABLE} to a key made with `python -m zoho_wizard.web.keygen`, keep it "
        "with the site's other secrets, and start the site again."
    )
    action = errors.Action.NONE


class WrongKeyError(errors.StorageError):
    """A stored secret does not open with the key given (another key, or altered data)."""

    default_message = (
        "A saved Zoho connection could not be unlocked with the website's encryption key."
    )
    default_fix = (
        f"Check that {KEY_VARIABLE} is the key the connections were saved with. If the key "
        "was lost, the client connects again from the website."
    )
    action = errors.Action.RECONNECT


def new_key() -> str:
    """A fresh key for :data:`KEY_VARIABLE`."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def _decode_key(text: str) -> bytes:
    cleaned = text.strip()
    try:
        raw = base64.urlsafe_b64decode(cleaned + "=" * (-len(cleaned) % 4))
    except (binascii.Error, ValueError):
        raise EncryptionKeyError(
            f"The website's encryption key ({KEY_VARIABLE}) is not readable.",
        ) from None
    if len(raw) != 32:
        raise EncryptionKeyError(
            f"The website's encryption key ({KEY_VARIABLE}) has the wrong length.",
        )
    return raw


class SecretBox:
    """Seals and opens secrets with one AES-256-GCM key.

    Args:
        key: The key as :func:`new_key` makes it (base64 text).

    Raises:
        EncryptionKeyError: the key is empty or not 32 bytes of base64.
    """

    def __init__(self, key: str) -> None:
        if not key or not key.strip():
            raise EncryptionKeyError()
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        register_secrets(key.strip())  # redacted should it ever reach a log line
        self._aead = AESGCM(_decode_key(key))

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> SecretBox:
        """The box for the key in :data:`KEY_VARIABLE`.

        Raises:
            EncryptionKeyError: the variable is unset, empty or not a key.
        """
        env = os.environ if environ is None else environ
        return cls(env.get(KEY_VARIABLE, ""))

    def __repr__(self) -> str:
        return "SecretBox(key=<hidden>)"

    def seal(self, value: str, context: str) -> str:
        """``value`` encrypted and authenticated, bound to ``context`` (user and kind)."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8"), context.encode("utf-8"))
        return _PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, sealed: str, context: str) -> str:
        """The value :meth:`seal` sealed with the same key and ``context``.

        Raises:
            WrongKeyError: another key, another row's value, or altered data.
        """
        from cryptography.exceptions import InvalidTag

        if not sealed.startswith(_PREFIX):
            raise WrongKeyError()
        try:
            raw = base64.urlsafe_b64decode(sealed[len(_PREFIX) :])
            plain = self._aead.decrypt(
                raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], context.encode("utf-8")
            )
        except (InvalidTag, binascii.Error, ValueError):
            raise WrongKeyError() from None
        return plain.decode("utf-8")
