"""One exception hierarchy for everything a user can run into.

Every error carries a plain-language ``message`` (what happened), a ``fix`` (what to do)
and an ``action`` (the button the UI offers). The UI branches on the class or the action,
never on the text. No error ever holds a token, code, secret or verifier in its text.
"""

from __future__ import annotations

import enum
import sys


class Action(enum.Enum):
    """The one-click way forward the UI offers for an error."""

    NONE = "none"
    TRY_AGAIN = "try_again"  # start the sign-in again with the same details
    BACK_TO_DETAILS = "back_to_details"  # go back and correct a field
    COPY_REDIRECT_URI = "copy_redirect_uri"  # copy the URI to register
    OPEN_API_CONSOLE = "open_api_console"  # open Zoho's API console
    WAIT = "wait"  # wait, then try again (a timer shows how long)
    RECONNECT = "reconnect"  # sign in again, keeping every setting
    RETRY = "retry"  # repeat the same step (network hiccup)
    CHOOSE_STORAGE = "choose_storage"  # pick where secrets are kept
    COPY_ADMIN_MESSAGE = "copy_admin_message"  # copy what the firm's IT admin must change
    FIX_PERMISSIONS = "fix_permissions"  # make a setup file private, then open it


class ZohoWizardError(Exception):
    """Base of every error the product raises on purpose.

    Attributes:
        message: What happened, in plain words.
        fix: What the person can do about it.
        action: The button the UI offers.
        retryable: True when repeating the same request may succeed (network trouble).
    """

    default_message = "Something went wrong."
    default_fix = "Try again. If it keeps happening, ask your firm's IT person."
    action: Action = Action.TRY_AGAIN
    retryable = False

    def __init__(
        self, message: str | None = None, fix: str | None = None, *, action: Action | None = None
    ) -> None:
        self.message = message or self.default_message
        self.fix = fix or self.default_fix
        if action is not None:
            self.action = action
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.fix}".strip()


# --- network ---------------------------------------------------------------------------


class NetworkError(ZohoWizardError):
    """Zoho could not be reached, or the connection broke; repeating may help."""

    default_message = "Zoho could not be reached."
    default_fix = "Check your internet connection, then try again."
    action = Action.RETRY
    retryable = True


class ServerError(ZohoWizardError):
    """Zoho answered, but with something we cannot use (HTTP 5xx, HTML, empty body)."""

    default_message = "Zoho sent an answer this program could not understand."
    default_fix = "Zoho may be having trouble. Wait a minute, then try again."
    action = Action.RETRY
    retryable = True

    def __init__(
        self,
        message: str | None = None,
        fix: str | None = None,
        *,
        status: int | None = None,
        action: Action | None = None,
    ) -> None:
        self.status = status
        super().__init__(message, fix, action=action)


# --- OAuth: the sign-in round trip ------------------------------------------------------


class OAuthError(ZohoWizardError):
    """Zoho refused a sign-in or token request; ``code`` is Zoho's ``error`` value."""

    code = "unknown"

    def __init__(
        self,
        message: str | None = None,
        fix: str | None = None,
        *,
        code: str | None = None,
        action: Action | None = None,
    ) -> None:
        if code is not None:
            self.code = code
        super().__init__(message, fix, action=action)


class InvalidCodeError(OAuthError):
    """The one-time code expired or was already used (or a refresh token is dead)."""

    code = "invalid_code"
    default_message = "Zoho says the sign-in code has expired or was already used."
    default_fix = "Sign in again; the new code will be used straight away."


class CodeExpiredError(OAuthError):
    """Our own countdown ran out before the exchange succeeded."""

    code = "code_expired"
    default_message = "The sign-in code expired before it could be used."
    default_fix = "Sign in again. It only takes a moment, and your details are kept."


class InvalidClientError(OAuthError):
    """Wrong client ID, or the right client at a data center it is not enabled for."""

    code = "invalid_client"
    default_message = "Zoho did not accept this client ID and secret for this data center."
    default_fix = (
        "Check the client ID and the client secret. If both are right, your firm's admin "
        "must turn on Multi-DC for this client in Zoho's API console (Settings tab), and "
        "give the secret for this data center if the firm uses one secret per data center."
    )
    action = Action.OPEN_API_CONSOLE


