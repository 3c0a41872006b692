"""The framework-neutral handler against the sandbox over real HTTP: the whole sign-in,
the EU user's redirect, denial, an expired code, a callback sent twice, and every token
error of the reference's table (the desktop's fault matrix, tests/e2e/test_e2e_faults.py)
on the website's path: each a plain result, never an exception, nothing stored."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from web_helpers import SCOPES, web_client

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import code_challenge
from zoho_wizard.sandbox import (
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_WEB_CLIENT_SECRET,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser
from zoho_wizard.web import (
    SESSION_KEY,
    ConnectionStore,
    InsecureRedirectError,
    Outcome,
    SecretBox,
    WebClient,
    WebHandler,
)

USER = "Acme Ltd"
ONE_ORG_EMAIL = "one.org@example.com"


def sign_in(sb: Sandbox, url: str, email: str = PRACTICE_EMAIL, button: str = "accept") -> str:
    """The person on Zoho's page: signs in, presses ``button``; the callback's query."""
    with Browser(sb) as browser:
        callback = browser.authorize_url(
            url, email=email, password=PRACTICE_PASSWORD, button=button
        )
    assert callback.startswith("http://127.0.0.1:8400/zoho/callback?")
    return callback.partition("?")[2]


def test_begin_asks_for_a_lasting_key_at_the_home_accounts_server(
    handler: WebHandler, sandbox: Sandbox
) -> None:
    begun = handler.begin(USER)
    parts = urlsplit(begun.url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert begun.url.startswith(sandbox.accounts_url("us") + "/oauth/v2/auth?")
    assert query["access_type"] == "offline" and query["prompt"] == "consent"
    assert query["redirect_uri"] == "http://127.0.0.1:8400/zoho/callback"
    assert begun.session == {SESSION_KEY: query["state"]}
    assert "code_challenge" not in query  # a server-based client
    assert PRACTICE_WEB_CLIENT_SECRET not in begun.url


@pytest.mark.parametrize(
    ("data_center", "accounts"),
    [("us", "https://accounts.zoho.com"), ("cn", "https://accounts.zoho.com.cn")],
)
def test_against_zoho_the_sign_in_starts_at_the_home_accounts_server(
    tmp_path: Path, key: str, data_center: str, accounts: str
) -> None:
    store = ConnectionStore(folder=tmp_path, box=SecretBox(key))  # Zoho's own servers
    try:
        client = WebClient(
            "1000.X",
            "fake-web-client-secret",
            "https://portal.example.com/zoho/callback",
            SCOPES,
            data_center,
        )
        begun = WebHandler(client, store).begin(USER)
    finally:
        store.close()
    assert begun.url.startswith(f"{accounts}/oauth/v2/auth?")


def test_a_pkce_client_sends_the_challenge_and_keeps_the_verifier_on_the_server(
    sqlite_store: ConnectionStore, http: requests.Session
) -> None:
    client = WebClient(
        "1000.X",
        "fake-web-client-secret",
        "http://127.0.0.1:8400/zoho/callback",
        SCOPES,
        use_pkce=True,
    )
    begun = WebHandler(client, sqlite_store, session=http).begin(USER)
    query = {k: v[0] for k, v in parse_qs(urlsplit(begun.url).query).items()}
    pending = sqlite_store.claim_sign_in(query["state"])
    assert pending is not None and pending.code_verifier
    assert query["code_challenge"] == code_challenge(pending.code_verifier)
    assert pending.code_verifier not in str(begun.session)


def test_a_sign_in_with_two_organizations_asks_which_then_connects(
    handler: WebHandler, sandbox: Sandbox, sqlite_store: ConnectionStore
) -> None:
    begun = handler.begin(USER)
    finished = handler.finish(sign_in(sandbox, begun.url), begun.session, user=USER)
    assert finished.outcome is Outcome.CHOOSE_ORGANIZATION
    assert [o.organization_id for o in finished.organizations] == ["10234695", "20345786"]
    assert finished.default_organization == "10234695"
    with pytest.raises(errors.ZohoWizardError):
        sqlite_store.token(USER)  # not usable until the organization is chosen
    done = handler.choose_organization(USER, "20345786")
    assert done.outcome is Outcome.CONNECTED
    assert done.message == "We can now see the books of Zillum Trading Ltd (practice)."
    assert sqlite_store.profile(USER) is not None
    assert sqlite_store.profile(USER).organization_id == "20345786"  # type: ignore[union-attr]
    with sqlite_store.books_session(USER) as books:
        orgs = books.get("organizations").json()["organizations"]
    assert {o["organization_id"] for o in orgs} >= {"20345786"}


def test_an_organization_not_offered_is_not_saved(
    handler: WebHandler, sandbox: Sandbox, sqlite_store: ConnectionStore
) -> None:
    begun = handler.begin(USER)
    handler.finish(sign_in(sandbox, begun.url), begun.session, user=USER)
    again = handler.choose_organization(USER, "99999999")
    assert again.outcome is Outcome.CHOOSE_ORGANIZATION
    assert sqlite_store.profile(USER).organization_id == ""  # type: ignore[union-attr]


def test_one_organization_connects_straight_away(handler: WebHandler, sandbox: Sandbox) -> None:
    sandbox.add_user(
        ONE_ORG_EMAIL,
        PRACTICE_PASSWORD,
        home_dc=None,
        organizations=[{"organization_id": "555", "name": "Solo Ltd", "is_default_org": True}],
    )
    begun = handler.begin(USER)
    finished = handler.finish(sign_in(sandbox, begun.url, ONE_ORG_EMAIL), begun.session, user=USER)
    assert finished.outcome is Outcome.CONNECTED
    assert finished.profile is not None and finished.profile.organization_name == "Solo Ltd"


def test_an_eu_user_is_exchanged_at_the_eu_accounts_server(
    handler: WebHandler, sandbox: Sandbox, sqlite_store: ConnectionStore
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url, PRACTICE_EU_EMAIL)
    assert parse_qs(query)["accounts-server"] == [sandbox.accounts_url("eu")]
    finished = handler.finish(query, begun.session, user=USER)
    assert finished.outcome is Outcome.CHOOSE_ORGANIZATION
    exchanges = sandbox.requests_for("token")
    assert [r.path for r in exchanges] == ["/accounts/eu/oauth/v2/token"]
    assert handler.choose_organization(USER, "10234695").outcome is Outcome.CONNECTED
    profile = sqlite_store.profile(USER)
    assert profile is not None and profile.data_center == "eu"
    assert profile.api_domain == sandbox.api_domain("eu")


def test_deny_is_a_result_and_nothing_is_stored(
    handler: WebHandler, sandbox: Sandbox, sqlite_store: ConnectionStore
) -> None:
    begun = handler.begin(USER)
    finished = handler.finish(sign_in(sandbox, begun.url, button="deny"), begun.session, user=USER)
    assert finished.outcome is Outcome.DENIED
    assert finished.message == errors.AccessDeniedError().message
    assert "Accept" in finished.fix
    assert sqlite_store.profile(USER) is None and not sandbox.requests_for("token")
    assert finished.forget == (SESSION_KEY,)


def test_an_expired_code_is_a_plain_result(
    handler: WebHandler, sandbox: Sandbox, sandbox_clock: object, sqlite_store: ConnectionStore
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox_clock.advance(61)  # type: ignore[attr-defined]  # the code's minute is over
    finished = handler.finish(query, begun.session, user=USER)
    assert finished.outcome is Outcome.FAILED
    assert isinstance(finished.error, errors.InvalidCodeError)
    assert "expired" in finished.message and finished.fix
    assert sqlite_store.profile(USER) is None


def test_a_callback_sent_twice_is_exchanged_once(handler: WebHandler, sandbox: Sandbox) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    first = handler.finish(query, begun.session, user=USER)
    second = handler.finish(query, begun.session, user=USER)
    assert first.outcome is Outcome.CHOOSE_ORGANIZATION
    assert second.outcome is Outcome.CHOOSE_ORGANIZATION  # where the first one left it
    assert len(sandbox.requests_for("token")) == 1


def test_a_callback_sent_twice_at_once_is_exchanged_once(
    handler: WebHandler, sandbox: Sandbox
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    start = threading.Barrier(2)
    outcomes: list[Outcome] = []

    def submit() -> None:
        start.wait()
        outcomes.append(handler.finish(query, begun.session, user=USER).outcome)

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(sandbox.requests_for("token")) == 1
    assert Outcome.CHOOSE_ORGANIZATION in outcomes
    assert set(outcomes) <= {Outcome.CHOOSE_ORGANIZATION, Outcome.FAILED}


@pytest.mark.parametrize(
    ("session", "user", "path"),
    [
        pytest.param({}, USER, None, id="no-sign-in-in-this-session"),
        pytest.param({SESSION_KEY: "another-state"}, USER, None, id="another-sessions-state"),
        pytest.param(None, "Someone Else", None, id="another-portal-user"),
        pytest.param(None, USER, "/elsewhere", id="another-address"),
    ],
)
def test_a_callback_that_is_not_this_visitors_is_refused_unexchanged(
    handler: WebHandler,
    sandbox: Sandbox,
    session: dict[str, str] | None,
    user: str,
    path: str | None,
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    finished = handler.finish(
        query, begun.session if session is None else session, user=user, path=path
    )
    assert finished.outcome is Outcome.FAILED and finished.message and finished.fix
    assert not sandbox.requests_for("token")


@pytest.mark.parametrize(
    "uri",
    ["http://portal.example.com/zoho/callback", "ftp://127.0.0.1/cb", "https:///nohost"],
)
def test_a_redirect_uri_must_be_https_except_on_this_computer(uri: str) -> None:
    with pytest.raises(InsecureRedirectError) as caught:
        web_client(uri)
    assert "https" in caught.value.fix


def test_https_and_loopback_redirect_uris_are_accepted() -> None:
    assert web_client("https://portal.example.com/zoho/callback").redirect_uri.startswith("https")
    assert web_client("http://localhost:5000/cb").redirect_uri.startswith("http://localhost")


# --- the reference's token errors (the desktop's fault matrix) on the website's path -----

ZOHO_ERRORS = [
    ("invalid_code", errors.InvalidCodeError),
    ("invalid_client", errors.InvalidClientError),
    ("invalid_client_secret", errors.InvalidClientSecretError),
    ("invalid_redirect_uri", errors.InvalidRedirectUriError),
    ("invalid_scope", errors.InvalidScopeError),
    ("unsupported_grant_type", errors.OAuthError),
]


@pytest.mark.parametrize(("zoho_error", "expected"), ZOHO_ERRORS)
def test_a_zoho_error_is_a_plain_result_never_retried_nothing_stored(
    handler: WebHandler,
    sandbox: Sandbox,
    sqlite_store: ConnectionStore,
    zoho_error: str,
    expected: type[errors.OAuthError],
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox.faults.add("token", "error", error=zoho_error)
    finished = handler.finish(query, begun.session, user=USER)
    assert finished.outcome is Outcome.FAILED and isinstance(finished.error, expected)
    _plain(finished.message, finished.fix, sandbox)
    assert len(sandbox.requests_for("token")) == 1
    assert sqlite_store.profile(USER) is None and sqlite_store.users() == []


@pytest.mark.parametrize(
    ("kind", "status"),
    [("throttle", 400), ("throttle", 200), ("localized", 400), ("localized", 200)],
)
def test_throttling_says_how_long_to_wait(
    handler: WebHandler, sandbox: Sandbox, kind: str, status: int
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox.faults.add("token", kind, status=status)
    finished = handler.finish(query, begun.session, user=USER)
    assert isinstance(finished.error, errors.ThrottledError)
    assert "minutes" in finished.fix
    _plain(finished.message, finished.fix, sandbox)


TRANSIENT = [
    pytest.param("status", {"status": 500}, id="http-500"),
    pytest.param("status", {"status": 502}, id="http-502"),
    pytest.param("status", {"status": 503}, id="http-503"),
    pytest.param("html", {}, id="html-error-page"),
    pytest.param("empty", {}, id="empty-body"),
    pytest.param("drop", {}, id="connection-dropped"),
]


@pytest.mark.parametrize(("kind", "params"), TRANSIENT)
def test_a_transient_fault_is_retried_within_the_minute_and_the_code_used_once(
    sqlite_store: ConnectionStore,
    http: requests.Session,
    sandbox: Sandbox,
    kind: str,
    params: dict[str, object],
) -> None:
    waited: list[float] = []
    handler = WebHandler(web_client(), sqlite_store, session=http, sleep=waited.append)
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox.faults.add("token", kind, times=1, **params)
    finished = handler.finish(query, begun.session, user=USER)
    assert finished.outcome is Outcome.CHOOSE_ORGANIZATION
    attempts = sandbox.requests_for("token")
    assert len(attempts) == 2 and waited == [1.0]
    assert attempts[0].form["code"] == attempts[1].form["code"]


def test_a_reply_lost_after_zoho_used_the_code_is_explained(
    handler: WebHandler, sandbox: Sandbox
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox.faults.add("token", "drop", after=True)
    finished = handler.finish(query, begun.session, user=USER)
    assert isinstance(finished.error, errors.InvalidCodeError)
    assert "connection broke" in finished.message


def test_retrying_stops_when_the_code_would_have_expired(
    sqlite_store: ConnectionStore, http: requests.Session, sandbox: Sandbox
) -> None:
    now = [time.time()]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    handler = WebHandler(
        web_client(), sqlite_store, session=http, clock=lambda: now[0], sleep=sleep
    )
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox.faults.add("token", "status", times=None, status=503)
    finished = handler.finish(query, begun.session, user=USER)
    assert isinstance(finished.error, errors.CodeExpiredError)
    assert 3 <= len(sandbox.requests_for("token")) <= 20
    assert sqlite_store.profile(USER) is None


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("books401", errors.BooksAuthError), ("books429", errors.BooksRateLimitError)],
)
def test_books_faults_on_the_organization_list_are_plain_results(
    handler: WebHandler, sandbox: Sandbox, kind: str, expected: type[errors.BooksError]
) -> None:
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox.faults.add("organizations", kind)
    finished = handler.finish(query, begun.session, user=USER)
    assert finished.outcome is Outcome.FAILED and isinstance(finished.error, expected)
    _plain(finished.message, finished.fix, sandbox)
    # The new key nobody can use is withdrawn at Zoho, and nothing half-made is kept.
    assert len(sandbox.requests_for("revoke")) == 1
    assert handler.status(USER).outcome is Outcome.FAILED
    assert handler.store.users() == []


def _plain(message: str, fix: str, sb: Sandbox) -> None:
    text = f"{message} {fix}"
    assert message.endswith((".", "!")) and fix
    assert "Traceback" not in text
    assert not any(secret in text for secret in sb.issued_secrets())
    assert PRACTICE_WEB_CLIENT_SECRET not in text


@pytest.mark.fault  # the server goes away: no sandbox fault fires
def test_zoho_gone_is_a_plain_network_result(
    sqlite_store: ConnectionStore, http: requests.Session, sandbox: Sandbox
) -> None:
    now = [time.time()]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    handler = WebHandler(
        web_client(), sqlite_store, session=http, clock=lambda: now[0], sleep=sleep
    )
    begun = handler.begin(USER)
    query = sign_in(sandbox, begun.url)
    sandbox.stop()
    finished = handler.finish(query, begun.session, user=USER)
    assert isinstance(finished.error, errors.CodeExpiredError)
    assert "could not be reached" in finished.message and "internet" in finished.fix
    assert sqlite_store.profile(USER) is None
