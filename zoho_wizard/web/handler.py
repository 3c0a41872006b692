"""The "Connect Zoho Books" button's two legs, for any Python web framework.

:meth:`WebHandler.begin` makes the authorization request through the core (state, PKCE
when the client type needs it, ``access_type=offline``, ``prompt=consent``, started at
the app's home accounts server, ``accounts.zoho.com`` for all but China) and says what to
keep in the visitor's session: the state only. The PKCE verifier stays on the server,
with the sign-in, in the store.

:meth:`WebHandler.finish` takes the callback's query and the visitor's session. The
state must be the one this session started, and a sign-in is taken from the store once
(a callback submitted twice is exchanged once). The rest is the desktop's after-sign-in
path (:mod:`zoho_wizard.core.after_sign_in`): the code is exchanged at once at the
accounts server the callback named (retrying a network hiccup only while the code
lives), the keys are stored (sealed), the organizations are listed, and one organization
is saved, or the client picks one (:meth:`WebHandler.choose_organization`).

Every outcome is a :class:`Finished` value, a refusal and an expired code included, with
the desktop's plain message and fix: nothing a person can cause leaks to the framework
as an exception.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

from zoho_wizard.core import after_sign_in, errors, ways_in
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core.after_sign_in import AfterSignIn
from zoho_wizard.core.authorize import (
    AuthRequest,
    CallbackResult,
    error_from_callback,
    parse_callback,
)
from zoho_wizard.core.books import Organization
from zoho_wizard.core.connect import Connector
from zoho_wizard.core.connection import DisconnectReport
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.endpoints import on_this_computer
from zoho_wizard.core.flow import Phase, WizardState
from zoho_wizard.core.logs import register_secrets
from zoho_wizard.core.store import Profile
from zoho_wizard.web.store import ConnectionStore

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

SESSION_KEY = "zoho_wizard_sign_in"
"""The visitor's session key holding the state of the sign-in they started."""


class InsecureRedirectError(errors.ZohoWizardError):
    """The configured redirect URI is not https (and not this computer)."""

    action = errors.Action.NONE

    def __init__(self, redirect_uri: str) -> None:
        self.redirect_uri = redirect_uri
        super().__init__(
            f"The website's Zoho redirect address is not https: {redirect_uri}",
            "Use an https:// address (plain http only works on this computer, for testing), "
            "and register the same address in Zoho's API console.",
        )


class SignInUsedError(errors.OAuthError):
    """The callback of a sign-in that was already finished (sent twice) or is too old."""

    code = "sign_in_used"
    default_message = "This sign-in was already used, or it was started too long ago."
    default_fix = "Click Connect to start again."


class WrongAddressError(errors.OAuthError):
    """The callback reached another address than the configured redirect URI."""

    code = "wrong_address"
    default_message = "The sign-in came back to an address this website does not expect."
    default_fix = "Ask the website's administrator to check the Zoho redirect address."


@dataclass(frozen=True)
class WebClient:
    """The firm's Zoho client, as registered in Zoho's API console (Server-based).

    Attributes:
        client_id: From the API console.
        client_secret: From the API console; never logged or shown.
        redirect_uri: The exact callback address registered there. It comes from here,
            never from a request. https, except on this computer (testing).
        scopes: What to ask for.
        data_center: Where the client was registered (the sign-in starts there; Zoho
            sends each client on to their own data center).
        use_pkce: Send PKCE (Zoho's "Mobile-based" client type needs it).

    Raises:
        InsecureRedirectError: a plain-http redirect URI to another computer.
    """

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str
    scopes: tuple[str, ...]
    data_center: str = "us"
    use_pkce: bool = False

    def __post_init__(self) -> None:
        parts = urlsplit(self.redirect_uri)
        secure = parts.scheme == "https" or (
            parts.scheme == "http" and on_this_computer(self.redirect_uri)
        )
        if not secure or not parts.hostname:
            raise InsecureRedirectError(self.redirect_uri)
        register_secrets(self.client_secret)

    def details(self, user: str) -> ConnectionDetails:
        """The desktop's connection details for ``user``'s connection."""
        return ConnectionDetails(
            name=user,
            client_id=self.client_id,
            client_secret=self.client_secret,
            data_center=self.data_center,
            scopes=self.scopes,
            redirect_uri=self.redirect_uri,
            use_pkce=self.use_pkce,
        )


@dataclass(frozen=True)
class Begun:
    """A started sign-in: send the visitor to ``url`` and keep ``session`` in their
    session (nothing secret in either)."""

    url: str
    session: dict[str, str]


class Outcome(enum.Enum):
    """How a sign-in ended."""

    CONNECTED = "connected"
    CHOOSE_ORGANIZATION = "choose_organization"
    DENIED = "denied"
    FAILED = "failed"


