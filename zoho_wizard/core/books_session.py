"""``BooksSession``: a ``requests.Session`` for one saved connection's Zoho Books.

Relative URLs go to the product's API base (``{api_domain}/books/v3``), the organization
parameter (``organization_id``) is added, the ``Zoho-oauthtoken`` header is set from a
fresh access token, and a 401 gets exactly one refresh and one retry. Failures raise the
project's own exceptions: a refusal for access the connection is known not to have says
which access (see :func:`~zoho_wizard.core.books.books_error`), and an organization the
user was removed from says so. The product is the connection's
(:attr:`~zoho_wizard.core.connection.SavedConnection.product`).
"""

from __future__ import annotations

from typing import Any

import requests

from zoho_wizard.core.books import books_error
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.grant import Grant
from zoho_wizard.core.http import USER_AGENT, network_error
from zoho_wizard.core.product import authorization_header


class BooksSession(requests.Session):
    """Zoho Books calls for one connection.

    Args:
        connection: The saved connection whose tokens and organization to use.
        raise_for_status: Raise a :class:`~zoho_wizard.core.errors.ZohoWizardError` for
            any 4xx/5xx answer (default); otherwise return the response as it is.
    """

    def __init__(self, connection: SavedConnection, *, raise_for_status: bool = True) -> None:
        super().__init__()
        self.connection = connection
        self.raise_for_status = raise_for_status
        self.product = connection.product
        self.base_url = self.product.api_base(connection.profile.api_domain)
        self.organization_id = connection.profile.organization_id
        self.headers["User-Agent"] = USER_AGENT

    def request(
        self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        """Send one Books call (see the class docstring)."""
        target = url.decode() if isinstance(url, bytes) else url
        if not target.startswith(("http://", "https://")):
            target = f"{self.base_url}/{target.lstrip('/')}"
        if args:
            kwargs.setdefault("params", args[0])
            args = ()
        kwargs["params"] = self.product.with_organization(
            kwargs.get("params"), self.organization_id
        )
        kwargs.setdefault("timeout", (5.0, 30.0))
        token = self.connection.access_token()
        response = self._send(method, target, token, kwargs)
        if response.status_code == 401:
            # Expired early or revoked: refresh once (another process may already have).
            token = self.connection.access_token(refused=token)
            response = self._send(method, target, token, kwargs)
        if self.raise_for_status and response.status_code >= 400:
            verb = method.decode() if isinstance(method, bytes) else method
            raise books_error(
                response,
                needs=self.product.scope_for_call(verb, target),
                grant=Grant.of(self.connection.profile),
            )
        return response

    def close(self) -> None:
        """Close this session and the one used for refreshing."""
        super().close()
        self.connection.session.close()

    def _send(
        self, method: str | bytes, url: str, token: str, kwargs: dict[str, Any]
    ) -> requests.Response:
        headers = {**(kwargs.get("headers") or {}), **authorization_header(token)}
        call = {**kwargs, "headers": headers}
        try:
            return super().request(method, url, **call)
        except requests.RequestException as exc:
            raise network_error(exc) from None
