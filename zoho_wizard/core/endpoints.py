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

Overrides (``--accounts-url`` / ``ZOHO_WIZARD_ACCOUNTS_URL``, ``--api-url`` /
``ZOHO_WIZARD_API_URL``) are explicit choices of this run, never remembered: plain
``http://`` is refused for them except on this computer (loopback), and the API override is
never written into a saved connection; it applies to calls made while it is given
(:meth:`Endpoints.api_domain_in_use`). What a saved connection names is checked again when
it is used (:meth:`Endpoints.check_saved`): only servers on the list, the override given
now, or this computer get a key.
"""

from __future__ import annotations

import logging
import os
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
    find_by_api_domain,
    is_zoho_accounts_server,
    is_zoho_api_domain,
    origin,
)
from zoho_wizard.core.hosts import is_loopback
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json
from zoho_wizard.core.serverinfo import ServerInfo, parse_serverinfo, zoho_serverinfo

if TYPE_CHECKING:
    import requests

    from zoho_wizard.core.authorize import AuthRequest, CallbackResult

log = logging.getLogger(__name__)

ENV_ACCOUNTS_URL = "ZOHO_WIZARD_ACCOUNTS_URL"
"""The environment variable that names another accounts server (like ``--accounts-url``)."""
ENV_API_URL = "ZOHO_WIZARD_API_URL"
"""The environment variable that sends API calls elsewhere (like ``--api-url``)."""


def on_this_computer(url: str) -> bool:
    """True when ``url``'s host is this computer (``localhost``, ``127.0.0.1``, ``[::1]``)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return False
    return bool(host) and is_loopback(host)


def safe_to_send_keys(url: str) -> bool:
    """True when a key may travel to ``url``: https, or plain http to this computer."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError:
        return False
    if not parts.hostname:
        return False
    scheme = parts.scheme.lower()
    return scheme == "https" or (scheme == "http" and is_loopback(parts.hostname))


def _zohos(url: str) -> bool:
    """Zoho's own accounts server or API domain (the table's, or shaped like Zoho's)."""
    return (
        find_by_accounts_server(url) is not None
        or find_by_api_domain(url) is not None
        or is_zoho_accounts_server(url)
        or is_zoho_api_domain(url)
    )


def not_zoho_hosts(*urls: str | None) -> tuple[str, ...]:
    """The hosts among ``urls`` that are not Zoho's, in order, once each: what the window,
    the Done page, the receipt and ``list``/``check`` name ("Not Zoho: connecting to
    staging.example"). This computer's hosts count (a test server is not Zoho)."""
    hosts: dict[str, None] = {}
    for url in urls:
        if not url or _zohos(url):
            continue
        try:
            host = urlsplit(url.strip()).hostname or url
        except ValueError:
            host = url
        hosts[host] = None
    return tuple(hosts)