_TITLES = {
    Outcome.CONNECTED: "Zoho Books is connected",
    Outcome.CHOOSE_ORGANIZATION: "Choose your organization",
    Outcome.DENIED: "Nothing was connected",
    Outcome.FAILED: "Zoho Books could not be connected",
}


@dataclass(frozen=True)
class Finished:
    """What a sign-in came to, for the page that says so.

    Attributes:
        outcome: Connected, an organization to choose, a refusal, or a failure.
        user: The portal user.
        profile: The connection (connected, or waiting for the organization).
        organizations: The choices (when one must be chosen).
        error: Why it did not connect (denied or failed), with ``message`` and ``fix``.
        forget: Session keys the framework removes now.
    """

    outcome: Outcome
    user: str = ""
    profile: Profile | None = None
    organizations: tuple[Organization, ...] = ()
    error: errors.ZohoWizardError | None = None
    forget: tuple[str, ...] = (SESSION_KEY,)

    @property
    def title(self) -> str:
        """The page's heading."""
        return _TITLES[self.outcome]

    @property
    def message(self) -> str:
        """What happened, in plain words."""
        if self.error is not None:
            return self.error.message
        if self.outcome is Outcome.CHOOSE_ORGANIZATION:
            return "Your Zoho account has more than one organization. Which one is yours?"
        name = self.profile.organization_name if self.profile else ""
        return f"We can now see the books of {name}." if name else "Your Zoho Books is connected."

    @property
    def fix(self) -> str:
        """What to do next ("" when nothing)."""
        return self.error.fix if self.error is not None else ""

    @property
    def default_organization(self) -> str:
        """The organization to preselect in the picker."""
        chosen = next((o for o in self.organizations if o.is_default), None)
        chosen = chosen or (self.organizations[0] if self.organizations else None)
        return chosen.organization_id if chosen else ""


@dataclass(frozen=True)
class Disconnected:
    """What Disconnect did.

    Attributes:
        report: What became of the key at Zoho and here (None: nothing was removed).
        error: Why nothing could be done (a wrong encryption key...), or None.
    """

    report: DisconnectReport | None
    error: errors.ZohoWizardError | None = None


def _failed(user: str, error: errors.ZohoWizardError) -> Finished:
    outcome = Outcome.DENIED if isinstance(error, errors.AccessDeniedError) else Outcome.FAILED
    return Finished(outcome, user, error=error)


