"""Each way in's steps (core.ways_in) and the own-browser sign-in as values (core.own_browser):
which ways sign in, how long their codes live, where a new request goes, which console a
person is sent to, and when the person's own browser is still awaited."""

from __future__ import annotations

from types import MappingProxyType
from urllib.parse import parse_qs, urlsplit

import pytest

from zoho_wizard.core import errors, navigation, ways_in
from zoho_wizard.core import flow as f
from zoho_wizard.core import own_browser as ob
from zoho_wizard.core.authorize import code_challenge, parse_callback
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.endpoints import ZOHO, Endpoints
from zoho_wizard.core.flow import Phase, Step, WayIn, WizardState
from zoho_wizard.core.own_browser import OwnBrowserPhase

Action = errors.Action
T0 = 1_700_000_000.0
DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-secret-0123456789",
    data_center="eu",
    scopes=("ZohoBooks.settings.READ", "ZohoBooks.contacts.READ"),
    redirect_uri="http://127.0.0.1:47214/callback",
)
SANDBOX = "http://127.0.0.1:8765"
PRACTICE = Endpoints(
    MappingProxyType({"us": SANDBOX, "eu": SANDBOX + "/eu"}), label="Practice", practice=True
)


# --- every way in has its steps ----------------------------------------------------------------


def test_every_way_in_has_its_steps() -> None:
    assert set(ways_in.WAYS_IN) == set(WayIn)
    for way_in in WayIn:
        assert ways_in.steps(way_in).way_in is way_in


@pytest.mark.parametrize(
    ("way_in", "signs_in", "listens", "lifetime"),
    [
        (WayIn.EMBEDDED, True, False, 60.0),
        (WayIn.OWN_BROWSER, True, True, 60.0),
        (WayIn.CONSOLE_CODE, False, False, None),  # the person chose it in the console
    ],
)
def test_which_ways_sign_in_and_how_long_their_codes_live(
    way_in: WayIn, signs_in: bool, listens: bool, lifetime: float | None
) -> None:
    steps = ways_in.steps(way_in)
    assert steps.signs_in is signs_in
    assert steps.listens_on_loopback is listens
    assert steps.code_lifetime == lifetime


@pytest.mark.parametrize("way_in", [WayIn.EMBEDDED, WayIn.OWN_BROWSER])
def test_a_redirect_code_lives_sixty_seconds_from_the_catch(way_in: WayIn) -> None:
    request = ways_in.new_request(ZOHO, DETAILS)
    state = f.details_submitted(navigation.initial_state(False), DETAILS, request)
    state = f.way_in_chosen(state, way_in)
    callback = parse_callback(f"{DETAILS.redirect_uri}?state={request.state}&code=c&location=eu")
    caught = f.callback_caught(state, callback, T0 + 5, allowed_accounts_servers=())
    assert caught.way_in is way_in and caught.phase is Phase.EXCHANGING
    assert ways_in.steps(way_in).code_lifetime == 60.0
    assert f.code_deadline(caught) == T0 + 5 + 60.0
    assert f.seconds_left(caught, T0 + 50) == 15.0


@pytest.mark.parametrize("minutes", f.SELF_CLIENT_LIFETIMES_MINUTES)
def test_a_console_code_lives_as_long_as_the_person_chose(minutes: int) -> None:
    state = f.self_client_code_entered(
        navigation.initial_state(False),
        DETAILS,
        "code",
        "https://accounts.zoho.eu",
        T0,
        minutes * 60.0,
    )
    assert state.way_in is WayIn.CONSOLE_CODE
    assert f.code_deadline(state) == T0 + minutes * 60
    assert f.seconds_left(state, T0 + 30) == minutes * 60 - 30


@pytest.mark.parametrize("way_in", [WayIn.EMBEDDED, WayIn.OWN_BROWSER])
def test_a_sign_in_keeps_zohos_words_for_a_failure(way_in: WayIn) -> None:
    for error in (errors.InvalidCodeError(), errors.CodeExpiredError(), errors.NetworkError()):
        assert ways_in.steps(way_in).failure(error) is error


def test_a_console_code_failure_is_said_in_console_words() -> None:
    explained = ways_in.steps(WayIn.CONSOLE_CODE).failure(errors.CodeExpiredError())
    assert "API console" in explained.message
    assert "sign in" not in str(explained).lower()
    wrong_secret = errors.InvalidClientSecretError()
    assert ways_in.steps(WayIn.CONSOLE_CODE).failure(wrong_secret) is wrong_secret


@pytest.mark.parametrize("way_in", [WayIn.EMBEDDED, WayIn.OWN_BROWSER])
def test_a_failed_sign_in_offers_to_sign_in_again(way_in: WayIn) -> None:
    offers = ways_in.steps(way_in).offers(errors.AccessDeniedError())
    assert offers[0] == ways_in.Offer(Action.TRY_AGAIN, True)


