"""Where each data center's accounts server is, for this run.

Normally the built-in table (:mod:`datacenters`) plus what Zoho's own ``/oauth/serverinfo``
lists (:mod:`serverinfo`: data centers newer than the table, read off the GUI thread and
cached). With ``--accounts-url`` (a staging server) the table comes from that server's
``/oauth/serverinfo``, which lists every location's accounts server; without one, the
given URL serves them all. In practice mode the table is the sandbox's, and serverinfo is
read from the sandbox.

The list matters for safety: the code and the client secret are only ever sent to an
accounts server on this list, whatever the callback says; and a data center only
serverinfo knows gets its API domain from the token answer only when it is that data
center's (:meth:`Endpoints.api_domain_for`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from zoho_wizard.core import errors
from zoho_wizard.core.datacenters import (
    DATA_CENTERS,
    api_domain_fits,
    by_id,
    find_by_accounts_server,
    is_zoho_accounts_server,
    is_zoho_api_domain,
    origin,
)
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json
from zoho_wizard.core.serverinfo import ServerInfo, parse_serverinfo, zoho_serverinfo

if TYPE_CHECKING:
    import requests

    from zoho_wizard.core.authorize import AuthRequest, CallbackResult

log = logging.getLogger(__name__)


def _same_server(a: str, b: str) -> bool:
    """Same scheme, host and port (paths may differ: a custom server's API lives beside
    its accounts pages)."""
    try:
        one, two = urlsplit(a), urlsplit(b)
        return bool(one.hostname) and (one.scheme, one.hostname, one.port) == (
            two.scheme,
            two.hostname,
            two.port,
        )
    except ValueError:
        return False


@dataclass(frozen=True)
class Endpoints:
    """The accounts servers in use, by data-center id.

    Attributes:
        accounts: ``{dc id: accounts server URL}``: the built-in ones.
        api_url: When set, Books calls go here instead of the token's ``api_domain``.
        label: Shown in the window ("Zoho", "Practice sandbox", or the custom URL).
        practice: True in practice mode (no real Zoho involved).
        serverinfo: Where more data centers are listed (Zoho's, by default for Zoho;
            None: only :attr:`accounts`).
    """

    accounts: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({dc.id: dc.accounts_url for dc in DATA_CENTERS})
    )
    api_url: str | None = None
    label: str = "Zoho"
    practice: bool = False
    serverinfo: ServerInfo | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.serverinfo is None and not self.is_custom:
            object.__setattr__(self, "serverinfo", zoho_serverinfo())

    @property
    def is_custom(self) -> bool:
        """True when not talking to Zoho's real data centers."""
        return self.practice or self.label != "Zoho"

    def learned(self) -> Mapping[str, str]:
        """``{dc id: accounts server}`` as serverinfo last listed them (no network)."""
        return self.serverinfo.known() if self.serverinfo is not None else MappingProxyType({})

    def accounts_url(self, dc_id: str) -> str:
        """The accounts server of a data center (the first one for an unknown id)."""
        if dc_id in self.accounts:
            return self.accounts[dc_id]
        learned = self.learned()
        if dc_id in learned:
            return learned[dc_id]
        return next(iter(self.accounts.values()))

    def allowed_accounts_servers(self) -> tuple[str, ...]:
        """Every accounts server a code may be exchanged at (no network)."""
        servers = list(self.accounts.values())
        if not self.is_custom:
            servers += [alias for dc in DATA_CENTERS for alias in dc.aliases]
        seen = {origin(s) for s in servers}
        for server in self.learned().values():
            if origin(server) not in seen:
                seen.add(origin(server))
                servers.append(server)
        return tuple(servers)

    def data_center_of(self, accounts_server: str) -> str | None:
        """The data-center id whose accounts server this is, if it is one of ours."""
        wanted = origin(accounts_server)
        for dc_id, url in self.accounts.items():
            if origin(url) == wanted:
                return dc_id
        for dc_id, url in self.learned().items():
            if origin(url) == wanted:
                return dc_id
        if not self.is_custom:
            dc = find_by_accounts_server(accounts_server)
            return dc.id if dc else None
        return None

    # -- serverinfo, read off the GUI thread ----------------------------------------------

    def prefetch(self) -> None:
        """Read serverinfo now if the list in hand is missing or a week old (blocking;
        while the person signs in). Never raises."""
        if self.serverinfo is not None:
            self.serverinfo.prefetch()

    def lookup_before_check(
        self, request: AuthRequest | None, callback: CallbackResult
    ) -> str | None:
        """The accounts server to look up in serverinfo before ``callback`` is checked.

        Only a callback of this sign-in (its state) carrying a code can be helped, and
        only when it names a server on no list yet that serverinfo could list (for Zoho,
        one shaped like a Zoho accounts server), and serverinfo is being read now or was
        not read moments ago. None: check the callback against what is known now.
        """
        server = callback.accounts_server
        if (
            self.serverinfo is None
            or request is None
            or callback.state != request.state
            or not callback.code
            or callback.error
            or not server
            or self.data_center_of(server) is not None
            or origin(server) == origin(request.accounts_url)
        ):
            return None
        if self.serverinfo.zoho and not is_zoho_accounts_server(server):
            return None  # never one of Zoho's: no list will name it
        source = self.serverinfo
        return server if source.reading() or not source.read_lately() else None

    def look_up(self, accounts_server: str) -> bool:
        """Read serverinfo again for a server on no list (blocking; a worker job).

        Returns:
            True when serverinfo lists it now. A failure to read is False, never raised.
        """
        return self.serverinfo is not None and self.serverinfo.look_up(accounts_server)

    # -- the API domain --------------------------------------------------------------------

    def api_domain_for(
        self, token_api_domain: str | None, dc_id: str, accounts_server: str | None = None
    ) -> str:
        """The API domain to use: the override, else the token's, else the table's.

        For a built-in data center, Zoho's token answer names the API domain (a host
        that is not a Zoho API domain is ignored for the table's). For a data center only
        serverinfo lists, the token's is the only source: it must be that data center's
        Zoho API host (``https://www.zohoapis.ae`` for ``https://accounts.zoho.ae``; on a
        custom server, the accounts server's own host).

        Raises:
            UnknownApiDomainError: no API domain that can be trusted.
        """
        if self.api_url:
            return self.api_url.rstrip("/")
        token = (token_api_domain or "").strip().rstrip("/")
        if dc_id not in self.accounts:
            server = accounts_server or self.learned().get(dc_id, "")
            if token and server and self._fits(token, server):
                return token
            log.warning("refused the API domain %r for data center %r", token, dc_id)
            raise errors.UnknownApiDomainError()
        if token and (self.is_custom or is_zoho_api_domain(token)):
            return token
        if token:
            log.warning("ignored the API domain %r: not a Zoho API domain", token)
        try:
            return by_id(dc_id).api_domain
        except KeyError:
            raise errors.UnknownApiDomainError() from None

    def _fits(self, api_domain: str, accounts_server: str) -> bool:
        if self.is_custom:
            return _same_server(api_domain, accounts_server)
        return api_domain_fits(api_domain, accounts_server)


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

    When serverinfo cannot be read, every data center uses ``accounts_url``. The same
    serverinfo is read again (memory only) when a callback names a server not yet listed.
    """
    base = accounts_url.rstrip("/")
    source = ServerInfo(f"{base}/oauth/serverinfo", zoho=False, session=session)
    locations: dict[str, str] = {}
    import requests  # only when HTTP is done (see core.http)

    try:
        getter = session.get if session else requests.get
        response = getter(source.url, timeout=DEFAULT_TIMEOUT)
        locations = parse_serverinfo(decode_json(response), zoho=False)
    except requests.RequestException:
        locations = {}
    if locations:
        source.remember(locations)
    else:
        locations = {dc.id: base for dc in DATA_CENTERS}
    return Endpoints(
        MappingProxyType(locations),
        api_url=api_url,
        label=label or base,
        practice=practice,
        serverinfo=source,
    )
