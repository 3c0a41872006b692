"""Every path through the wizard, with small fakes and no screen (Electrum's test_wizard)."""

from __future__ import annotations

from itertools import count

import pytest

from zoho_wizard.core import errors, navigation
from zoho_wizard.core import flow as f
from zoho_wizard.core.authorize import AuthRequest, begin_authorization, parse_callback
from zoho_wizard.core.books import Organization
from zoho_wizard.core.connect import ConnectionDetails
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.flow import Phase, Step, WizardState
from zoho_wizard.core.store import Profile
from zoho_wizard.core.tokens import TokenSet

T0 = 1_700_000_000.0
REDIRECT = "http://127.0.0.1:47214/callback"
ALLOWED = tuple(dc.accounts_url for dc in DATA_CENTERS)
DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-secret-0123456789",
    data_center="eu",
    scopes=("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"),
    redirect_uri=REDIRECT,
)
TOKENS = TokenSet(
    access_token="fake-access",
    expires_at=T0 + 3600,
    api_domain="https://www.zohoapis.eu",
    refresh_token="fake-refresh",
)
_seed = count(1)


def _request(details: ConnectionDetails = DETAILS) -> AuthRequest:
    n = next(_seed)
    return begin_authorization(
        accounts_url="https://accounts.zoho.com",
        client_id=details.client_id,
        redirect_uri=details.redirect_uri,
        scopes=details.scopes,
        token_bytes=lambda k: bytes([n]) * k,
    )


def _profile(organization_id: str = "") -> Profile:
    return Profile(
        name="Acme Ltd",
        client_id=DETAILS.client_id,
        data_center="eu",
        accounts_server="https://accounts.zoho.eu",
        api_domain="https://www.zohoapis.eu",
        scopes=DETAILS.scopes,
        organization_id=organization_id,
    )


def _org(org_id: str, *, default: bool = False) -> Organization:
    return Organization(organization_id=org_id, name=f"Org {org_id}", is_default=default)


def _success_url(state: WizardState, *, server: str = "https%3A%2F%2Faccounts.zoho.eu") -> str:
    assert state.request is not None
    return (
        f"{REDIRECT}?state={state.request.state}&code=1000.abc.def&location=eu"
        f"&accounts-server={server}&"
    )


def _at_consent() -> WizardState:
    return f.details_submitted(navigation.initial_state(False), DETAILS, _request())


def _caught(state: WizardState, url: str, now: float = T0) -> WizardState:
    return f.callback_caught(state, parse_callback(url), now, allowed_accounts_servers=ALLOWED)


# --- the happy path ----------------------------------------------------------------------


def test_happy_path_from_start_to_done() -> None:
    state = navigation.initial_state(has_connections=True)
    assert state.step is Step.START
    assert f.next_step(state) is Step.DETAILS
    state = navigation.new_connection(state)
    assert state.step is Step.DETAILS
    assert f.next_step(state) is Step.CONSENT

    request = _request()
    state = f.details_submitted(state, DETAILS, request)
    assert (state.step, state.details, state.request) == (Step.CONSENT, DETAILS, request)
    assert f.next_step(state) is None  # only the callback moves on from consent
    assert f.can_go_back(state)

    state = _caught(state, _success_url(state))
    assert state.step is Step.FINISHING
    assert state.phase is Phase.EXCHANGING
    assert state.verified is not None
    assert state.verified.accounts_server == "https://accounts.zoho.eu"
    assert state.verified.code == "1000.abc.def"
    assert f.code_deadline(state) == T0 + 60
    assert f.next_step(state) is None
    assert not f.can_go_back(state)  # no Back while the code is being used

    state = f.retrying(state, 1)
    assert state.retries == 1
    state = f.exchange_succeeded(state, TOKENS)
    assert state.phase is Phase.STORING
    # The code is spent; where it was exchanged is kept for storing the connection.
    assert state.verified is not None
    assert state.verified.accounts_server == "https://accounts.zoho.eu"
    assert f.seconds_left(state, T0 + 5) is None  # no countdown once exchanged

    state = f.stored(state, _profile())
    assert state.phase is Phase.LOADING_ORGANIZATIONS
    assert f.back(state) == state  # no way back past a stored token

    state = f.organizations_loaded(state, [_org("1"), _org("2", default=True)], "jo@example.com")
    assert state.step is Step.ORGANIZATION
    assert state.organization == _org("2", default=True)
    assert state.user_email == "jo@example.com"
    assert f.next_step(state) is Step.DONE

    saved = _profile("2")
    state = f.organization_saved(state, saved)
    assert (state.step, state.profile, state.error) == (Step.DONE, saved, None)
    assert f.next_step(state) is None
    assert not f.can_go_back(state)


