"""The health check (``core.health.check``) against the sandbox, one failure at a time."""

from __future__ import annotations

from dataclasses import replace

import pytest
import requests
from e2e_helpers import DEFAULT_ORG_ID, FakeClock, connect, open_saved, token_grants

from zoho_wizard.core import errors
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.health import (
    RECENT_REFRESH_SECONDS,
    CheckResult,
    HealthReport,
    Outcome,
    check,
)
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import PRACTICE_EMAIL, Sandbox

NAME = "Acme Ltd"


@pytest.fixture
def conn(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> SavedConnection:
    """A connection whose code exchange named the granted scopes (not Zoho's usual answer:
    see ``unreported`` below)."""
    sandbox.scope_in_code_response = True
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    sandbox.clear_requests()
    return open_saved(NAME, profiles, session=session, clock=clock)


@pytest.fixture
def unreported(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> SavedConnection:
    """A connection made as with Zoho: the code exchange's answer named no scopes."""
    sandbox.scope_in_code_response = False
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    sandbox.scope_in_code_response = False
    sandbox.clear_requests()
    return open_saved(NAME, profiles, session=session, clock=clock)


def age_last_refresh(conn: SavedConnection, seconds: float) -> None:
    """Pretend the cached token was refreshed ``seconds`` earlier than it was (moving
    the clock instead would make the clock check fail)."""
    cached = conn.cached_token()
    assert cached is not None
    conn.secrets.set(
        conn.profile.name,
        "access_token",
        replace(cached, refreshed_at=cached.refreshed_at - seconds).dump(),
    )


def by_key(report: HealthReport) -> dict[str, CheckResult]:
    return {r.key: r for r in report.results}


def outcomes(report: HealthReport) -> dict[str, Outcome]:
    return {r.key: r.outcome for r in report.results}


def test_a_fresh_connection_is_all_ok_and_the_result_is_saved(
    conn: SavedConnection, profiles: ProfileStore, sandbox: Sandbox
) -> None:
    report = check(conn)
    assert report.ok
    assert report.summary == "Working"
    assert outcomes(report) == {
        "refresh": Outcome.OK,
        "scopes": Outcome.OK,
        "organization": Outcome.OK,
        "clock": Outcome.OK,
    }  # no "datacenter" line: the sandbox's API domain is not a Zoho one
    assert "Zillum Bookkeeping (practice)" in by_key(report)["organization"].detail
    saved = profiles.get(NAME)
    assert saved.health == "ok"
    assert saved.health_detail == "Working"
    assert saved.checked_at
    assert conn.profile == saved
    (call,) = sandbox.requests_for("organizations")
    assert call.path == "/api/us/books/v3/organizations/10234695"
    assert report.to_json()["ok"] is True


def test_the_first_check_after_connecting_proves_the_refresh_token(
    conn: SavedConnection, sandbox: Sandbox
) -> None:
    """The code exchange is not a refresh: right after connecting, the check must make one
    real refresh (reference: "Test a refresh right after connecting")."""
    report = check(conn)
    assert by_key(report)["refresh"].outcome is Outcome.OK
    assert len(token_grants(sandbox)) == 1


def test_a_recent_refresh_is_not_repeated(
    conn: SavedConnection, sandbox: Sandbox, clock: FakeClock
) -> None:
    conn.refresh_now()
    age_last_refresh(conn, RECENT_REFRESH_SECONDS - 60)
    sandbox.clear_requests()
    report = check(conn)
    assert report.ok
    assert "last ten minutes" in by_key(report)["refresh"].detail
    assert sandbox.requests_for("token") == []
    # An older one is proven again with a real refresh.
    age_last_refresh(conn, 120)
    report = check(conn)
    assert report.ok
    assert "just now" in by_key(report)["refresh"].detail
    assert len(token_grants(sandbox)) == 1


def test_a_revoked_refresh_token_asks_for_a_reconnect(
    conn: SavedConnection, sandbox: Sandbox, clock: FakeClock, profiles: ProfileStore
) -> None:
    refresh = conn.secrets.get(NAME, "refresh_token")
    assert refresh is not None
    sandbox.revoke("us", refresh)
    age_last_refresh(conn, RECENT_REFRESH_SECONDS + 1)
    report = check(conn)
    assert not report.ok
    results = by_key(report)
    assert results["refresh"].outcome is Outcome.PROBLEM
    assert results["refresh"].action is errors.Action.RECONNECT
    assert results["refresh"].fix
    assert results["organization"].outcome is Outcome.SKIPPED
    assert report.summary == results["refresh"].detail
    saved = profiles.get(NAME)
    assert saved.health == "attention"
    assert saved.health_detail == report.summary
    assert refresh not in str(report.to_json())


def test_a_revoked_connection_is_a_problem_even_right_after_a_refresh(
    conn: SavedConnection, sandbox: Sandbox
) -> None:
    conn.refresh_now()
    refresh = conn.secrets.get(NAME, "refresh_token")
    assert refresh is not None
    sandbox.revoke("us", refresh)  # kills the cached access token too
    report = check(conn)
    assert not report.ok
    org = by_key(report)["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.action is errors.Action.RECONNECT


def test_missing_scopes_are_a_problem_with_reconnect(
    conn: SavedConnection, profiles: ProfileStore
) -> None:
    wider = replace(conn.profile, scopes=(*conn.profile.scopes, "ZohoBooks.contacts.CREATE"))
    profiles.save(wider)
    conn.profile = wider
    report = check(conn)
    scopes = by_key(report)["scopes"]
    assert scopes.outcome is Outcome.PROBLEM
    assert scopes.action is errors.Action.RECONNECT
    assert "Customers and vendors" in scopes.detail
    assert not report.ok
    assert profiles.get(NAME).health == "attention"


def test_unreported_scopes_say_what_was_confirmed_and_are_not_a_problem(
    unreported: SavedConnection, profiles: ProfileStore
) -> None:
    assert unreported.profile.granted_scopes == ()  # stored as "Zoho did not say"
    report = check(unreported)
    scopes = by_key(report)["scopes"]
    assert scopes.outcome is Outcome.PARTLY_CONFIRMED
    assert scopes.detail == (
        "Zoho did not report which access it granted. Reading the organization confirmed: "
        "Organization settings: view only. Not confirmed, because this check does not use "
        "it: Invoices: view only; Your Zoho name and e-mail address."
    )
    assert by_key(report)["organization"].outcome is Outcome.OK
    assert report.ok
    assert report.summary == "Working"
    assert profiles.get(NAME).health == "ok"


def test_unreported_scopes_with_books_refusing_confirm_nothing(
    unreported: SavedConnection, sandbox: Sandbox
) -> None:
    sandbox.faults.add("organizations", "books401", times=None)
    report = check(unreported)
    scopes = by_key(report)["scopes"]
    assert scopes.outcome is Outcome.SKIPPED
    assert scopes.detail == "Zoho did not report which access it granted."
    assert by_key(report)["organization"].outcome is Outcome.PROBLEM
    assert not report.ok


def test_unreported_scopes_are_all_confirmed_when_only_the_organizations_were_asked_for(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    sandbox.scope_in_code_response = False
    scopes = ("ZohoBooks.settings.READ",)
    connect(sandbox, profiles, name=NAME, session=session, clock=clock, scopes=scopes)
    report = check(open_saved(NAME, profiles, session=session, clock=clock))
    assert by_key(report)["scopes"].outcome is Outcome.OK
    assert "confirmed everything this connection asked for" in by_key(report)["scopes"].detail


def test_books_refusing_the_token_is_an_organization_problem(
    conn: SavedConnection, sandbox: Sandbox
) -> None:
    sandbox.faults.add("organizations", "books401")
    report = check(conn)
    org = by_key(report)["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.action is errors.Action.RECONNECT
    assert not report.ok


@pytest.mark.parametrize("books_code", [6041, 1002])
def test_a_wrong_organization_id_is_a_problem(
    conn: SavedConnection, profiles: ProfileStore, sandbox: Sandbox, books_code: int
) -> None:
    sandbox.missing_organization_code = books_code
    conn.profile = replace(conn.profile, organization_id="99999999")
    report = check(conn)
    org = by_key(report)["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert "no longer available to this Zoho user" in org.detail
    assert "99999999" in org.detail
    assert org.action is errors.Action.RECONNECT  # choosing it again is the way out
    assert not report.ok


def test_an_organization_the_user_was_removed_from_says_so(
    conn: SavedConnection, sandbox: Sandbox, profiles: ProfileStore
) -> None:
    user = sandbox.user(PRACTICE_EMAIL)
    assert user is not None
    user.organizations = [o for o in user.organizations if o["organization_id"] != DEFAULT_ORG_ID]
    report = check(conn)
    org = by_key(report)["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.detail == (
        "The organization “Zillum Bookkeeping (practice)” (ID 10234695) is no longer "
        "available to this Zoho user."
    )
    assert org.fix == "Reconnect and choose the organization again."
    assert org.action is errors.Action.RECONNECT
    assert sandbox.missing_organization_code == 6041  # Zoho's answer, not a 404
    assert profiles.get(NAME).health_detail == org.detail  # what the saved list shows


def test_no_organization_chosen_is_a_problem(conn: SavedConnection) -> None:
    conn.profile = replace(conn.profile, organization_id="")
    org = by_key(check(conn))["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.action is errors.Action.RECONNECT


def test_books_unreachable_is_a_retryable_problem(conn: SavedConnection, sandbox: Sandbox) -> None:
    conn.refresh_now()
    sandbox.faults.add("organizations", "drop")
    org = by_key(check(conn))["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.action is errors.Action.RETRY


def test_a_deleted_refresh_token_is_reported_missing_with_reconnect(
    conn: SavedConnection, clock: FakeClock, sandbox: Sandbox
) -> None:
    age_last_refresh(conn, RECENT_REFRESH_SECONDS + 1)
    assert KeyringSecretStore().delete(NAME, "refresh_token")
    report = check(conn)
    refresh = by_key(report)["refresh"]
    assert refresh.outcome is Outcome.PROBLEM
    assert refresh.action is errors.Action.RECONNECT
    assert refresh.detail == (f"The refresh token of “{NAME}” is missing from the password store.")
    assert refresh.fix == errors.SecretMissingError.default_fix
    assert sandbox.requests_for("token") == []


def test_a_deleted_keyring_item_is_noticed_even_after_a_recent_refresh(
    conn: SavedConnection, sandbox: Sandbox
) -> None:
    """A script refreshed a minute ago; then the refresh token vanished from the keyring.
    The check must not report "Working" for a connection that can no longer refresh."""
    conn.refresh_now()
    assert KeyringSecretStore().delete(NAME, "refresh_token")
    report = check(conn)
    refresh = by_key(report)["refresh"]
    assert refresh.outcome is Outcome.PROBLEM
    assert refresh.action is errors.Action.RECONNECT
    assert "missing" in refresh.detail


def test_a_throttled_refresh_says_wait(
    conn: SavedConnection, sandbox: Sandbox, clock: FakeClock
) -> None:
    age_last_refresh(conn, RECENT_REFRESH_SECONDS + 1)
    sandbox.faults.add("token", "throttle")
    report = check(conn)
    refresh = by_key(report)["refresh"]
    assert refresh.outcome is Outcome.PROBLEM
    assert refresh.action is errors.Action.WAIT
    # Without a renewed token the organization is not checked.
    assert by_key(report)["organization"].outcome is Outcome.SKIPPED
    # A second check does not ask Zoho again.
    check(conn)
    assert len(sandbox.requests_for("token")) == 1


def test_a_skewed_clock_is_reported(
    conn: SavedConnection, clock: FakeClock, sandbox: Sandbox
) -> None:
    sandbox.set_clock(lambda: clock() - 3600)  # the sandbox's own idea of time is unused
    clock.advance(RECENT_REFRESH_SECONDS + 1)  # this computer is ~10 minutes fast
    report = check(conn)
    result = by_key(report)["clock"]
    assert result.outcome is Outcome.PROBLEM
    assert "ahead" in result.detail


def test_save_false_leaves_the_profile_alone(
    conn: SavedConnection, profiles: ProfileStore, sandbox: Sandbox
) -> None:
    before = profiles.get(NAME)
    sandbox.faults.add("organizations", "books401")
    report = check(conn, save=False)
    assert not report.ok
    assert profiles.get(NAME) == before


def test_a_connection_made_the_way_zoho_answers_checks_without_crashing(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    # No scope in the authorization-code answer (like Zoho): nothing was granted on
    # record, and the check still runs every step.
    made = connect(sandbox, profiles, name="Like Zoho", session=session, clock=clock)
    assert made.profile.granted_scopes == ()
    report = check(open_saved("Like Zoho", profiles, session=session, clock=clock))
    assert report.ok
    assert outcomes(report)["refresh"] is Outcome.OK
    assert outcomes(report)["organization"] is Outcome.OK
    assert "scopes" in outcomes(report)