def test_a_failed_console_code_offers_a_new_code_not_a_sign_in() -> None:
    offers = ways_in.steps(WayIn.CONSOLE_CODE).offers(errors.InvalidCodeError())
    assert offers[0] == ways_in.Offer(Action.TRY_AGAIN, True, "new_code")


def test_the_same_request_continues_in_the_own_browser() -> None:
    request = ways_in.new_request(ZOHO, DETAILS)
    at_consent = f.details_submitted(navigation.initial_state(False), DETAILS, request)
    moved = f.way_in_chosen(at_consent, WayIn.OWN_BROWSER)
    assert moved.way_in is WayIn.OWN_BROWSER
    assert moved.request is request  # same state, same PKCE: whichever browser answers
    # Only on the sign-in step: elsewhere the way in does not change.
    assert f.way_in_chosen(WizardState(step=Step.DETAILS), WayIn.OWN_BROWSER).way_in is (
        WayIn.EMBEDDED
    )
    assert f.way_in_chosen(moved, WayIn.OWN_BROWSER) is moved


def test_trying_again_after_a_console_code_goes_back_to_paste_a_new_one() -> None:
    state = f.self_client_code_entered(
        navigation.initial_state(False), DETAILS, "code", "https://accounts.zoho.eu", T0, 180.0
    )
    state = f.failed(state, ways_in.self_client_failure(errors.InvalidCodeError()))
    again = f.try_again(state, ways_in.new_request(ZOHO, DETAILS))
    assert again.step is Step.DETAILS
    assert again.verified is None and again.phase is Phase.IDLE
    assert again.details == DETAILS  # what was typed stays


# --- a new authorization request ------------------------------------------------------------


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.mark.parametrize(
    ("endpoints", "dc", "accounts"),
    [
        (ZOHO, "eu", "https://accounts.zoho.eu"),
        (ZOHO, "ca", "https://accounts.zohocloud.ca"),  # Canada breaks every pattern
        (ZOHO, "us", "https://accounts.zoho.com"),
        (PRACTICE, "eu", SANDBOX + "/eu"),
        (PRACTICE, "jp", SANDBOX),  # a data center the sandbox lacks: its first one
    ],
)
def test_a_new_request_goes_to_the_data_centers_accounts_server(
    endpoints: Endpoints, dc: str, accounts: str
) -> None:
    details = ConnectionDetails(
        DETAILS.name,
        DETAILS.client_id,
        DETAILS.client_secret,
        dc,
        DETAILS.scopes,
        DETAILS.redirect_uri,
    )
    request = ways_in.new_request(endpoints, details)
    assert request.url.startswith(f"{accounts}/oauth/v2/auth?")
    assert request.accounts_url == accounts
    query = _query(request.url)
    assert query["client_id"] == DETAILS.client_id
    assert query["redirect_uri"] == DETAILS.redirect_uri
    assert query["scope"] == "ZohoBooks.settings.READ,ZohoBooks.contacts.READ"
    assert (query["access_type"], query["prompt"]) == ("offline", "consent")
    assert query["state"] == request.state


def test_pkce_is_sent_when_the_client_needs_it() -> None:
    with_pkce = ConnectionDetails(
        DETAILS.name,
        DETAILS.client_id,
        DETAILS.client_secret,
        "eu",
        DETAILS.scopes,
        DETAILS.redirect_uri,
        use_pkce=True,
    )
    request = ways_in.new_request(ZOHO, with_pkce)
    query = _query(request.url)
    assert request.code_verifier is not None
    assert query["code_challenge"] == code_challenge(request.code_verifier)
    assert query["code_challenge_method"] == "S256"
    assert request.code_verifier not in request.url


def test_without_pkce_no_challenge_is_sent() -> None:
    request = ways_in.new_request(ZOHO, DETAILS)
    assert request.code_verifier is None
    assert "code_challenge" not in _query(request.url)


def test_every_request_is_new() -> None:
    first, second = ways_in.new_request(ZOHO, DETAILS), ways_in.new_request(ZOHO, DETAILS)
    assert first.state != second.state
    assert first.url != second.url


# --- where the person is sent: Zoho's API console, or the practice sandbox -----------------------


@pytest.mark.parametrize(
    ("dc", "console"),
    [
        ("eu", "https://api-console.zoho.eu"),
        ("ca", "https://api-console.zohocloud.ca"),
        ("EU", "https://api-console.zoho.eu"),
        ("nowhere", "https://api-console.zoho.com"),  # unknown: the default data center's
    ],
)
def test_the_api_console_of_a_data_center(dc: str, console: str) -> None:
    assert ways_in.console_url(dc) == console
    assert ways_in.admin_console_url(ZOHO, dc) == console
    assert ways_in.self_client_console_url(ZOHO, dc, DETAILS.scopes) == console


