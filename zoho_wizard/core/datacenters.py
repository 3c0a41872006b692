"""Zoho's data centers as data.

Every place that needs an accounts server, an API domain or a console address looks it up
here; nothing derives one host from another by string tricks, because Canada breaks every
pattern (accounts.zohocloud.ca, but www.zohoapis.ca).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class DataCenter:
    """One Zoho data center.

    Attributes:
        id: The ``location`` code Zoho puts on the redirect (``us``, ``eu`` ...).
        label: What a person sees when choosing.
        accounts_url: Where authorization and token calls go.
        api_domain: What Zoho returns as ``api_domain``; Books lives under ``/books/v3``.
        console_url: The API console where the firm's admin registers the client.
        books_confirmed: False where Zoho does not list Books for this data center.
        aliases: Other accounts hosts seen in Zoho's own pages for the same center.
    """

    id: str
    label: str
    accounts_url: str
    api_domain: str
    console_url: str
    books_confirmed: bool = True
    aliases: tuple[str, ...] = ()

    @property
    def books_api_base(self) -> str:
        """The Books API base URL for this data center."""
        return f"{self.api_domain}/books/v3"


DATA_CENTERS: tuple[DataCenter, ...] = (
    DataCenter(
        "us",
        "United States (zoho.com)",
        "https://accounts.zoho.com",
        "https://www.zohoapis.com",
        "https://api-console.zoho.com",
    ),
    DataCenter(
        "eu",
        "Europe (zoho.eu)",
        "https://accounts.zoho.eu",
        "https://www.zohoapis.eu",
        "https://api-console.zoho.eu",
    ),
    DataCenter(
        "in",
        "India (zoho.in)",
        "https://accounts.zoho.in",
        "https://www.zohoapis.in",
        "https://api-console.zoho.in",
    ),
    DataCenter(
        "au",
        "Australia (zoho.com.au)",
        "https://accounts.zoho.com.au",
        "https://www.zohoapis.com.au",
        "https://api-console.zoho.com.au",
        # Some Zoho product pages print accounts.zoho.au; treat it as the same center.
        aliases=("https://accounts.zoho.au",),
    ),
    DataCenter(
        "jp",
        "Japan (zoho.jp)",
        "https://accounts.zoho.jp",
        "https://www.zohoapis.jp",
        "https://api-console.zoho.jp",
    ),
    DataCenter(
        "ca",
        "Canada (zohocloud.ca)",
        "https://accounts.zohocloud.ca",
        "https://www.zohoapis.ca",
        "https://api-console.zohocloud.ca",
    ),
    DataCenter(
        "cn",
        "China (zoho.com.cn)",
        "https://accounts.zoho.com.cn",
        "https://www.zohoapis.com.cn",
        "https://api-console.zoho.com.cn",
    ),
    DataCenter(
        "sa",
        "Saudi Arabia (zoho.sa)",
        "https://accounts.zoho.sa",
        "https://www.zohoapis.sa",
        "https://api-console.zoho.sa",
    ),
    DataCenter(
        "uk",
        "United Kingdom (zoho.uk)",
        "https://accounts.zoho.uk",
        "https://www.zohoapis.uk",
        "https://api-console.zoho.uk",
        books_confirmed=False,
    ),
    # Zoho's WorkDrive multi-DC page lists UAE (zoho.ae, www.zohoapis.ae); region tables
    # list accounts.zoho.ae and accounts.zoho.sg. Books there, the location codes and the
    # console hosts (the pattern's) are unconfirmed (reference §13).
    DataCenter(
        "ae",
        "United Arab Emirates (zoho.ae)",
        "https://accounts.zoho.ae",
        "https://www.zohoapis.ae",
        "https://api-console.zoho.ae",
        books_confirmed=False,
    ),
    DataCenter(
        "sg",
        "Singapore (zoho.sg)",
        "https://accounts.zoho.sg",
        "https://www.zohoapis.sg",
        "https://api-console.zoho.sg",
        books_confirmed=False,
    ),
)

DEFAULT_DATA_CENTER = "us"


def origin(url: str) -> str:
    """Normalise a URL to ``scheme://host[:port]`` plus any path, lower-cased host.

    Used to compare servers: ``https://Accounts.Zoho.EU/`` and ``https://accounts.zoho.eu``
    are the same server. An unparseable URL gives ``""``, which matches nothing.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""  # a bad port or host never matches any server
    host = (parts.hostname or "").lower()
    if not host:
        return ""
    netloc = host if port is None else f"{host}:{port}"
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{netloc}{path}"


def by_id(dc_id: str) -> DataCenter:
    """Return the data center with this ``location`` code.

    Raises:
        KeyError: no such data center.
    """
    key = dc_id.strip().lower()
    for dc in DATA_CENTERS:
        if dc.id == key:
            return dc
    raise KeyError(dc_id)


def find_by_accounts_server(url: str) -> DataCenter | None:
    """Return the data center whose accounts server is ``url`` (exact origin), if any."""
    wanted = origin(url)
    for dc in DATA_CENTERS:
        if wanted == origin(dc.accounts_url) or wanted in {origin(a) for a in dc.aliases}:
            return dc
    return None


def find_by_api_domain(url: str) -> DataCenter | None:
    """Return the data center whose API domain is ``url`` (exact origin), if any."""
    wanted = origin(url)
    for dc in DATA_CENTERS:
        if wanted == origin(dc.api_domain):
            return dc
    return None


# Zoho's hosts follow one naming rule per data center: ``accounts.zoho.<suffix>`` (Canada:
# ``accounts.zohocloud.ca``) and ``www.zohoapis.<suffix>``. The rule is only used to CHECK
# what Zoho itself said (its serverinfo list, a token's ``api_domain``), never to derive a
# host. The suffix is a short top-level domain or ``com.<cc>`` (``com.au``, ``com.cn``).
_SUFFIX = r"(?P<suffix>[a-z]{2,3}|com\.[a-z]{2})"
_ACCOUNTS_HOST = re.compile(rf"accounts\.zoho(?:cloud)?\.{_SUFFIX}")
_API_HOST = re.compile(rf"www\.zohoapis\.{_SUFFIX}")


def _zoho_suffix(url: str, pattern: re.Pattern[str]) -> str | None:
    """The host suffix when ``url`` is exactly ``https://<host matching pattern>``."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() != "https" or port is not None or parts.path.strip("/"):
        return None
    if parts.query or parts.fragment or parts.username or parts.password:
        return None
    match = pattern.fullmatch(host)
    return match.group("suffix") if match else None


def is_zoho_accounts_server(url: str) -> bool:
    """True when ``url`` has the shape of a Zoho accounts server (``https://accounts.zoho.ae``).

    A shape check only: whether such a server exists is Zoho's serverinfo's to say.
    """
    return _zoho_suffix(url, _ACCOUNTS_HOST) is not None


def is_zoho_api_domain(url: str) -> bool:
    """True when ``url`` has the shape of a Zoho API domain (``https://www.zohoapis.ae``)."""
    return _zoho_suffix(url, _API_HOST) is not None


def api_domain_fits(api_domain: str, accounts_server: str) -> bool:
    """True when ``api_domain`` is the Zoho API host of the data center whose accounts
    server is ``accounts_server`` (``www.zohoapis.ae`` for ``accounts.zoho.ae``;
    ``www.zohoapis.ca`` for ``accounts.zohocloud.ca``), both over https."""
    suffix = _zoho_suffix(accounts_server, _ACCOUNTS_HOST)
    return suffix is not None and _zoho_suffix(api_domain, _API_HOST) == suffix