class UnknownClientIdError(InvalidClientError):
    """Zoho's sign-in page refused the client ID (only the ID travels with the sign-in)."""

    default_message = "Zoho did not accept this client ID for this data center."
    default_fix = (
        "Check the client ID. If it is right, your firm's admin must turn on Multi-DC "
        "for this client in Zoho's API console (Settings tab)."
    )


class InvalidClientSecretError(OAuthError):
    """Wrong client secret (or the per-data-center secret was not given)."""

    code = "invalid_client_secret"
    default_message = "Zoho says the client secret is wrong."
    default_fix = (
        "Copy the client secret again from Zoho's API console. If your firm uses "
        "a different secret for each data center, use the one for your data "
        "center."
    )
    action = Action.BACK_TO_DETAILS


class InvalidRedirectUriError(OAuthError):
    """The redirect URI is not registered for this client."""

    code = "invalid_redirect_uri"
    default_message = "Zoho says the redirect address is not registered for this client."
    default_fix = (
        "Copy the redirect address shown on the details page and add it, exactly, "
        "to the client in Zoho's API console."
    )
    action = Action.COPY_REDIRECT_URI


class InvalidScopeError(OAuthError):
    """A requested scope does not exist or is not allowed for this client."""

    code = "invalid_scope"
    default_message = "Zoho did not accept the access this connection asks for."
    default_fix = "Go back and choose fewer or different kinds of access."
    action = Action.BACK_TO_DETAILS


class AccessDeniedError(OAuthError):
    """The person clicked Deny on Zoho's consent page."""

    code = "access_denied"
    default_message = "You chose not to allow access, so nothing was connected."
    default_fix = "If that was a mistake, sign in again and click Accept."


class ThrottledError(OAuthError):
    """Zoho's "too many requests" answer; do not retry before ``retry_after`` seconds."""

    code = "Access Denied"
    default_message = "Zoho is limiting requests because too many were made in a short time."
    default_fix = "Wait about {minutes} minutes before trying again; nothing needs changing."
    action = Action.WAIT

    def __init__(
        self,
        message: str | None = None,
        fix: str | None = None,
        *,
        retry_after: float = 900.0,
        code: str | None = None,
    ) -> None:
        self.retry_after = retry_after
        minutes = max(1, round(retry_after / 60))
        super().__init__(message, fix or self.default_fix.format(minutes=minutes), code=code)


class StateMismatchError(OAuthError):
    """The callback's state does not belong to the sign-in we started."""

    code = "state_mismatch"
    default_message = (
        "The answer from the sign-in page did not belong to this sign-in, so "
        "it was ignored for your safety."
    )
    default_fix = "Start the sign-in again."


class UnknownAccountsServerError(OAuthError):
    """The callback named an accounts server that is not a known Zoho data center."""

    code = "unknown_accounts_server"
    default_message = (
        "The sign-in page sent the code to a server that is not one of Zoho's, so it was not used."
    )
    default_fix = "Start the sign-in again. If it happens again, tell your firm's IT person."


class IssuerMismatchError(UnknownAccountsServerError):
    """The callback's ``iss`` (RFC 9207) names another server than the one the code is for."""

    code = "issuer_mismatch"
    default_message = (
        "The sign-in answer named a different Zoho server than the one it came from, so "
        "the code was not used."
    )
    default_fix = "Start the sign-in again. If it happens again, tell your firm's IT person."


class UnknownApiDomainError(OAuthError):
    """Zoho's answer named no API domain that belongs to the user's data center."""

    code = "unknown_api_domain"
    default_message = (
        "Zoho did not say where your data center's Zoho Books is, so nothing was connected."
    )
    default_fix = (
        "Try again later. If it keeps happening, tell your firm's IT person; the details "
        "are in this program's log file."
    )


class MissingRefreshTokenError(OAuthError):
    """Zoho issued no refresh token, so the connection would die within an hour."""

    code = "no_refresh_token"
    default_message = (
        "Zoho did not give this program a long-lasting key, so the connection "
        "would stop working within an hour."
    )
    default_fix = "Sign in again and click Accept on Zoho's page."


