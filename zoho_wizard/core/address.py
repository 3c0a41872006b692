"""What the sign-in page's address bar says: the host as it really is, and whether the
page is Zoho's.

A look-alike host (``accounts.zоho.com`` with a Cyrillic "о") is shown in its punycode
form (``accounts.xn--zho-sed.com``), so it cannot pass for Zoho's. A page outside Zoho's
hosts and the known sign-in providers (Google, Microsoft, Apple) is flagged, except the
practice sandbox on this computer.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from zoho_wizard.core.datacenters import DATA_CENTERS, is_zoho_accounts_server
from zoho_wizard.core.hosts import is_loopback
from zoho_wizard.core.own_browser import FEDERATED_HOSTS

# Zoho's site domains: those of the data centers' accounts servers (accounts.zoho.eu ->
# zoho.eu, accounts.zohocloud.ca -> zohocloud.ca), and its content hosts.
ZOHO_DOMAINS: tuple[str, ...] = (
    *sorted(
        {
            (urlsplit(dc.accounts_url).hostname or "").removeprefix("accounts.")
            for dc in DATA_CENTERS
        }
        - {""}
    ),
    "zohocdn.com",
)


def shown_host(host: str) -> str:
    """``host`` as the address bar shows it: lower case, and ASCII (IDNA, ``xn--``) for any
    non-ASCII label; a host IDNA cannot encode is shown with its non-ASCII letters escaped."""
    host = host.strip().rstrip(".").lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host.encode("ascii", "backslashreplace").decode("ascii")


def _under(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def is_zohos_page(host: str) -> bool:
    """True when ``host`` (ASCII form) is one of Zoho's or a known sign-in provider's."""
    host = shown_host(host)
    return (
        any(_under(host, domain) for domain in ZOHO_DOMAINS)
        or is_zoho_accounts_server(f"https://{host}")
        or any(_under(host, known) for known in FEDERATED_HOSTS)
    )


def not_zohos_page(url: str, *, practice: bool = False) -> str | None:
    """The host to flag ("This page is not Zoho's: {host}") when the page at ``url`` is
    neither Zoho's nor a known sign-in provider's; None otherwise (and for no host, and
    for the practice sandbox on this computer)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    if not host or (practice and is_loopback(host)):
        return None
    return None if is_zohos_page(host) else shown_host(host)