class WebHandler:
    """Both legs of the website's sign-in, and the organization choice.

    Args:
        client: The firm's Zoho client.
        store: Where connections and sign-ins in progress are kept.
        session: The HTTP session for Zoho calls.
        clock, sleep: Injected for tests.
    """

    def __init__(
        self,
        client: WebClient,
        store: ConnectionStore,
        *,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.store = store
        self.endpoints = store.endpoints
        self.session = session
        self.clock = clock
        self.sleep = sleep

    @property
    def callback_path(self) -> str:
        """The path of the configured redirect URI (where the framework routes it)."""
        return urlsplit(self.client.redirect_uri).path or "/"

    def begin(self, user: str) -> Begun:
        """Start a sign-in for portal user ``user``.

        Returns:
            The authorization URL and the session values to keep (the state).
        """
        request = ways_in.new_request(self.endpoints, self.client.details(user))
        self.store.add_sign_in(request.state, user, request.accounts_url, request.code_verifier)
        return Begun(request.url, {SESSION_KEY: request.state})

    def finish(
        self,
        query: Mapping[str, str] | str,
        session: Mapping[str, object],
        *,
        user: str,
        path: str | None = None,
    ) -> Finished:
        """Finish the sign-in the callback answers (see the module docstring).

        Args:
            query: The callback's query parameters (a mapping, or the raw query string).
            session: The visitor's session (where :meth:`begin`'s values were kept).
            user: The portal user now signed in to the website.
            path: The path the callback arrived at, when the framework gives it.
        """
        text = query if isinstance(query, str) else urlencode(list(query.items()))
        callback = parse_callback("?" + text.lstrip("?"))
        expected = session.get(SESSION_KEY)
        if path is not None and path != self.callback_path:
            return _failed(user, WrongAddressError())
        if callback.is_refusal:
            if isinstance(expected, str) and expected == callback.state:
                self.store.claim_sign_in(expected)  # this sign-in is over
            return _failed(user, error_from_callback(callback))
        if not isinstance(expected, str) or not expected or callback.state != expected:
            return _failed(user, errors.StateMismatchError())
        try:
            pending = self.store.claim_sign_in(expected)
            if pending is None:
                # Sent twice: the first request has (or is) exchanging the code.
                done = self.status(user)
                return (
                    done if done.outcome is not Outcome.FAILED else _failed(user, SignInUsedError())
                )
            if pending.user != user:
                return _failed(user, errors.StateMismatchError())
            request = AuthRequest(
                url="",
                accounts_url=pending.accounts_url,
                client_id=self.client.client_id,
                redirect_uri=self.client.redirect_uri,  # configured, never the request's
                scopes=self.client.scopes,
                state=expected,
                code_verifier=pending.code_verifier,
            )
            return self._after_sign_in(user, request, callback)
        except errors.ZohoWizardError as exc:
            return _failed(user, exc)
        except Exception:
            log.exception("the website's sign-in failed unexpectedly")
            return _failed(user, errors.UnexpectedStoreError())

    def _after_sign_in(self, user: str, request: AuthRequest, callback: CallbackResult) -> Finished:
        """The callback checks, then exchange → store → organizations → save."""
        details = self.client.details(user)
        state = wizard_flow.details_submitted(WizardState(), details, request)
        server = self.endpoints.lookup_before_check(request, callback)
        if server is not None:
            self.endpoints.look_up(server)  # a data center newer than the built-in table
        state = wizard_flow.callback_caught(
            state,
            callback,
            self.clock(),  # the code's minute starts now
            allowed_accounts_servers=self.endpoints.allowed_accounts_servers(),
        )
        if state.error is not None:
            return _failed(user, state.error)
        after = AfterSignIn(self._connector())
        state = wizard_flow.exchange_started(state)
        state = after_sign_in.exchanged(state, after.exchange(state))
        if state.phase is Phase.STORING:
            state = wizard_flow.stored(state, after.store(state))
        if state.error is not None:
            return _failed(user, state.error)
        try:
            state = after_sign_in.organizations_found(state, after.organizations(state))
        except errors.ZohoWizardError as exc:
            state = wizard_flow.failed(state, exc)
        if state.error is not None:
            if state.profile is not None and not state.profile.organization_id:
                # A new connection nobody can finish: its key is withdrawn at Zoho at once
                # (a reconnect keeps working with its organization, so it stays).
                after.discard(state)
            return _failed(user, state.error)
        if after_sign_in.confirmed_without_asking(state):
            saved = after.save_organization(wizard_flow.saving_organization(state))
            self.store.set_organizations(user, ())
            return Finished(Outcome.CONNECTED, user, saved)
        if state.profile is None:
            return _failed(user, errors.UnexpectedStoreError())
        profile = replace(state.profile, user_email=state.user_email or state.profile.user_email)
        self.store.save_profile(profile)
        self.store.set_organizations(user, state.organizations)
        return Finished(Outcome.CHOOSE_ORGANIZATION, user, profile, state.organizations)

    def _connector(self) -> Connector:
        return Connector(
            self.endpoints,
            self.store.profiles(),
            self.store.secrets(),
            session=self.session,
            clock=self.clock,
            sleep=self.sleep,
        )

    def choose_organization(self, user: str, organization_id: str) -> Finished:
        """Save the organization the client picked (one of those the sign-in listed)."""
        try:
            choices = self.store.organizations(user)
            waiting = self.store.profile(user)
            chosen = next((o for o in choices if o.organization_id == organization_id), None)
            if waiting is None or not choices:
                return _failed(user, SignInUsedError())
            if chosen is None:
                return Finished(Outcome.CHOOSE_ORGANIZATION, user, waiting, choices)
            profile = self._connector().choose_organization(waiting, chosen, waiting.user_email)
            self.store.set_organizations(user, ())
            return Finished(Outcome.CONNECTED, user, profile)
        except errors.ZohoWizardError as exc:
            return _failed(user, exc)

    def status(self, user: str) -> Finished:
        """Where ``user``'s connection stands: connected, an organization to choose, or
        none (FAILED without an error)."""
        profile = self.store.profile(user)
        if profile is None:
            return Finished(Outcome.FAILED, user)
        if profile.organization_id:
            return Finished(Outcome.CONNECTED, user, profile)
        choices = self.store.organizations(user)
        if choices:
            return Finished(Outcome.CHOOSE_ORGANIZATION, user, profile, choices)
        return Finished(Outcome.FAILED, user)

    def disconnect(self, user: str) -> Disconnected:
        """Revoke ``user``'s key at Zoho and forget the connection here."""
        try:
            return Disconnected(self.store.disconnect(user))
        except errors.ConnectionNotFoundError:
            return Disconnected(None)
        except errors.ZohoWizardError as exc:
            return Disconnected(None, exc)


def forget(session: MutableMapping[str, object], finished: Finished) -> None:
    """Remove the session values a finished sign-in no longer needs."""
    for key in finished.forget:
        session.pop(key, None)