def checked_override(url: str, *, api: bool = False) -> str:
    """An override address as given, once it is safe to send keys to.

    Raises:
        InsecureOverrideError: plain http to another computer, or not a web address.
    """
    if not safe_to_send_keys(url):
        raise errors.InsecureOverrideError(url, api=api)
    return url.strip()


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
        if self.api_url is not None:
            checked_override(self.api_url, api=True)
        if self.serverinfo is None and not self.is_custom:
            object.__setattr__(self, "serverinfo", zoho_serverinfo())

    @property
    def is_custom(self) -> bool:
        """True when not talking to Zoho's real data centers."""
        return self.practice or self.label != "Zoho"

    def override_hosts(self) -> tuple[str, ...]:
        """The hosts this run's overrides send keys to instead of Zoho's (``--accounts-url``,
        ``--api-url`` and their variables); empty for Zoho and for practice mode, which has
        its own banner."""
        if self.practice:
            return ()
        accounts = self.accounts.values() if self.is_custom else ()
        return not_zoho_hosts(*accounts, self.api_url)

    def learned(self) -> Mapping[str, str]:
        """``{dc id: accounts server}`` as serverinfo last listed them (no network); a
        server listed over plain http on another computer is left out (it gets no key)."""
        known = self.serverinfo.known() if self.serverinfo is not None else {}
        return MappingProxyType({k: v for k, v in known.items() if safe_to_send_keys(v)})

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
        """The API domain to record for a sign-in: the token's when it can be trusted,
        else the table's. Never the API override (that one is used only while it is
        given: :meth:`api_domain_in_use`).

        For a built-in data center, Zoho's token answer names the API domain when it is
        one of the table's API domains or the Zoho API host of the accounts server (on a
        custom server: the accounts server's own host); anything else is ignored for the
        table's. For a data center only serverinfo lists, the token's is the only source:
        it must be that data center's Zoho API host (``https://www.zohoapis.ae`` for
        ``https://accounts.zoho.ae``; on a custom server, the accounts server's own host).

        Raises:
            UnknownApiDomainError: no API domain that can be trusted.
        """
        token = (token_api_domain or "").strip().rstrip("/")
        if dc_id not in self.accounts:
            server = accounts_server or self.learned().get(dc_id, "")
            if token and server and self._fits(token, server):
                return token
            log.warning("refused the API domain %r for data center %r", token, dc_id)
            raise errors.UnknownApiDomainError()
        server = accounts_server or self.accounts[dc_id]
        if token and (self._fits(token, server) or self._listed_api_domain(token)):
            return token
        if token:
            log.warning("ignored the API domain %r: not on the data-center list", token)
        try:
            return by_id(dc_id).api_domain
        except KeyError:
            raise errors.UnknownApiDomainError() from None

    def api_domain_in_use(self, saved_api_domain: str) -> str:
        """Where API calls go now: the API override while it is given, else the saved
        (or just learnt) API domain."""
        return (self.api_url or saved_api_domain).strip().rstrip("/")

    @staticmethod
    def _listed_api_domain(api_domain: str) -> bool:
        """One of the table's API domains (https, exact host)."""
        return find_by_api_domain(api_domain) is not None

    def _fits(self, api_domain: str, accounts_server: str) -> bool:
        if self.is_custom:
            return _same_server(api_domain, accounts_server)
        return api_domain_fits(api_domain, accounts_server)

    # -- a saved connection's servers, checked when it is used -----------------------------

    def accounts_server_trusted(self, accounts_server: str, *, look_up: bool = True) -> bool:
        """True when a saved accounts server is on the list (the table, serverinfo or the
        override given now) or on this computer. ``look_up``: read serverinfo again
        (blocking) for a server on no list yet."""
        if not safe_to_send_keys(accounts_server):
            return False
        if on_this_computer(accounts_server):
            return True
        wanted = origin(accounts_server)
        if find_by_accounts_server(accounts_server) is not None:
            return True  # Zoho's own, whatever server this run uses
        if any(origin(s) == wanted for s in self.allowed_accounts_servers()):
            return True
        if not look_up or self.serverinfo is None:
            return False
        if self.serverinfo.zoho and not is_zoho_accounts_server(accounts_server):
            return False  # never one of Zoho's: no list will name it
        return self.look_up(accounts_server)

    def api_domain_trusted(self, api_domain: str, accounts_server: str) -> bool:
        """True when a saved API domain may get the connection's access token: one of the
        table's API domains, the Zoho API host of its accounts server (a custom server:
        the same server), or this computer."""
        if not safe_to_send_keys(api_domain):
            return False
        if on_this_computer(api_domain):
            return True
        return (
            self._listed_api_domain(api_domain)
            or api_domain_fits(api_domain, accounts_server)
            or (self.is_custom and _same_server(api_domain, accounts_server))
        )

    def check_saved(self, accounts_server: str, api_domain: str) -> None:
        """Refuse a saved connection whose servers are not Zoho's (nor the overrides given
        now, nor this computer): its keys must not go there. The saved API domain is not
        checked while the API override is given (it is not used then).

        Raises:
            UntrustedServerError: with the host that was refused.
        """
        if not self.accounts_server_trusted(accounts_server):
            log.warning("refused the saved accounts server %r", accounts_server)
            raise errors.UntrustedServerError(accounts_server)
        if self.api_url is None and not self.api_domain_trusted(api_domain, accounts_server):
            log.warning("refused the saved API domain %r", api_domain)
            raise errors.UntrustedServerError(api_domain)


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
    Servers it lists over plain http on another computer are left out.

    Raises:
        InsecureOverrideError: an address over plain http to another computer.
    """
    base = checked_override(accounts_url).rstrip("/")
    if api_url is not None:
        checked_override(api_url, api=True)
    source = ServerInfo(f"{base}/oauth/serverinfo", zoho=False, session=session)
    locations: dict[str, str] = {}
    import requests  # only when HTTP is done (see core.http)

    try:
        getter = session.get if session else requests.get
        response = getter(source.url, timeout=DEFAULT_TIMEOUT)
        listed = parse_serverinfo(decode_json(response), zoho=False)
        locations = {k: v for k, v in listed.items() if safe_to_send_keys(v)}
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


def endpoints_from_environment(environ: Mapping[str, str] | None = None) -> Endpoints:
    """The endpoints the override variables name now (:data:`ENV_ACCOUNTS_URL`,
    :data:`ENV_API_URL`), else Zoho's; no network (a custom server's serverinfo is read
    only when a server on no list must be looked up).

    Used where no endpoints are passed in (a script opening a saved connection), so an
    override applies while it is set, and only then.

    Raises:
        InsecureOverrideError: an override over plain http to another computer.
    """
    env = os.environ if environ is None else environ
    accounts = (env.get(ENV_ACCOUNTS_URL) or "").strip() or None
    api_url = (env.get(ENV_API_URL) or "").strip() or None
    if accounts is None:
        return Endpoints(api_url=api_url) if api_url else ZOHO
    base = checked_override(accounts).rstrip("/")
    return Endpoints(
        MappingProxyType({dc.id: base for dc in DATA_CENTERS}),
        api_url=api_url,
        label=base,
        serverinfo=ServerInfo(f"{base}/oauth/serverinfo", zoho=False),
    )
