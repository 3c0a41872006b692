"""The sign-in in the person's own browser, as values: which providers refuse embedded
browsers, which redirect addresses a listener on this computer can catch, and where the
own-browser sign-in is.

Google (and some Microsoft and Apple set-ups) refuse to sign anyone in inside an embedded
browser. The way out is the person's normal browser running the *same* authorization
request and handing the result back through a one-shot listener on the loopback redirect
address (:class:`zoho_wizard.core.loopback.LoopbackListener`); the UI owns that listener.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from urllib.parse import urlsplit

from zoho_wizard.core import errors

# Hosts of the sign-in providers Zoho's page offers ("Sign in with Google" ...), with the
# name a person knows them by. Google blocks embedded browsers outright; the others are
# offered the same way out because company single sign-on often behaves alike.
FEDERATED_HOSTS: dict[str, str] = {
    "accounts.google.com": "Google",
    "login.microsoftonline.com": "Microsoft",
    "login.live.com": "Microsoft",
    "appleid.apple.com": "Apple",
}

_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def federated_provider(url: str) -> str | None:
    """The sign-in provider ("Google"...) a URL belongs to, or None for anything else.

    Only the exact hosts count (and their own subdomains), so a look-alike such as
    ``accounts.google.com.example.net`` does not.
    """
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    for known, provider in FEDERATED_HOSTS.items():
        if host == known or host.endswith("." + known):
            return provider
    return None


def is_loopback_redirect(redirect_uri: str) -> bool:
    """True when the redirect address can be caught by a listener on this computer.

    That means ``http://127.0.0.1:PORT/path`` (or ``localhost``/``[::1]``) with an
    explicit port: Zoho sends the person's browser there, and the listener answers.
    """
    try:
        parts = urlsplit(redirect_uri)
        port = parts.port
    except ValueError:
        return False
    return parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS and port is not None


class OwnBrowserPhase(enum.Enum):
    """Where the own-browser sign-in is."""

    WAITING = "waiting"  # the listener runs; the person signs in in their browser
    TIMED_OUT = "timed_out"  # nobody came back in time; the listener is closed
    FAILED = "failed"  # the listener could not start (the port is taken...)
    UNSUPPORTED = "unsupported"  # the redirect address is not on this computer


@dataclass(frozen=True)
class OwnBrowserState:
    """The own-browser sign-in as the consent page shows it.

    Attributes:
        phase: What is happening.
        request_state: The authorization request this belongs to (a new request ends it).
        redirect_uri: The redirect address in use.
        url: The authorization URL opened in the browser.
        error: Why it failed (FAILED only).
    """

    phase: OwnBrowserPhase
    request_state: str
    redirect_uri: str
    url: str = ""
    error: errors.ZohoWizardError | None = None


def begin(request_state: str, redirect_uri: str, url: str) -> OwnBrowserState:
    """The own-browser sign-in for an authorization request: waiting for the person's
    browser, or unsupported when the redirect address is not on this computer."""
    own = OwnBrowserState(OwnBrowserPhase.WAITING, request_state, redirect_uri, url)
    if not is_loopback_redirect(redirect_uri):
        return OwnBrowserState(OwnBrowserPhase.UNSUPPORTED, request_state, redirect_uri, url)
    return own


def listener_failed(own: OwnBrowserState, error: errors.ZohoWizardError) -> OwnBrowserState:
    """The listener could not start (the port is taken...)."""
    return OwnBrowserState(
        OwnBrowserPhase.FAILED, own.request_state, own.redirect_uri, own.url, error
    )


def timed_out(own: OwnBrowserState) -> OwnBrowserState:
    """Nobody came back in time; a waiting sign-in ends (any other phase stays)."""
    if own.phase is not OwnBrowserPhase.WAITING:
        return own
    return OwnBrowserState(OwnBrowserPhase.TIMED_OUT, own.request_state, own.redirect_uri, own.url)


def is_current(own: OwnBrowserState | None, at_consent: bool, request_state: str | None) -> bool:
    """Whether an own-browser sign-in still belongs to the request on screen."""
    return own is None or (at_consent and own.request_state == request_state)


def is_waiting(own: OwnBrowserState | None) -> bool:
    """True while the listener should be open."""
    return own is not None and own.phase is OwnBrowserPhase.WAITING