def test_a_new_install_opens_on_the_first_screen_that_asks_who_is_there() -> None:
    assert navigation.initial_state(has_connections=False).step is Step.WELCOME


def test_with_the_admins_complete_setup_it_opens_ready_to_sign_in() -> None:
    assert navigation.initial_state(False, setup_ready=True).step is Step.DETAILS
    # Saved connections still come first.
    assert navigation.initial_state(True, setup_ready=True).step is Step.START


def test_the_first_screens_three_answers() -> None:
    welcome = navigation.initial_state(False)
    assert navigation.enter_details(welcome).step is Step.DETAILS
    assert navigation.setup_opened(welcome).step is Step.DETAILS
    admin = navigation.open_admin_setup(welcome)
    assert admin.step is Step.ADMIN_SETUP
    # The admin's checklist sits behind the admin's page and returns there.
    checklist = navigation.open_before_start(admin)
    assert checklist.step is Step.BEFORE_START
    assert navigation.close_before_start(checklist).step is Step.ADMIN_SETUP
    assert navigation.close_admin_setup(admin).step is Step.WELCOME
    # From the saved connections, the admin's page returns to them.
    start = navigation.initial_state(True)
    assert navigation.close_admin_setup(navigation.open_admin_setup(start)).step is Step.START
    # A new install can go back from the details to the first screen; a reconnect cannot.
    details = navigation.enter_details(welcome)
    assert navigation.back_to_welcome(details).step is Step.WELCOME
    assert navigation.back_to_welcome(navigation.reconnect(DETAILS)).step is Step.DETAILS


def test_reconnect_prefills_the_details_and_remembers_which_connection() -> None:
    state = navigation.reconnect(DETAILS)
    assert (state.step, state.details, state.reconnect_of) == (Step.DETAILS, DETAILS, "Acme Ltd")
    state = f.details_submitted(state, DETAILS, _request())
    assert state.reconnect_of == "Acme Ltd"


# --- the person says no, and tries again ---------------------------------------------------


def test_deny_lands_on_finishing_and_try_again_starts_a_new_request_with_same_details() -> None:
    state = _at_consent()
    assert state.request is not None
    first = state.request
    state = _caught(state, f"{REDIRECT}?error=access_denied&state={first.state}")
    assert (state.step, state.phase) == (Step.FINISHING, Phase.FAILED)
    assert isinstance(state.error, errors.AccessDeniedError)
    assert state.code_caught_at is None
    assert f.seconds_left(state, T0) is None
    assert f.can_go_back(state)

    second = _request()
    state = f.try_again(state, second)
    assert state.step is Step.CONSENT
    assert state.request == second
    assert second.state != first.state
    assert state.details == DETAILS
    assert state.error is None
    assert state.phase is Phase.IDLE


def test_try_again_without_details_goes_to_the_details_page() -> None:
    state = f.consent_failed(WizardState(step=Step.CONSENT), errors.NetworkError())
    state = f.try_again(state, _request())
    assert state.step is Step.DETAILS
    assert state.error is None


@pytest.mark.parametrize(
    ("url_tail", "exc_type"),
    [
        # A denial carries no secret: it is one with a foreign state or none at all.
        ("?error=access_denied&state=someone-else", errors.AccessDeniedError),
        ("?error=access_denied", errors.AccessDeniedError),
        ("?error=access_denied&code=1000.abc.def", errors.StateMismatchError),
        ("?code=1000.abc.def", errors.StateMismatchError),  # no state at all
        (
            "?state={state}&code=1000.abc.def&iss=https%3A%2F%2Fevil.example",
            errors.IssuerMismatchError,
        ),
        ("?state={state}", errors.CallbackError),
        (
            "?state={state}&code=1000.abc.def&accounts-server=https%3A%2F%2Fevil.example",
            errors.UnknownAccountsServerError,
        ),
        (
            "?state={state}&code=1000.abc.def&accounts-server=https%3A%2F%2Faccounts.zoho.eu%3Abad",
            errors.UnknownAccountsServerError,
        ),
        ("?state={state}&error=invalid_scope", errors.InvalidScopeError),
    ],
)
def test_a_bad_callback_lands_on_finishing_as_a_failure(
    url_tail: str,
    exc_type: type[errors.OAuthError],
) -> None:
    state = _at_consent()
    assert state.request is not None
    state = _caught(state, REDIRECT + url_tail.format(state=state.request.state))
    assert (state.step, state.phase) == (Step.FINISHING, Phase.FAILED)
    assert isinstance(state.error, exc_type)
    assert state.verified is None


