"""Saved connections in use, end to end: the token cache, refresh, 401 retry, throttling."""

from __future__ import annotations

import pytest
import requests
from e2e_helpers import FakeClock, connect, expire_cached_token, open_saved, token_grants

from zoho_wizard.core import errors
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connection import MIN_VALIDITY_SECONDS, CachedToken
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET, Sandbox

NAME = "Acme Ltd"


@pytest.fixture
def connected(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> str:
    """A fresh saved connection called NAME; the recorded requests are cleared."""
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    sandbox.clear_requests()
    return NAME


def test_connecting_stores_everything_needed_and_no_secret_in_the_profile(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    made = connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    secrets = KeyringSecretStore()
    profile = profiles.get(NAME)
    assert profile == made.profile
    assert profile.accounts_server == sandbox.accounts_url("us")
    assert profile.api_domain == sandbox.api_domain("us")
    assert profile.data_center == "us"
    assert profile.organization_id == "10234695"
    assert profile.organization_name == "Zillum Bookkeeping (practice)"
    assert profile.currency_code == "USD"
    assert profile.user_email == "practice@example.com"
    assert profile.secret_store == "keyring"
    assert secrets.get(NAME, "client_secret") == PRACTICE_CLIENT_SECRET
    assert secrets.get(NAME, "refresh_token") == made.tokens.refresh_token
    cached = CachedToken.parse(secrets.get(NAME, "access_token"))
    assert cached is not None and cached.access_token == made.tokens.access_token
    text = profiles.path.read_text(encoding="utf-8")
    for secret in (*sandbox.issued_secrets(), PRACTICE_CLIENT_SECRET):
        assert secret not in text


def test_connecting_a_cross_dc_user_records_the_users_data_center(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    made = connect(
        sandbox,
        profiles,
        name="Euro GmbH",
        session=session,
        clock=clock,
        email="eu.practice@example.com",
    )
    assert "location=eu" in made.callback_url
    assert made.profile.data_center == "eu"
    assert made.profile.accounts_server == sandbox.accounts_url("eu")
    assert made.profile.api_domain == sandbox.api_domain("eu")
    exchanges = token_grants(sandbox, "authorization_code")
    assert [r.dc for r in sandbox.requests_for("token")] == ["eu"]
    assert len(exchanges) == 1
    conn = open_saved("Euro GmbH", profiles, session=session, clock=clock)
    with BooksSession(conn) as books:
        assert books.get(f"organizations/{made.profile.organization_id}").status_code == 200
    assert conn.refresh_now()
    assert [r.dc for r in sandbox.requests_for("token")] == ["eu", "eu"]


def test_the_cached_token_is_reused_without_asking_zoho(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    made = connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    sandbox.clear_requests()
    conn = open_saved(NAME, profiles, session=session, clock=clock)
    first = conn.access_token()
    clock.advance(1800)
    second = open_saved(NAME, profiles, session=session, clock=clock).access_token()
    assert first == second == made.tokens.access_token
    assert sandbox.requests_for("token") == []


def test_a_token_within_min_validity_of_expiry_is_refreshed_once(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    conn = open_saved(connected, profiles, session=session, clock=clock)
    old = conn.access_token()
    cached = conn.cached_token()
    assert cached is not None
    # Just outside the margin: still reused.
    clock.now = cached.expires_at - MIN_VALIDITY_SECONDS - 1
    assert conn.access_token() == old
    assert sandbox.requests_for("token") == []
    # Inside the margin: refreshed, once, and the new token is cached.
    clock.now = cached.expires_at - MIN_VALIDITY_SECONDS + 1
    new = conn.access_token()
    assert new != old
    grants = token_grants(sandbox)
    assert len(grants) == 1
    assert grants[0]["client_id"] == PRACTICE_CLIENT_ID
    assert grants[0]["client_secret"] == PRACTICE_CLIENT_SECRET
    assert grants[0]["refresh_token"] == KeyringSecretStore().get(connected, "refresh_token")
    assert conn.access_token() == new
    assert len(sandbox.requests_for("token")) == 1
    fresh = conn.cached_token()
    assert fresh is not None
    assert fresh.access_token == new
    assert fresh.expires_at == pytest.approx(clock() + sandbox.access_token_ttl)
    assert fresh.refreshed_at == clock()
    assert fresh.throttled_until == 0.0


def test_an_expired_or_missing_cache_is_refreshed(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    secrets = KeyringSecretStore()
    old = expire_cached_token(secrets, connected, clock() - 1)
    conn = open_saved(connected, profiles, session=session, clock=clock)
    renewed = conn.access_token()
    assert renewed != old.access_token
    secrets.delete(connected, "access_token")
    assert conn.access_token() not in (renewed, old.access_token)
    secrets.set(connected, "access_token", "{not json")
    assert conn.access_token()
    assert len(token_grants(sandbox)) == 3


def test_a_401_refreshes_exactly_once_and_retries(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    conn = open_saved(connected, profiles, session=session, clock=clock)
    old = conn.access_token()
    assert sandbox.revoke("us", old).body == {"status": "success"}
    with BooksSession(conn) as books:
        response = books.get("organizations")
    assert response.status_code == 200
    assert len(token_grants(sandbox)) == 1
    calls = sandbox.requests_for("organizations")
    assert [c.headers["Authorization"] for c in calls] == [
        f"Zoho-oauthtoken {old}",
        f"Zoho-oauthtoken {conn.access_token()}",
    ]
    assert conn.access_token() != old


def test_a_books401_fault_gets_one_refresh_and_one_retry(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    conn = open_saved(connected, profiles, session=session, clock=clock)
    sandbox.faults.add("organizations", "books401")
    with BooksSession(conn) as books:
        body = books.get("organizations/10234695").json()
    assert body["organization"]["organization_id"] == "10234695"
    assert len(token_grants(sandbox)) == 1
    assert len(sandbox.requests_for("organizations")) == 2


def test_a_401_after_another_process_refreshed_uses_its_token_without_refreshing(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    mine = open_saved(connected, profiles, session=session, clock=clock)
    theirs = open_saved(connected, profiles, session=session, clock=clock)
    stale = mine.access_token()
    newer = theirs.refresh_now()
    assert sandbox.revoke("us", stale).body == {"status": "success"}
    sandbox.clear_requests()
    # ``mine`` read the cache before; a 401 on the stale token picks up the newer one.
    assert mine.access_token(refused=stale) == newer
    assert sandbox.requests_for("token") == []


# --- throttling ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 200])
def test_eleven_refreshes_in_ten_minutes_are_throttled_and_the_wait_is_remembered(
    status: int,
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    sandbox.throttle_status = status
    # Tokens that live less than MIN_VALIDITY make every access_token() call refresh.
    sandbox.access_token_ttl = 60
    conn = open_saved(connected, profiles, session=session, clock=clock)
    expire_cached_token(KeyringSecretStore(), connected, clock() - 1)
    tokens = set()
    for _ in range(10):
        tokens.add(conn.access_token())
        clock.advance(30)
    assert len(tokens) == 10
    assert len(token_grants(sandbox)) == 10
    with pytest.raises(errors.ThrottledError) as caught:
        conn.access_token()
    assert caught.value.retry_after >= 600
    assert caught.value.action is errors.Action.WAIT
    assert len(token_grants(sandbox)) == 11
    cached = conn.cached_token()
    assert cached is not None
    assert cached.throttled_until == pytest.approx(clock() + caught.value.retry_after)

    # Remembered, across processes too (a new SavedConnection reads it from the store):
    # the next calls raise at once and nothing more reaches Zoho.
    clock.advance(60)
    for again in (conn, open_saved(connected, profiles, session=session, clock=clock)):
        with pytest.raises(errors.ThrottledError) as second:
            again.access_token()
        assert second.value.retry_after == pytest.approx(caught.value.retry_after - 60)
        with pytest.raises(errors.ThrottledError):
            again.refresh_now()
    assert len(token_grants(sandbox)) == 11

    # Once the wait is over, a refresh is tried again (and Zoho's window has passed).
    clock.now = cached.throttled_until + 1
    assert conn.access_token() not in tokens
    assert len(token_grants(sandbox)) == 12
    fresh = conn.cached_token()
    assert fresh is not None and fresh.throttled_until == 0.0


def test_a_throttle_does_not_take_away_a_token_that_is_still_valid(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    sandbox.refresh_limit = 1
    conn = open_saved(connected, profiles, session=session, clock=clock)
    valid = conn.refresh_now()
    with pytest.raises(errors.ThrottledError):
        conn.refresh_now()
    assert conn.access_token() == valid
    with BooksSession(conn) as books:
        assert books.get("organizations").status_code == 200
    assert len(token_grants(sandbox)) == 2


def test_a_localized_throttle_answer_is_recognised(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    sandbox.faults.add("token", "localized", status=200)
    conn = open_saved(connected, profiles, session=session, clock=clock)
    with pytest.raises(errors.ThrottledError) as caught:
        conn.refresh_now()
    assert "拒绝" not in caught.value.message
    with pytest.raises(errors.ThrottledError):
        conn.access_token(min_validity=10_000)
    assert len(sandbox.requests_for("token")) == 1


def test_a_throttle_with_no_cached_token_is_remembered_too(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    KeyringSecretStore().delete(connected, "access_token")
    sandbox.faults.add("token", "throttle", status=400)
    conn = open_saved(connected, profiles, session=session, clock=clock)
    with pytest.raises(errors.ThrottledError):
        conn.access_token()
    with pytest.raises(errors.ThrottledError):
        conn.access_token()
    assert len(sandbox.requests_for("token")) == 1


def test_a_revoked_refresh_token_asks_for_a_reconnect(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    refresh = KeyringSecretStore().get(connected, "refresh_token")
    assert refresh is not None
    sandbox.revoke("us", refresh)
    conn = open_saved(connected, profiles, session=session, clock=clock)
    with pytest.raises(errors.InvalidCodeError) as caught:
        conn.refresh_now()
    assert caught.value.action is errors.Action.RECONNECT
    assert connected in caught.value.message
    assert refresh not in str(caught.value)


def test_a_missing_refresh_token_is_reported_as_missing(
    connected: str,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    KeyringSecretStore().delete(connected, "refresh_token")
    conn = open_saved(connected, profiles, session=session, clock=clock)
    with pytest.raises(errors.SecretMissingError) as caught:
        conn.refresh_now()
    assert caught.value.action is errors.Action.RECONNECT
    assert "refresh token" in caught.value.message
    assert sandbox.requests_for("token") == []
