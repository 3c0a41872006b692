"""A "Connect Zoho Books" button for the firm's own website (``pip install zoho-wizard[web]``).

- :class:`WebHandler` (framework-neutral): ``begin(user)`` and ``finish(query, session,
  user=...)``, the organization choice and Disconnect; every outcome a plain value.
- :class:`ConnectionStore`: each portal user's connection in a database through
  SQLAlchemy (SQLite by default, PostgreSQL by URL), secrets sealed with the key in
  ``ZOHO_WIZARD_WEB_KEY``; ``token(user)`` and ``books_session(user)`` for the firm's
  server code.
- :mod:`zoho_wizard.web.flask`: a Flask blueprint with the pages.

The desktop wizard never imports this package; it uses only :mod:`zoho_wizard.core`.
"""

from zoho_wizard.web.crypto import KEY_VARIABLE, EncryptionKeyError, SecretBox, WrongKeyError
from zoho_wizard.web.handler import (
    SESSION_KEY,
    Begun,
    Disconnected,
    Finished,
    InsecureRedirectError,
    Outcome,
    WebClient,
    WebHandler,
    forget,
)
from zoho_wizard.web.store import ConnectionStore, NotConnectedError

__all__ = [
    "KEY_VARIABLE",
    "SESSION_KEY",
    "Begun",
    "ConnectionStore",
    "Disconnected",
    "EncryptionKeyError",
    "Finished",
    "InsecureRedirectError",
    "NotConnectedError",
    "Outcome",
    "SecretBox",
    "WebClient",
    "WebHandler",
    "WrongKeyError",
    "forget",
]
