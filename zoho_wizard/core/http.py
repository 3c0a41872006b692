"""The one place HTTP sessions are made, so every call shares timeouts and headers.

Requests honours the proxy environment variables (``HTTPS_PROXY``, ``NO_PROXY``) by
itself; the session keeps that behaviour.

Importing requests takes about a tenth of a second, so this module (and the rest of the
core) imports it only when HTTP is really done: the wizard's window opens without it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from zoho_wizard import __version__
from zoho_wizard.core import errors

if TYPE_CHECKING:
    import requests

# (connect, read) seconds. Connecting fails fast so a retry fits in a code's 60 seconds.
DEFAULT_TIMEOUT = (5.0, 15.0)
USER_AGENT = f"zoho-wizard/{__version__}"


def make_session() -> requests.Session:
    """A new ``requests.Session``: our User-Agent, the OS certificate store, and the
    proxy from the environment or the system settings (requests' own behaviour)."""
    import requests

    from zoho_wizard.core.trust import SystemTrustAdapter

    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.mount("https://", SystemTrustAdapter())
    _follow_proxy_script(session)
    return session


def _follow_proxy_script(session: requests.Session) -> None:
    """Where the settings requests reads leave a URL direct, use the proxy the system's
    proxy script gives for it (when the wizard installed a resolver: :mod:`.proxy`)."""
    import requests.utils

    from zoho_wizard.core import proxy

    merge = session.merge_environment_settings

    def merge_with_script(
        url: str | bytes | None, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> dict[str, Any]:
        settings: dict[str, Any] = dict(merge(url, proxies, stream, verify, cert))
        if not proxy.resolver_installed():
            return settings
        text = url.decode() if isinstance(url, bytes) else url or ""
        scheme = text.split(":", 1)[0].lower()
        chosen = settings.get("proxies") or {}
        if chosen.get(scheme) or chosen.get("all") or not session.trust_env:
            return settings
        if requests.utils.should_bypass_proxies(text, no_proxy=chosen.get("no_proxy")):
            return settings  # NO_PROXY (or the system's exceptions) named this host
        found = proxy.resolved_proxy(text)
        if found:
            settings["proxies"] = {**chosen, scheme: found}
        return settings

    session.merge_environment_settings = merge_with_script  # type: ignore[method-assign,assignment]


def preload() -> None:
    """Import the HTTP stack now, so the first request does not pay for it.

    The wizard calls this on a background thread once its window is on screen: by the time
    a caught code is exchanged (when every millisecond of its 60 seconds counts), requests
    and the certificate store support are loaded. A request is also prepared (never sent):
    the first one of a process loads and runs what requests needs only then, the ``.netrc``
    lookup and the proxy settings from the environment (about 1.5 ms).
    """
    import requests

    from zoho_wizard.core import trust  # noqa: F401

    # A loopback address: on Windows and macOS the proxy check may look the host up.
    url = "https://127.0.0.1/oauth/v2/token"
    try:
        with requests.Session() as session:
            request = requests.Request("POST", url, data={"preload": "1"})
            prepared = session.prepare_request(request)
            session.merge_environment_settings(prepared.url, {}, None, None, None)
    except Exception:  # only a head start: the real request reports any real problem
        pass


def network_error(exc: requests.RequestException) -> errors.NetworkError:
    """Translate a requests failure into a plain-language :class:`NetworkError`.

    ``maybe_sent`` tells whether the request may have reached the server (then a retry of
    a one-time code could find it already used).
    """
    import requests

    if isinstance(exc, requests.ConnectTimeout | requests.exceptions.SSLError):
        maybe_sent = False
    elif isinstance(exc, requests.ConnectionError) and not isinstance(exc, requests.ReadTimeout):
        # Refused or unreachable before sending counts as not sent; a connection dropped
        # mid-answer surfaces as ConnectionError too, so only "refused" is safe.
        text = str(exc).lower()
        maybe_sent = not (
            "refused" in text
            or "name or service" in text
            or "failed to resolve" in text
            or "no route" in text
        )
    else:
        maybe_sent = True
    if isinstance(exc, requests.exceptions.SSLError):
        err = errors.NetworkError(
            "The secure connection to Zoho could not be checked.",
            "If your office uses a proxy that inspects traffic, ask your IT person to "
            "install its certificate on this computer.",
        )
    elif isinstance(exc, requests.Timeout):
        err = errors.NetworkError(
            "Zoho took too long to answer.", "Check your internet connection, then try again."
        )
    else:
        err = _proxy_script_error() or errors.NetworkError()
    err.maybe_sent = maybe_sent  # type: ignore[attr-defined]
    return err


def _proxy_script_error() -> errors.NetworkError | None:
    """The plain error for a computer whose proxy is chosen by a script this process does
    not follow (scripts and the CLI: no Qt to run it); None otherwise."""
    from zoho_wizard.core import proxy

    if proxy.resolver_installed() or proxy.pac_setting() is None:
        return None
    return errors.NetworkError(
        "Zoho could not be reached. This computer finds its proxy through your office's "
        "proxy script, which this program follows only in the wizard's window.",
        "Ask your firm's IT person for the proxy's address and set the HTTPS_PROXY "
        "environment variable to it (for example HTTPS_PROXY=http://proxy.example:8080), "
        "then try again.",
    )


def decode_json(response: requests.Response) -> Any:
    """The JSON body, or ``None`` when the body is empty or not JSON."""
    text = response.text
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deeply (found by fuzzing)
        return None
