"""The buttons offered with an error (core.screen.recovery_offers), as a table: every error
class x every way in x every situation, with the rules that protect the person; then the
wait countdown and when the own browser's sign-in is forgotten."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

import pytest

from zoho_wizard.core import errors, navigation, ways_in
from zoho_wizard.core import flow as f
from zoho_wizard.core import own_browser as ob
from zoho_wizard.core.authorize import AuthRequest, begin_authorization, parse_callback
from zoho_wizard.core.books import Organization
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.flow import Step, WayIn, WizardState
from zoho_wizard.core.screen import (
    Offer,
    ScreenState,
    recovery_offers,
    settle_own_browser,
    wait_seconds_left,
)
from zoho_wizard.core.store import Profile
from zoho_wizard.core.tokens import TokenSet

Action = errors.Action
T0 = 1_700_000_000.0
ACCOUNTS = "https://accounts.zoho.eu"
DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-secret-0123456789",
    data_center="eu",
    scopes=("ZohoBooks.settings.READ",),
    redirect_uri="http://127.0.0.1:47214/callback",
)
TOKENS = TokenSet(access_token="fake-access", expires_at=T0 + 3600, refresh_token="fake-refresh")
PROFILE = Profile(
    name="Acme Ltd",
    client_id=DETAILS.client_id,
    data_center="eu",
    accounts_server=ACCOUNTS,
    api_domain="https://www.zohoapis.eu",
    scopes=DETAILS.scopes,
    organization_id="111",
)
ORGS = (Organization("111", "Zillum", is_default=True), Organization("222", "Other Co"))


def _request(seed: int = 1) -> AuthRequest:
    return begin_authorization(
        accounts_url=ACCOUNTS,
        client_id=DETAILS.client_id,
        redirect_uri=DETAILS.redirect_uri,
        scopes=DETAILS.scopes,
        token_bytes=lambda k: bytes([seed]) * k,
    )


# --- the errors: every class the product raises, plus every action -------------------------


def _error_classes() -> list[type[errors.ZohoWizardError]]:
    found, todo = [], [errors.ZohoWizardError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted((c for c in found if c.__module__ == errors.__name__), key=lambda c: c.__name__)


# The errors that cannot be made without saying what they are about.
_ARGUMENTS: dict[type[errors.ZohoWizardError], tuple[object, ...]] = {
    errors.ProfileCorruptError: ("/home/anna/.config/zoho-wizard/connections.json",),
    errors.SettingsBusyError: ("/home/anna/.config/zoho-wizard/connections.json",),
    errors.ConnectionNotFoundError: ("Acme Ltd",),
    errors.RedirectRefusedError: (307, "https://elsewhere.example/steal"),
    errors.InsecureOverrideError: ("http://staging.example",),
    errors.UntrustedServerError: ("https://staging.example",),
    errors.OtherHostRefusedError: ("https://elsewhere.example/x",),
}


def _make(cls: type[errors.ZohoWizardError]) -> errors.ZohoWizardError:
    return cls(*_ARGUMENTS.get(cls, ()))


# A fresh error per test (an error is a value the state holds; none is shared).
ERRORS: dict[str, Callable[[], errors.ZohoWizardError]] = {
    cls.__name__: partial(_make, cls) for cls in _error_classes()
}
ERRORS |= {f"action={a.value}": partial(errors.ZohoWizardError, action=a) for a in Action}
ERRORS["console code spent"] = lambda: ways_in.self_client_failure(errors.InvalidCodeError())
ERRORS["already revoked"] = lambda: errors.OAuthError(
    "Zoho no longer knows this key.", code="invalid_token", action=Action.NONE
)


def test_every_error_class_can_be_shown() -> None:
    """A new error class that needs arguments must be added to the table above."""
    classes = _error_classes()
    assert {errors.KeyringUnavailableError, errors.ThrottledError} <= set(classes)
    assert len(classes) >= 25
    for cls in classes:
        error = _make(cls)
        assert error.message and error.fix, cls
        assert isinstance(error.action, Action), cls


# --- the situations: where the error happened -----------------------------------------------


def _caught(way_in: WayIn, reconnect: bool = False) -> WizardState:
    """The flow just after the code arrived, by ``way_in``."""
    start = navigation.reconnect(DETAILS) if reconnect else navigation.initial_state(False)
    if way_in is WayIn.CONSOLE_CODE:
        return f.self_client_code_entered(start, DETAILS, "console-code", ACCOUNTS, T0, 180.0)
    request = _request()
    state = f.way_in_chosen(f.details_submitted(start, DETAILS, request), way_in)
    callback = parse_callback(
        f"{DETAILS.redirect_uri}?state={request.state}&code=redirect-code&location=eu"
    )
    return f.callback_caught(state, callback, T0, allowed_accounts_servers=(ACCOUNTS,))


def _before_keys(way_in: WayIn, error: errors.ZohoWizardError) -> ScreenState:
    return ScreenState(f.failed(_caught(way_in), error))


def _keys_unsaved(way_in: WayIn, error: errors.ZohoWizardError) -> ScreenState:
    return ScreenState(f.failed(f.exchange_succeeded(_caught(way_in), TOKENS), error))


def _keys_unsaved_session_only(way_in: WayIn, error: errors.ZohoWizardError) -> ScreenState:
    return replace(_keys_unsaved(way_in, error), session_only=True)


def _saved_organizations_failed(way_in: WayIn, error: errors.ZohoWizardError) -> ScreenState:
    state = f.stored(f.exchange_succeeded(_caught(way_in), TOKENS), PROFILE)
    return ScreenState(f.failed(state, error))


def _held_organizations_failed(way_in: WayIn, error: errors.ZohoWizardError) -> ScreenState:
    state = f.exchange_succeeded(_caught(way_in, reconnect=True), TOKENS)
    return ScreenState(f.failed(f.reconnect_signed_in(state, PROFILE), error))


def _on_organization_step(way_in: WayIn, error: errors.ZohoWizardError) -> ScreenState:
    state = f.stored(f.exchange_succeeded(_caught(way_in), TOKENS), PROFILE)
    return ScreenState(f.failed(f.organizations_loaded(state, ORGS), error))


SITUATIONS: dict[str, Callable[[WayIn, errors.ZohoWizardError], ScreenState]] = {
    "before_keys": _before_keys,
    "keys_unsaved": _keys_unsaved,
    "keys_unsaved_session_only": _keys_unsaved_session_only,
    "saved_organizations_failed": _saved_organizations_failed,
    "reconnect_held_organizations_failed": _held_organizations_failed,
    "organization_step": _on_organization_step,
}


def test_the_situations_are_what_they_say() -> None:
    error = errors.NetworkError()
    for way_in in WayIn:
        before = _before_keys(way_in, error).flow
        assert before.tokens is None and before.step is Step.FINISHING
        unsaved = _keys_unsaved(way_in, error).flow
        assert unsaved.tokens is not None and unsaved.profile is None
        saved = _saved_organizations_failed(way_in, error).flow
        assert saved.profile is not None and not saved.tokens_held
        held = _held_organizations_failed(way_in, error).flow
        assert held.profile is not None and held.tokens_held
        assert _on_organization_step(way_in, error).step is Step.ORGANIZATION
        assert before.way_in is way_in


# --- the rules, for every error x way in x situation ----------------------------------------


@pytest.mark.parametrize("situation", SITUATIONS)
@pytest.mark.parametrize("way_in", WayIn, ids=lambda w: w.value)
@pytest.mark.parametrize("error_name", ERRORS)
def test_the_offers_always_give_a_way_forward(
    error_name: str, way_in: WayIn, situation: str
) -> None:
    error = ERRORS[error_name]()
    ui = SITUATIONS[situation](way_in, error)
    assert ui.flow.error is error and ui.flow.way_in is way_in
    offers = recovery_offers(ui)
    actions = [o.action for o in offers]

    if not (situation == "organization_step" and error.action is Action.NONE):
        assert offers, "no button at all: the person is stuck"
    if offers:
        assert offers[0].primary, "the main button comes first"
        assert sum(o.primary for o in offers) == 1, "exactly one main button"
    assert len(set(actions)) == len(actions), f"a button twice: {actions}"

    if situation == "before_keys" and way_in is WayIn.CONSOLE_CODE:
        # No sign-in to repeat: "try again" means "paste a new code", and says so.
        assert all(o.label == "new_code" for o in offers if o.action is Action.TRY_AGAIN)
        assert Action.RECONNECT not in actions
    if situation.startswith("keys_unsaved"):
        # Signing in again would throw away keys Zoho already issued.
        assert Action.TRY_AGAIN not in actions and Action.RECONNECT not in actions
        assert offers[0] == Offer(Action.RETRY, True, "save")
        assert (Action.CHOOSE_STORAGE in actions) is (situation == "keys_unsaved")
    if situation == "reconnect_held_organizations_failed":
        # The held keys can still be used (list the organizations again, now or later).
        assert {Action.RETRY, Action.WAIT} & set(actions)
    if situation in ("saved_organizations_failed", "reconnect_held_organizations_failed"):
        assert Action.CHOOSE_STORAGE not in actions  # the keys are not what failed
        assert Action.BACK_TO_DETAILS not in actions  # no way back past issued keys


@pytest.mark.parametrize("situation", SITUATIONS)
def test_no_error_no_buttons(situation: str) -> None:
    ui = SITUATIONS[situation](WayIn.EMBEDDED, errors.NetworkError())
    assert recovery_offers(replace(ui, flow=replace(ui.flow, error=None))) == ()


# --- the important rows, spelled out ---------------------------------------------------------

P = True  # primary


def _row(way_in: WayIn, situation: str, error: errors.ZohoWizardError, *expected: Offer) -> object:
    return pytest.param(
        way_in, situation, error, expected, id=f"{way_in.value}-{situation}-{type(error).__name__}"
    )


@pytest.mark.parametrize(
    ("way_in", "situation", "error", "expected"),
    [
        # A sign-in refused for the client: only the admin can fix it, so the main button
        # copies a message for them; the console (for an admin at the keyboard) is next.
        _row(
            WayIn.EMBEDDED,
            "before_keys",
            errors.InvalidClientError(),
            Offer(Action.COPY_ADMIN_MESSAGE, P),
            Offer(Action.OPEN_API_CONSOLE),
            Offer(Action.TRY_AGAIN),
        ),
        _row(
            WayIn.OWN_BROWSER,
            "before_keys",
            errors.InvalidRedirectUriError(),
            Offer(Action.COPY_ADMIN_MESSAGE, P),
            Offer(Action.OPEN_API_CONSOLE),
            Offer(Action.TRY_AGAIN),
        ),
        _row(
            WayIn.EMBEDDED,
            "before_keys",
            errors.AccessDeniedError(),
            Offer(Action.TRY_AGAIN, P),
            Offer(Action.BACK_TO_DETAILS),
        ),
        _row(
            WayIn.EMBEDDED,
            "before_keys",
            errors.InvalidClientSecretError(),
            Offer(Action.BACK_TO_DETAILS, P),
            Offer(Action.TRY_AGAIN),
        ),
        _row(
            WayIn.EMBEDDED,
            "before_keys",
            errors.NetworkError(),
            Offer(Action.TRY_AGAIN, P),
            Offer(Action.BACK_TO_DETAILS),
        ),
        # Zoho's rate limit: wait, with a way out.
        _row(
            WayIn.EMBEDDED,
            "before_keys",
            errors.ThrottledError(),
            Offer(Action.WAIT, P),
            Offer(Action.BACK_TO_DETAILS),
        ),
        _row(
            WayIn.CONSOLE_CODE,
            "before_keys",
            errors.ThrottledError(),
            Offer(Action.WAIT, P),
            Offer(Action.BACK_TO_DETAILS),
        ),
        # A code from the API console: a new code, or the console.
        _row(
            WayIn.CONSOLE_CODE,
            "before_keys",
            errors.InvalidClientError(),
            Offer(Action.OPEN_API_CONSOLE, P),
            Offer(Action.TRY_AGAIN, False, "new_code"),
        ),
        _row(
            WayIn.CONSOLE_CODE,
            "before_keys",
            ways_in.self_client_failure(errors.CodeExpiredError()),
            Offer(Action.TRY_AGAIN, P, "new_code"),
            Offer(Action.OPEN_API_CONSOLE),
        ),
        _row(
            WayIn.CONSOLE_CODE,
            "before_keys",
            errors.InvalidClientSecretError(),
            Offer(Action.BACK_TO_DETAILS, P),
        ),
        # Keys in hand, the password store refused.
        _row(
            WayIn.CONSOLE_CODE,
            "keys_unsaved",
            errors.KeyringUnavailableError(),
            Offer(Action.RETRY, P, "save"),
            Offer(Action.CHOOSE_STORAGE),
        ),
        _row(
            WayIn.EMBEDDED,
            "keys_unsaved_session_only",
            errors.UnexpectedStoreError(),
            Offer(Action.RETRY, P, "save"),
        ),
        # Saved; listing the organizations failed.
        _row(
            WayIn.EMBEDDED,
            "saved_organizations_failed",
            errors.BooksAuthError(),
            Offer(Action.TRY_AGAIN, P),
            Offer(Action.RETRY),
        ),
        _row(
            WayIn.EMBEDDED,
            "saved_organizations_failed",
            errors.BooksRateLimitError(),
            Offer(Action.WAIT, P),
        ),
        _row(
            WayIn.OWN_BROWSER,
            "saved_organizations_failed",
            errors.NetworkError(),
            Offer(Action.RETRY, P),
        ),
        # The organization step.
        _row(
            WayIn.EMBEDDED,
            "organization_step",
            errors.NoAllowedOrganizationError(),
            Offer(Action.TRY_AGAIN, P),  # with another Zoho account
        ),
        _row(
            WayIn.CONSOLE_CODE,
            "organization_step",
            errors.NetworkError(),
            Offer(Action.RETRY, P),
        ),
        _row(
            WayIn.EMBEDDED,
            "organization_step",
            errors.ProfileCorruptError("/x/connections.json"),  # nothing to press: fix the file
        ),
    ],
)
def test_the_offers_for_the_cases_that_matter(
    way_in: WayIn,
    situation: str,
    error: errors.ZohoWizardError,
    expected: tuple[Offer, ...],
) -> None:
    assert recovery_offers(SITUATIONS[situation](way_in, error)) == expected


# --- "wait": how long until trying again makes sense -----------------------------------------


@pytest.mark.parametrize(
    ("error", "failed_at", "now", "left"),
    [
        (errors.ThrottledError(retry_after=900), T0, T0, 900.0),
        (errors.ThrottledError(retry_after=900), T0, T0 + 100, 800.0),
        (errors.ThrottledError(retry_after=900), T0, T0 + 900, 0.0),
        (errors.ThrottledError(retry_after=900), T0, T0 + 5000, 0.0),  # never negative
        (errors.BooksRateLimitError(retry_after=60), T0, T0 + 45, 15.0),
        (errors.ThrottledError(retry_after=900), None, T0, 0.0),  # no failure time known
        (errors.NetworkError(), T0, T0, 0.0),  # nothing to wait for
        (None, T0, T0, 0.0),
    ],
)
def test_wait_seconds_left(
    error: errors.ZohoWizardError | None, failed_at: float | None, now: float, left: float
) -> None:
    state = WizardState(step=Step.FINISHING, error=error)
    assert wait_seconds_left(ScreenState(state, failed_at=failed_at), now) == left


# --- the own browser is forgotten once its request is over ----------------------------------


def _at_consent(seed: int = 1) -> WizardState:
    return f.way_in_chosen(
        f.details_submitted(navigation.initial_state(False), DETAILS, _request(seed)),
        WayIn.OWN_BROWSER,
    )


def _own_for(state: WizardState) -> ob.OwnBrowserState:
    assert state.request is not None
    return ob.begin(state.request.state, DETAILS.redirect_uri, state.request.url)


def test_the_own_browser_of_the_request_on_screen_stays() -> None:
    state = _at_consent()
    ui = ScreenState(state, own_browser=_own_for(state), federated="Google")
    assert settle_own_browser(ui) is ui


def test_a_new_request_ends_the_old_own_browser_sign_in() -> None:
    old = _at_consent(1)
    new = f.details_submitted(old, DETAILS, _request(2))
    ui = ScreenState(new, own_browser=_own_for(old), federated="Google")
    settled = settle_own_browser(ui)
    assert settled.own_browser is None and settled.federated == ""
    assert settled.flow is new


def test_moving_on_from_the_sign_in_ends_the_own_browser() -> None:
    state = _at_consent()
    own = _own_for(state)
    finishing = f.callback_caught(
        state,
        parse_callback(f"{DETAILS.redirect_uri}?state={own.request_state}&code=c"),
        T0,
        allowed_accounts_servers=(ACCOUNTS,),
    )
    assert finishing.step is Step.FINISHING
    settled = settle_own_browser(ScreenState(finishing, own_browser=own, federated="Google"))
    assert settled.own_browser is None and settled.federated == ""


def test_the_federated_offer_goes_when_the_sign_in_step_is_left() -> None:
    back = f.back(_at_consent())
    assert back.step is Step.DETAILS
    settled = settle_own_browser(ScreenState(back, federated="Microsoft"))
    assert settled.federated == ""


def test_nothing_to_forget_changes_nothing() -> None:
    ui = ScreenState(f.back(_at_consent()))
    assert settle_own_browser(ui) is ui
