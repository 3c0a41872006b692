"""Where each data center's accounts server is, for this run.

Normally the built-in table (:mod:`datacenters`). With ``--accounts-url`` (a staging server,
or practice mode's sandbox) the table comes from that server's ``/oauth/serverinfo``,
which lists every location's accounts server; without one, the given URL serves them all.

The list matters for safety: the code and the client secret are only ever sent to an
accounts server on this list, whatever the callback says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from zoho_wizard.core.datacenters import DATA_CENTERS, by_id, find_by_accounts_server, origin
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json

if TYPE_CHECKING:
    import requests


@dataclass(frozen=True)
class Endpoints:
    """The accounts servers in use, by data-center id.

    Attributes:
        accounts: ``{dc id: accounts server URL}``.
        api_url: When set, Books calls go here instead of the token's ``api_domain``.
        label: Shown in the window ("Zoho", "Practice sandbox", or the custom URL).
        practice: True in practice mode (no real Zoho involved).
    """

    accounts: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({dc.id: dc.accounts_url for dc in DATA_CENTERS})
    )
    api_url: str | None = None
    label: str = "Zoho"
    practice: bool = False

    @property
    def is_custom(self) -> bool:
        """True when not talking to Zoho's real data centers."""
        return self.practice or self.label != "Zoho"

    def accounts_url(self, dc_id: str) -> str:
        """Where to send the authorization request for a data center."""
        if dc_id in self.accounts:
            return self.accounts[dc_id]
        return next(iter(self.accounts.values()))

    def allowed_accounts_servers(self) -> tuple[str, ...]:
        """Every accounts server a code may be exchanged at."""
        servers = list(self.accounts.values())
        if not self.is_custom:
            servers += [alias for dc in DATA_CENTERS for alias in dc.aliases]
        return tuple(servers)

    def data_center_of(self, accounts_server: str) -> str | None:
        """The data-center id whose accounts server this is, if it is one of ours."""
        wanted = origin(accounts_server)
        for dc_id, url in self.accounts.items():
            if origin(url) == wanted:
                return dc_id
        if not self.is_custom:
            dc = find_by_accounts_server(accounts_server)
            return dc.id if dc else None
        return None

    def api_domain_for(self, token_api_domain: str | None, dc_id: str) -> str:
        """The API domain to use: the override, else the token's, else the table's."""
        if self.api_url:
            return self.api_url.rstrip("/")
        if token_api_domain:
            return token_api_domain.rstrip("/")
        return by_id(dc_id).api_domain


ZOHO = Endpoints()


def custom_endpoints(
    accounts_url: str,
    api_url: str | None = None,
    *,
    session: requests.Session | None = None,
    label: str | None = None,
    practice: bool = False,
) -> Endpoints:
    """Endpoints for a non-Zoho accounts server, read from its ``/oauth/serverinfo``.

    When serverinfo cannot be read, every data center uses ``accounts_url``.
    """
    base = accounts_url.rstrip("/")
    locations: dict[str, str] = {}
    import requests  # only when HTTP is done (see core.http)

    try:
        getter = session.get if session else requests.get
        response = getter(f"{base}/oauth/serverinfo", timeout=DEFAULT_TIMEOUT)
        body = decode_json(response)
        raw = body.get("locations") if isinstance(body, dict) else None
        if isinstance(raw, dict):
            locations = {
                str(k).lower(): str(v).rstrip("/")
                for k, v in raw.items()
                if isinstance(v, str) and v.startswith(("http://", "https://"))
            }
    except requests.RequestException:
        locations = {}
    if not locations:
        locations = {dc.id: base for dc in DATA_CENTERS}
    return Endpoints(
        MappingProxyType(locations), api_url=api_url, label=label or base, practice=practice
    )
