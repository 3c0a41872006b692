"""The Python API for the firm's scripts.

Example::

    from zoho_wizard.api import books_session

    with books_session("Acme Ltd") as books:
        for invoice in books.get("invoices", params={"status": "unpaid"}).json()["invoices"]:
            print(invoice["invoice_number"], invoice["balance"])

Everything raises :class:`zoho_wizard.core.errors.ZohoWizardError` subclasses, each with
``message`` and ``fix`` in plain words.
"""

from __future__ import annotations

from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.errors import ZohoWizardError

__all__ = ["BooksSession", "SavedConnection", "ZohoWizardError", "access_token", "books_session"]


def books_session(name: str) -> BooksSession:
    """A ``requests.Session`` for the saved connection ``name``'s Zoho Books organization."""
    return BooksSession(SavedConnection.open(name))


def access_token(name: str) -> str:
    """A valid access token for ``name`` (refreshed only when about to expire)."""
    return SavedConnection.open(name).access_token()
