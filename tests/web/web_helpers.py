"""Shared values of the website's tests."""

from __future__ import annotations

from zoho_wizard.sandbox import PRACTICE_WEB_CLIENT_ID, PRACTICE_WEB_CLIENT_SECRET
from zoho_wizard.web import WebClient

SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "AaaServer.profile.Read")
REDIRECT_URI = "http://127.0.0.1:8400/zoho/callback"  # the practice website client's


def web_client(redirect_uri: str = REDIRECT_URI) -> WebClient:
    """The sandbox's practice website client, calling back at ``redirect_uri``."""
    return WebClient(PRACTICE_WEB_CLIENT_ID, PRACTICE_WEB_CLIENT_SECRET, redirect_uri, SCOPES)
