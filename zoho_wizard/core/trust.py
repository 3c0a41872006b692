"""HTTPS checked against the operating system's certificate store (via truststore)."""

from __future__ import annotations

import ssl
from typing import Any

import truststore
from requests.adapters import HTTPAdapter


class SystemTrustAdapter(HTTPAdapter):
    """HTTPS verified against the operating system's certificate store (via truststore).

    Offices that inspect traffic install their own root certificate in the system store;
    requests' bundled certificates would reject it. Proxied connections use it too.
    """

    def __init__(self) -> None:
        self._context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Hand the system-trust context to every connection pool."""
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """The same context for HTTPS through a proxy."""
        proxy_kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(proxy, **proxy_kwargs)
