"""``BooksSession``: a ``requests.Session`` for one saved connection's Zoho Books.

Relative URLs go to the product's API base (``{api_domain}/books/v3``), the organization
parameter (``organization_id``) is added, the ``Zoho-oauthtoken`` header is set from a
fresh access token, and a 401 gets exactly one refresh and one retry. Failures raise the
project's own exceptions: a refusal for access the connection is known not to have says
which access (see :func:`~zoho_wizard.core.books.books_error`), and an organization the
user was removed from says so. The product is the connection's
(:attr:`~zoho_wizard.core.connection.SavedConnection.product`).

The token goes only to the connection's API domain (:attr:`~zoho_wizard.core.connection.
SavedConnection.api_domain`: the saved one, checked against the data-center list, or the
API override given now). An absolute URL on another origin (scheme, host, port) is refused
unless the caller opts in with ``allow_other_hosts=True`` (on the session or on one call);
plain http to another computer is refused even then.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import requests

from zoho_wizard.core import errors
from zoho_wizard.core.books import books_error
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.endpoints import safe_to_send_keys
from zoho_wizard.core.grant import Grant
from zoho_wizard.core.http import USER_AGENT, network_error
from zoho_wizard.core.product import authorization_header


class BooksSession(requests.Session):
    """Zoho Books calls for one connection.

    Args:
        connection: The saved connection whose tokens and organization to use.
        raise_for_status: Raise a :class:`~zoho_wizard.core.errors.ZohoWizardError` for
            any 4xx/5xx answer (default); otherwise return the response as it is.
        allow_other_hosts: Let absolute URLs on other hosts get the token (https, or
            http to this computer); one call can say so with the same keyword.
    """

    def __init__(
        self,
        connection: SavedConnection,
        *,
        raise_for_status: bool = True,
        allow_other_hosts: bool = False,
    ) -> None:
        super().__init__()
        self.connection = connection
        self.raise_for_status = raise_for_status
        self.allow_other_hosts = allow_other_hosts
        self.product = connection.product
        self.base_url = self.product.api_base(connection.api_domain)
        self.organization_id = connection.profile.organization_id
        self.headers["User-Agent"] = USER_AGENT

    def request(
        self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        """Send one Books call (see the class docstring).

        Raises:
            OtherHostRefusedError: an absolute URL on another origin without
                ``allow_other_hosts``, or plain http to another computer.
            UntrustedServerError: the saved API domain is not on the data-center list.
        """
        allow_other = kwargs.pop("allow_other_hosts", None)
        target = url.decode() if isinstance(url, bytes) else url
        if not target.startswith(("http://", "https://")):
            target = f"{self.base_url}/{target.lstrip('/')}"
        self._check_target(target, self.allow_other_hosts if allow_other is None else allow_other)
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

    def _check_target(self, target: str, allow_other_hosts: bool) -> None:
        """Refuse a call whose URL must not get the token (see the class docstring)."""
        if _origin(target) == _origin(self.base_url):
            self.connection.check_servers()  # the saved servers, read back from the file
        elif not allow_other_hosts:
            raise errors.OtherHostRefusedError(target)
        if not safe_to_send_keys(target):
            raise errors.OtherHostRefusedError(target)

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


def _origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of ``url`` (lower-cased, the scheme's default port as None);
    an unreadable URL matches nothing."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ("", "", -1)
    scheme = parts.scheme.lower()
    if port == {"https": 443, "http": 80}.get(scheme):
        port = None
    return (scheme, (parts.hostname or "").lower(), port)