class CallbackError(OAuthError):
    """The redirect came back without a code and without a known error."""

    code = "bad_callback"
    default_message = "Zoho's sign-in page came back without a sign-in code."
    default_fix = "Start the sign-in again."


# --- where keys may go --------------------------------------------------------------------


def _host_of(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return urlsplit(url.strip()).hostname or url
    except ValueError:
        return url


class RedirectRefusedError(ZohoWizardError):
    """A token, refresh or revoke call was answered with a redirect. It is never followed:
    the request's body holds the client secret and a code or refresh token.

    Attributes:
        status: The HTTP status of the redirect (301, 302, 303, 307, 308).
        location: Where the answer pointed (no secret: the request's body is not in it).
    """

    default_message = (
        "The sign-in server answered by pointing this program to another address, so your "
        "keys were not sent on."
    )
    default_fix = (
        "Try again. If it keeps happening, tell your firm's IT person: a proxy or a "
        "custom server address may be sending this program elsewhere."
    )
    action = Action.TRY_AGAIN

    def __init__(self, status: int, location: str = "") -> None:
        self.status = status
        self.location = location
        super().__init__()


class InsecureOverrideError(ZohoWizardError):
    """An accounts or API address given to this run (``--accounts-url``, ``--api-url`` or
    their environment variables) uses plain http to another computer.

    Attributes:
        url: The address as given.
        host: Its host.
        api: True for the API address, False for the accounts server.
    """

    default_message = (
        "The server address given to this program uses plain http, which would send your "
        "keys unprotected, so it was not used."
    )
    default_fix = (
        "Give its https:// address instead. Plain http is only allowed for a server on "
        "this computer (like http://127.0.0.1:PORT)."
    )
    action = Action.NONE

    def __init__(self, url: str, *, api: bool = False) -> None:
        self.url = url
        self.host = _host_of(url)
        self.api = api
        super().__init__()


class OtherHostRefusedError(ZohoWizardError):
    """``BooksSession`` was asked to send the connection's token somewhere else than its
    API domain (without ``allow_other_hosts=True``), or over plain http to another
    computer (never allowed).

    Attributes:
        url: The address the call was for.
        host: Its host.
    """

    default_message = (
        "This program sends a connection's key only to that connection's Zoho address, "
        "so the request was not sent."
    )
    default_fix = (
        "Use an address relative to the API (like “invoices”). If this host really must "
        "get the key, pass allow_other_hosts=True; plain http is only allowed to this "
        "computer."
    )
    action = Action.NONE

    def __init__(self, url: str) -> None:
        self.url = url
        self.host = _host_of(url)
        super().__init__()


# --- Zoho Books API ---------------------------------------------------------------------


class BooksError(ZohoWizardError):
    """The Books API refused a call; ``code`` is the Books error code in the body."""

    default_message = "Zoho Books refused the request."

    def __init__(
        self,
        message: str | None = None,
        fix: str | None = None,
        *,
        code: int | None = None,
        status: int | None = None,
        action: Action | None = None,
    ) -> None:
        self.code = code
        self.status = status
        super().__init__(message, fix, action=action)


class BooksAuthError(BooksError):
    """401: the token is invalid, expired, revoked or lacks a scope (codes 14 and 57)."""

    default_message = "Zoho Books did not accept this connection's sign-in."
    default_fix = "Reconnect to sign in again; your settings are kept."
    action = Action.RECONNECT


class BooksRateLimitError(BooksError):
    """429: too many Books calls for this organization."""

    default_message = "Zoho Books is limiting requests for this organization."
    default_fix = "Wait a minute, then try again."
    action = Action.WAIT

    def __init__(
        self,
        message: str | None = None,
        fix: str | None = None,
        *,
        code: int | None = None,
        status: int | None = 429,
        retry_after: float = 60.0,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, fix, code=code, status=status)


class NoAllowedOrganizationError(BooksError):
    """None of the user's organizations is on the firm's preset list."""

    default_message = (
        "None of the organizations this Zoho account can reach is allowed by your "
        "firm's settings, so nothing was connected."
    )
    default_fix = (
        "Sign in with the Zoho account your firm set up for this, or ask your firm's IT "
        "person which organizations you may connect."
    )
    action = Action.TRY_AGAIN


class NoOrganizationsError(BooksError):
    """The Zoho user has no Books organization."""

    default_message = "This Zoho account has no Zoho Books organization."
    default_fix = (
        "Sign in with the Zoho account that uses Zoho Books, or create an "
        "organization in Zoho Books first."
    )


# --- storage ----------------------------------------------------------------------------


class StorageError(ZohoWizardError):
    """Secrets or settings could not be saved or read."""

    default_message = "Your connection could not be saved."
    default_fix = "Try again."


class KeyringUnavailableError(StorageError):
    """No usable secure store (keyring) on this computer, or it is locked."""

    default_message = "This computer has no usable password store for the connection's keys."
    default_fix = (
        "Unlock or set up your system's password store (for example GNOME Keyring "
        "or KWallet), or keep this connection for this session only."
    )
    action = Action.CHOOSE_STORAGE

    def __init__(self, message: str | None = None, fix: str | None = None) -> None:
        super().__init__(message, fix or keyring_fix())


def keyring_fix(platform: str | None = None) -> str:
    """What to do about an unusable password store, naming this OS's store."""
    platform = platform or sys.platform
    if platform == "win32":
        return (
            "Check that Windows Credential Manager can be used: sign in to Windows as "
            "yourself (a scheduled task or a remote shell has no access to it), or ask "
            "your firm's IT person whether a policy turns it off. Or keep this "
            "connection for this session only."
        )
    if platform == "darwin":
        return (
            "Unlock your Mac's login keychain (in Keychain Access) and allow Zoho Wizard "
            "when your Mac asks, or keep this connection for this session only."
        )
    return KeyringUnavailableError.default_fix


class SecretMissingError(StorageError):
    """A secret the connection needs is not in the keyring (deleted or damaged)."""

    default_message = "A saved key for this connection is missing or damaged."
    default_fix = "Reconnect to sign in again; your other settings are kept."
    action = Action.RECONNECT


class ProfileCorruptError(StorageError):
    """The connections file cannot be read."""

    def __init__(self, path: str, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"The saved connections file could not be read: {path}",
            "Rename or delete that file, then connect again. Your keys stay in the password store.",
            action=Action.NONE,
        )


class SettingsBusyError(ProfileCorruptError):
    """The connections file could not be opened or replaced for a while: another program
    (a second copy of the wizard, a backup or antivirus scan) has it open, which Windows
    refuses with WinError 5 or 32. The file is not damaged."""

    def __init__(self, path: str) -> None:
        StorageError.__init__(
            self,
            f"The saved connections file is in use by another program: {path}",
            "Wait a moment, then try again. If it keeps happening, close other copies of "
            "this program, or ask your firm's IT person about programs that scan or back "
            "up that folder.",
            action=Action.RETRY,
        )
        self.path = path
        self.detail = "in use by another program"


class ConnectionNotFoundError(StorageError):
    """No saved connection has that name."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"There is no saved connection called “{name}”.",
            "Check the name, or make the connection in the wizard first.",
            action=Action.NONE,
        )


class UnexpectedStoreError(StorageError):
    """Saving the keys failed in a way nobody planned for (the keys stay in hand)."""

    default_message = "Something unexpected went wrong while saving your keys."
    default_fix = (
        "Try again. If it keeps happening, ask your firm's IT person; the details are in "
        "this program's log file."
    )
    action = Action.RETRY


class UntrustedServerError(StorageError):
    """A saved connection names an accounts server or API domain that is not on the
    data-center list, not an override given now, and not on this computer.

    Attributes:
        url: The saved address that was refused.
        host: Its host.
    """

    default_message = (
        "This connection's saved settings point to a server that is not one of Zoho's, "
        "so no key was sent there."
    )
    default_fix = (
        "Reconnect to sign in again, so Zoho's servers are recorded. If a test server is "
        "meant, give its address again with --accounts-url or --api-url."
    )
    action = Action.RECONNECT

    def __init__(self, url: str) -> None:
        self.url = url
        self.host = _host_of(url)
        super().__init__()


# What staff read under an error only the firm's admin can fix (the error's own fix is in
# the message they copy for the admin).
FIX_BY_ADMIN = (
    "Your firm's IT admin needs to change a setting of the app in Zoho. Copy them the "
    "message: it says exactly what to change. Then sign in again."
)