def test_consent_page_failure_lands_on_finishing() -> None:
    state = f.consent_failed(_at_consent(), errors.NetworkError())
    assert (state.step, state.phase) == (Step.FINISHING, Phase.FAILED)
    assert isinstance(state.error, errors.NetworkError)
    assert f.can_go_back(state)


# --- the countdown ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "left"),
    [
        (0.0, 60.0),
        (0.5, 59.5),
        (45.0, 15.0),
        (60.0, 0.0),
        (61.0, 0.0),
        (3600.0, 0.0),
    ],
)
def test_code_countdown_is_arithmetic_over_the_injected_now(elapsed: float, left: float) -> None:
    state = _at_consent()
    state = _caught(state, _success_url(state), now=T0)
    assert f.seconds_left(state, T0 + elapsed) == pytest.approx(left)


def test_no_countdown_before_a_code_is_caught() -> None:
    state = _at_consent()
    assert f.seconds_left(state, T0) is None
    with pytest.raises(ValueError):
        f.code_deadline(state)


def test_a_code_that_expired_while_exchanging_fails_and_offers_a_fresh_start() -> None:
    state = _at_consent()
    state = _caught(state, _success_url(state), now=T0)
    assert f.seconds_left(state, T0 + 60) == 0
    state = f.failed(state, errors.CodeExpiredError())
    assert (state.step, state.phase) == (Step.FINISHING, Phase.FAILED)
    assert f.seconds_left(state, T0 + 60) is None  # the countdown is gone, not stuck at 0
    assert f.can_go_back(state)
    state = f.try_again(state, _request())
    assert state.step is Step.CONSENT
    assert state.code_caught_at is None and state.verified is None


# --- exchange errors and going back ---------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        errors.InvalidClientSecretError(),
        errors.InvalidClientError(),
        errors.InvalidRedirectUriError(),
        errors.ThrottledError(),
        errors.NetworkError(),
    ],
)
def test_exchange_error_then_back_keeps_every_entered_detail(
    error: errors.ZohoWizardError,
) -> None:
    state = _at_consent()
    state = _caught(state, _success_url(state))
    state = f.failed(state, error)
    assert (state.step, state.phase, state.error) == (Step.FINISHING, Phase.FAILED, error)
    assert f.can_go_back(state)
    state = f.back(state)
    assert state.step is Step.DETAILS
    assert state.details == DETAILS
    assert state.request is None and state.verified is None
    assert state.error is None
    assert f.seconds_left(state, T0) is None


def test_back_from_consent_keeps_details_and_reconnect_mark() -> None:
    state = f.details_submitted(navigation.reconnect(DETAILS), DETAILS, _request())
    state = f.back(state)
    assert (state.step, state.details, state.reconnect_of) == (Step.DETAILS, DETAILS, "Acme Ltd")
    assert state.request is None


def test_a_failure_after_the_tokens_were_stored_offers_no_way_back() -> None:
    state = _at_consent()
    state = _caught(state, _success_url(state))
    state = f.exchange_succeeded(state, TOKENS)
    state = f.stored(state, _profile())
    state = f.failed(state, errors.NetworkError())
    assert state.phase is Phase.FAILED
    assert not f.can_go_back(state)
    assert f.back(state) == state
    assert state.tokens == TOKENS  # kept so the retry needs no new sign-in


def test_a_failure_on_the_organization_page_stays_there() -> None:
    state = _at_consent()
    state = _caught(state, _success_url(state))
    state = f.exchange_succeeded(state, TOKENS)
    state = f.stored(state, _profile())
    state = f.organizations_loaded(state, [_org("1")])
    state = f.failed(state, errors.NetworkError())
    assert state.step is Step.ORGANIZATION
    assert isinstance(state.error, errors.NetworkError)
    assert state.phase is Phase.IDLE
    assert f.next_step(state) is Step.DONE  # the choice is still there to save again


def test_details_page_has_no_back() -> None:
    state = navigation.initial_state(False)
    assert not f.can_go_back(state)
    assert f.back(state) == state


# --- late and duplicate callbacks --------------------------------------------------------


def test_duplicate_callback_is_ignored() -> None:
    state = _at_consent()
    url = _success_url(state)
    state = _caught(state, url, now=T0)
    assert _caught(state, url, now=T0 + 10) == state  # the countdown does not restart


def test_late_callback_after_back_is_ignored() -> None:
    state = _at_consent()
    url = _success_url(state)
    state = f.back(state)
    assert _caught(state, url) == state


@pytest.mark.parametrize("step", [Step.START, Step.DETAILS, Step.ORGANIZATION, Step.DONE])
def test_callback_outside_consent_is_ignored(step: Step) -> None:
    state = WizardState(step=step, request=_request())
    assert _caught(state, f"{REDIRECT}?state=x&code=y") == state