def test_in_practice_mode_nobody_is_sent_to_zoho() -> None:
    assert ways_in.admin_console_url(PRACTICE, "eu") == SANDBOX + "/eu/"
    assert ways_in.admin_console_url(PRACTICE, "us") == SANDBOX + "/"
    url = ways_in.self_client_console_url(PRACTICE, "eu", DETAILS.scopes)
    assert url.startswith(SANDBOX + "/eu/selfclient?")
    assert _query(url) == {"scope": "ZohoBooks.settings.READ,ZohoBooks.contacts.READ"}
    assert ways_in.self_client_console_url(PRACTICE, "us") == SANDBOX + "/selfclient"
    for link in (url, ways_in.admin_console_url(PRACTICE, "eu")):
        assert "zoho" not in urlsplit(link).netloc


# --- the own browser -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("redirect_uri", "phase"),
    [
        ("http://127.0.0.1:47214/callback", OwnBrowserPhase.WAITING),
        ("http://localhost:8080/cb", OwnBrowserPhase.WAITING),
        ("http://[::1]:8080/cb", OwnBrowserPhase.WAITING),
        ("http://127.0.0.1/callback", OwnBrowserPhase.UNSUPPORTED),  # no port to listen on
        ("https://127.0.0.1:47214/callback", OwnBrowserPhase.UNSUPPORTED),
        ("https://www.acme.example/zoho/callback", OwnBrowserPhase.UNSUPPORTED),
        ("http://127.0.0.1.acme.example:80/cb", OwnBrowserPhase.UNSUPPORTED),
        ("http://127.0.0.1:99999/cb", OwnBrowserPhase.UNSUPPORTED),  # not a port
    ],
)
def test_the_own_browser_waits_only_where_this_computer_can_listen(
    redirect_uri: str, phase: OwnBrowserPhase
) -> None:
    own = ob.begin("state-1", redirect_uri, "https://accounts.zoho.eu/oauth/v2/auth?x=1")
    assert own.phase is phase
    assert ob.is_waiting(own) is (phase is OwnBrowserPhase.WAITING)
    assert (own.request_state, own.redirect_uri) == ("state-1", redirect_uri)


def test_nobody_coming_back_in_time_closes_the_wait() -> None:
    own = ob.begin("state-1", DETAILS.redirect_uri, "https://accounts.zoho.eu/auth")
    late = ob.timed_out(own)
    assert late.phase is OwnBrowserPhase.TIMED_OUT
    assert not ob.is_waiting(late)
    assert late.url == own.url  # "open it again" still knows where
    assert ob.timed_out(late) is late


def test_a_time_out_does_not_hide_why_the_listener_failed() -> None:
    own = ob.begin("state-1", DETAILS.redirect_uri, "https://accounts.zoho.eu/auth")
    port_taken = errors.NetworkError("The port is in use.")
    failed = ob.listener_failed(own, port_taken)
    assert (failed.phase, failed.error) == (OwnBrowserPhase.FAILED, port_taken)
    assert not ob.is_waiting(failed)
    assert ob.timed_out(failed) is failed
    unsupported = ob.begin("state-1", "https://www.acme.example/cb", "u")
    assert ob.timed_out(unsupported) is unsupported


@pytest.mark.parametrize(
    ("has_own", "at_consent", "request_state", "current"),
    [
        (False, False, None, True),  # nothing under way: nothing to end
        (True, True, "state-1", True),
        (True, True, "state-2", False),  # a new request replaced it
        (True, False, "state-1", False),  # the sign-in step was left
        (True, True, None, False),
    ],
)
def test_whether_the_own_browser_still_belongs_to_the_request_on_screen(
    has_own: bool, at_consent: bool, request_state: str | None, current: bool
) -> None:
    own = ob.begin("state-1", DETAILS.redirect_uri, "u") if has_own else None
    assert ob.is_current(own, at_consent, request_state) is current
    assert not ob.is_waiting(None)


@pytest.mark.parametrize(
    ("url", "provider"),
    [
        ("https://accounts.google.com/o/oauth2/auth?x=1", "Google"),
        ("https://login.microsoftonline.com/common", "Microsoft"),
        ("https://appleid.apple.com/auth", "Apple"),
        ("https://accounts.google.com.evil.example/", None),  # a look-alike
        ("https://accounts.zoho.eu/signin", None),
    ],
)
def test_providers_that_refuse_embedded_browsers(url: str, provider: str | None) -> None:
    assert ob.federated_provider(url) == provider