def test_a_failed_first_callback_is_not_overwritten_by_a_later_one() -> None:
    state = _at_consent()
    assert state.request is not None
    good_url = _success_url(state)
    state = _caught(state, f"{REDIRECT}?error=access_denied&state={state.request.state}")
    assert _caught(state, good_url) == state


# --- choosing the organization ------------------------------------------------------------


def _loaded(orgs: list[Organization], previous: str = "") -> WizardState:
    state = _at_consent()
    state = _caught(state, _success_url(state))
    state = f.exchange_succeeded(state, TOKENS)
    state = f.stored(state, _profile(previous))
    return f.organizations_loaded(state, orgs)


@pytest.mark.parametrize(
    ("orgs", "previous", "chosen"),
    [
        ([_org("1"), _org("2", default=True), _org("3")], "3", "3"),  # previous wins
        ([_org("1"), _org("2", default=True), _org("3")], "", "2"),  # then the default
        ([_org("1"), _org("2", default=True)], "99", "2"),  # previous gone: default
        ([_org("7")], "", "7"),  # the only one
        ([_org("1"), _org("2")], "", "1"),  # no default: the first
    ],
)
def test_organizations_loaded_preselects(
    orgs: list[Organization], previous: str, chosen: str
) -> None:
    state = _loaded(orgs, previous)
    assert state.organization is not None
    assert state.organization.organization_id == chosen
    assert state.organizations == tuple(orgs)


def test_no_organizations_means_nothing_chosen_and_no_next() -> None:
    state = _loaded([])
    assert state.organization is None
    assert f.next_step(state) is None


def test_selecting_an_organization_and_next() -> None:
    state = _loaded([_org("1", default=True), _org("2")])
    state = f.organization_selected(state, "2")
    assert state.organization == _org("2")
    assert f.next_step(state) is Step.DONE
    state = f.organization_selected(state, "nope")
    assert state.organization is None
    assert f.next_step(state) is None


def test_user_email_is_kept_when_a_reload_brings_none() -> None:
    state = _loaded([_org("1")])
    state = f.organizations_loaded(state, [_org("1")], "jo@example.com")
    state = f.organizations_loaded(state, [_org("1")])
    assert state.user_email == "jo@example.com"


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (Step.START, Step.DETAILS),
        (Step.DETAILS, Step.CONSENT),
        (Step.CONSENT, None),
        (Step.FINISHING, None),
        (Step.ORGANIZATION, None),  # nothing chosen yet
        (Step.DONE, None),
    ],
)
def test_next_step_values(step: Step, expected: Step | None) -> None:
    assert f.next_step(WizardState(step=step)) is expected


# --- the Self Client path (a code pasted from the API console) ----------------------------


def _self_client(now: float = T0, lifetime: float = 180.0) -> WizardState:
    return f.self_client_code_entered(
        navigation.initial_state(False),
        DETAILS,
        "1000.abc.def",
        "https://accounts.zoho.eu/",
        now,
        lifetime,
    )


def test_self_client_code_goes_straight_to_finishing_with_its_own_lifetime() -> None:
    state = _self_client(lifetime=180.0)
    assert (state.step, state.phase) == (Step.FINISHING, Phase.EXCHANGING)
    assert state.self_client
    assert state.request is None
    assert state.details == DETAILS
    assert state.verified is not None
    assert state.verified.accounts_server == "https://accounts.zoho.eu"
    assert state.verified.location == "eu"  # the data center the person picked
    assert f.seconds_left(state, T0 + 60) == pytest.approx(120.0)
    assert f.code_deadline(state) == T0 + 180


def test_self_client_try_again_goes_back_to_paste_a_new_code() -> None:
    state = f.failed(_self_client(), errors.InvalidCodeError())
    state = f.try_again(state, _request())
    assert state.step is Step.DETAILS
    assert state.details == DETAILS
    assert state.verified is None and state.error is None
    assert f.seconds_left(state, T0) is None


def test_self_client_ignores_a_stray_redirect() -> None:
    state = _self_client()
    assert _caught(state, f"{REDIRECT}?state=x&code=y") == state


def test_redirect_code_after_a_self_client_attempt_lives_60_seconds_again() -> None:
    # The person tried a 10-minute Self Client code, then switched to signing in.
    state = f.failed(_self_client(lifetime=600.0), errors.InvalidCodeError())
    state = f.try_again(state, _request())
    state = f.details_submitted(state, DETAILS, _request())
    assert not state.self_client
    state = _caught(state, _success_url(state), now=T0 + 1000)
    assert f.code_deadline(state) == T0 + 1000 + f.REDIRECT_CODE_LIFETIME
    assert f.seconds_left(state, T0 + 1000 + 61) == 0
