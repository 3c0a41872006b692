"""The health check's parts: the clock check, the report, the data-center check, and how
each Zoho failure becomes a result (scripted fake server; the sandbox runs are in e2e)."""

from __future__ import annotations

import email.utils
import time
from dataclasses import replace
from pathlib import Path

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.connect import now_iso
from zoho_wizard.core.connection import CachedToken, SavedConnection
from zoho_wizard.core.health import (
    MAX_CLOCK_SKEW_SECONDS,
    RECENT_REFRESH_SECONDS,
    CheckResult,
    HealthReport,
    Outcome,
    _clock_check,
    check,
)
from zoho_wizard.core.store import MemorySecretStore, Profile, ProfileStore

# Real time: the fake server stamps every answer with a real Date header.
T0 = float(int(time.time()))
NAME = "Acme Ltd"
ORG = {"code": 0, "organization": {"organization_id": "10234695", "name": "Acme"}}


def response_with_date(date: str | None) -> requests.Response:
    response = requests.Response()
    response.status_code = 200
    if date is not None:
        response.headers["Date"] = date
    return response


def http_date(when: float) -> str:
    return email.utils.formatdate(when, usegmt=True)


def make_conn(
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
    *,
    refreshed_ago: float = 60.0,
    **changes: object,
) -> SavedConnection:
    secrets = MemorySecretStore()
    secrets.set(NAME, "client_secret", "fake-client-secret-0123456789")
    secrets.set(NAME, "refresh_token", "fake-refresh-token")
    secrets.set(NAME, "access_token", CachedToken("tok", T0 + 3000, T0 - refreshed_ago).dump())
    profile = Profile(
        name=NAME,
        client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        data_center="us",
        accounts_server=server.url,
        api_domain=server.url,
        scopes=("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"),
        granted_scopes=("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"),
        organization_id="10234695",
        organization_name="Acme",
    )
    profile = replace(profile, **changes)  # type: ignore[arg-type]
    profiles = ProfileStore(config_path)
    profiles.save(profile)
    return SavedConnection(
        profile, secrets, profiles, session=session, clock=lambda: T0, lock_file=tmp_path / "l"
    )


def results(report: HealthReport) -> dict[str, CheckResult]:
    return {r.key: r for r in report.results}


# --- the clock ----------------------------------------------------------------------------


def test_clock_check_without_an_answer_or_a_date_is_skipped() -> None:
    assert _clock_check(None, T0).outcome is Outcome.SKIPPED
    assert _clock_check(response_with_date(None), T0).outcome is Outcome.SKIPPED
    assert _clock_check(response_with_date("yesterday-ish"), T0).outcome is Outcome.SKIPPED


@pytest.mark.parametrize(
    ("skew", "outcome", "word"),
    [
        (0, Outcome.OK, ""),
        (MAX_CLOCK_SKEW_SECONDS - 5, Outcome.OK, ""),
        (-(MAX_CLOCK_SKEW_SECONDS - 5), Outcome.OK, ""),
        (900, Outcome.PROBLEM, "15 minutes ahead"),
        (-1800, Outcome.PROBLEM, "30 minutes behind"),
    ],
)
def test_clock_check_compares_with_zohos_date(skew: float, outcome: Outcome, word: str) -> None:
    result = _clock_check(response_with_date(http_date(T0)), T0 + skew)
    assert result.outcome is outcome
    assert word in result.detail
    if outcome is Outcome.PROBLEM:
        assert result.fix


# --- the report ---------------------------------------------------------------------------


def test_report_ok_summary_and_json() -> None:
    ok = CheckResult("refresh", "Staying signed in", Outcome.OK, "Fine.")
    skipped = CheckResult("scopes", "Access granted", Outcome.SKIPPED, "Unknown.")
    bad = CheckResult(
        "organization", "Org", Outcome.PROBLEM, "First problem.", "Fix it.", errors.Action.RETRY
    )
    worse = CheckResult("clock", "Clock", Outcome.PROBLEM, "Second problem.")
    assert HealthReport(NAME, (ok, skipped)).ok
    assert HealthReport(NAME, (ok, skipped)).summary == "Working"
    report = HealthReport(NAME, (ok, bad, worse))
    assert not report.ok
    assert report.summary == "First problem."
    assert report.to_json() == {
        "connection": NAME,
        "ok": False,
        "checks": [
            {
                "check": "refresh",
                "title": "Staying signed in",
                "outcome": "ok",
                "detail": "Fine.",
                "fix": "",
                "action": "none",
            },
            {
                "check": "organization",
                "title": "Org",
                "outcome": "problem",
                "detail": "First problem.",
                "fix": "Fix it.",
                "action": "retry",
            },
            {
                "check": "clock",
                "title": "Clock",
                "outcome": "problem",
                "detail": "Second problem.",
                "fix": "",
                "action": "none",
            },
        ],
    }


# --- check() with a scripted Zoho ----------------------------------------------------------


def test_a_healthy_connection_with_a_recent_refresh_makes_one_books_call(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path)
    server.reply(200, ORG)
    report = check(conn)
    assert report.ok
    assert [r.outcome for r in report.results] == [Outcome.OK] * 4
    (call,) = server.requests
    assert call.path == "/books/v3/organizations/10234695"
    assert call.header("Authorization") == "Zoho-oauthtoken tok"
    saved = ProfileStore(config_path).get(NAME)
    assert (saved.health, saved.health_detail) == ("ok", "Working")
    assert saved.checked_at == now_iso(lambda: T0)


def test_an_old_refresh_is_proven_with_a_real_one(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(
        server, config_path, session, tmp_path, refreshed_ago=RECENT_REFRESH_SECONDS + 1
    )
    server.reply(200, {"access_token": "new", "expires_in": 3600})
    server.reply(200, ORG)
    report = check(conn)
    assert report.ok
    refresh, books = server.requests
    assert refresh.form["grant_type"] == "refresh_token"
    assert books.header("Authorization") == "Zoho-oauthtoken new"


def test_a_recent_refresh_of_a_nearly_expired_token_is_proven_again(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path)
    conn.secrets.set(NAME, "access_token", CachedToken("tok", T0 + 30, T0 - 60).dump())
    server.reply(200, {"access_token": "new", "expires_in": 3600})
    server.reply(200, ORG)
    assert check(conn).ok
    assert len(server.requests) == 2


# --- access not reported by Zoho (its code exchange names no scopes) ---------------------


def test_unreported_access_says_what_reading_the_organization_confirmed(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path, granted_scopes=())
    server.reply(200, ORG)
    report = check(conn)
    result = results(report)["scopes"]
    assert result.outcome is Outcome.PARTLY_CONFIRMED
    assert "did not report" in result.detail
    assert result.detail == (
        "Zoho did not report which access it granted. Reading the organization confirmed: "
        "Organization settings: view only. Not confirmed, because this check does not use "
        "it: Invoices: view only."
    )
    assert "Everything" not in result.detail  # never a false "all granted"
    assert report.ok  # not a failure either
    assert result.to_json()["outcome"] == "partly_confirmed"


def test_unreported_access_is_all_confirmed_when_only_the_organization_was_asked_for(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(
        server,
        config_path,
        session,
        tmp_path,
        scopes=("ZohoBooks.settings.READ",),
        granted_scopes=(),
    )
    server.reply(200, ORG)
    result = results(check(conn))["scopes"]
    assert result.outcome is Outcome.OK
    assert "did not report" in result.detail
    assert "confirmed everything this connection asked for" in result.detail


def test_unreported_access_with_an_unreadable_organization_confirms_nothing(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path, granted_scopes=())
    server.reply(500, "")
    result = results(check(conn))["scopes"]
    assert result.outcome is Outcome.SKIPPED
    assert result.detail == "Zoho did not report which access it granted."


def test_full_access_asked_for_and_not_reported_is_only_partly_confirmed(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(
        server,
        config_path,
        session,
        tmp_path,
        scopes=("ZohoBooks.fullaccess.all",),
        granted_scopes=(),
    )
    server.reply(200, ORG)
    result = results(check(conn))["scopes"]
    assert result.outcome is Outcome.PARTLY_CONFIRMED
    assert "confirmed: Organization settings: view only." in result.detail
    assert "use it: Everything in Zoho Books: view, change and delete." in result.detail


# --- the organization ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (404, {"code": 1002, "message": "Organization does not exist."}),
        (
            400,
            {
                "code": 6041,
                "message": "This user is not associated with the CompanyID/CompanyName:10234695.",
            },
        ),
        (200, {"code": 6041, "message": "This user is not associated with the CompanyID"}),
    ],
    ids=["404-1002", "400-6041", "200-6041"],
)
def test_an_organization_out_of_reach_says_so_whatever_books_code(
    status: int,
    body: object,
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
) -> None:
    conn = make_conn(server, config_path, session, tmp_path)
    server.reply(status, body)
    org = results(check(conn))["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.detail == (
        "The organization “Acme” (ID 10234695) is no longer available to this Zoho user."
    )
    assert org.fix == "Reconnect and choose the organization again."
    assert org.action is errors.Action.RECONNECT


@pytest.mark.parametrize("status", [401, 400])
@pytest.mark.parametrize(
    ("granted", "asked", "words"),
    [
        # Zoho said what it granted, and reading organizations was not among it.
        (("ZohoBooks.invoices.READ",), ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"), ""),
        # Never asked for (Zoho grants no more than asked).
        ((), ("ZohoBooks.invoices.READ",), "choose that access on the details page"),
    ],
    ids=["not-granted", "not-asked-for"],
)
def test_code_57_for_access_known_to_be_missing_names_it(
    status: int,
    granted: tuple[str, ...],
    asked: tuple[str, ...],
    words: str,
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
) -> None:
    conn = make_conn(server, config_path, session, tmp_path, scopes=asked, granted_scopes=granted)
    server.reply(
        status, {"code": 57, "message": "You are not authorized to perform this operation"}
    )
    org = results(check(conn))["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.detail == (
        "Zoho Books refused because this connection was not given access to "
        "“Organization settings: view only”."
    )
    assert org.fix.startswith("Reconnect")
    assert words in org.fix
    assert org.action is errors.Action.RECONNECT


def test_code_57_with_nothing_known_missing_keeps_the_sign_in_words(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path, granted_scopes=())
    server.reply(401, {"code": 57, "message": "You are not authorized to perform this operation"})
    org = results(check(conn))["organization"]
    assert org.detail == errors.BooksAuthError.default_message
    assert org.action is errors.Action.RECONNECT


@pytest.mark.parametrize(
    ("status", "body", "action"),
    [
        (200, {"error": "invalid_code"}, errors.Action.RECONNECT),
        (200, {"error": "invalid_client"}, errors.Action.OPEN_API_CONSOLE),
        (200, {"error": "something_new"}, errors.Action.RETRY),  # TRY_AGAIN becomes RETRY
        (502, "<html>Bad gateway</html>", errors.Action.RETRY),
        (400, {"error": "Access Denied"}, errors.Action.WAIT),
    ],
)
def test_refresh_failures_become_results_not_exceptions(
    status: int,
    body: object,
    action: errors.Action,
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
) -> None:
    conn = make_conn(
        server, config_path, session, tmp_path, refreshed_ago=RECENT_REFRESH_SECONDS + 1
    )
    server.reply(status, body)
    report = check(conn)
    refresh = results(report)["refresh"]
    assert refresh.outcome is Outcome.PROBLEM
    assert refresh.action is action
    assert results(report)["organization"].outcome is Outcome.SKIPPED
    assert results(report)["clock"].outcome is Outcome.SKIPPED
    assert ProfileStore(config_path).get(NAME).health == "attention"


def test_an_unreachable_zoho_is_a_retryable_problem(
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
    refused_url: str,
) -> None:
    conn = make_conn(
        server,
        config_path,
        session,
        tmp_path,
        refreshed_ago=RECENT_REFRESH_SECONDS + 1,
        accounts_server=refused_url,
    )
    refresh = results(check(conn))["refresh"]
    assert refresh.outcome is Outcome.PROBLEM
    assert refresh.action is errors.Action.RETRY


@pytest.mark.parametrize(
    ("granted", "outcome"),
    [
        (("ZohoBooks.settings.READ",), Outcome.PROBLEM),
        (("ZohoBooks.fullaccess.all",), Outcome.OK),
        (("zohobooks.SETTINGS.read", "ZohoBooks.invoices.ALL"), Outcome.OK),
        ((), Outcome.PARTLY_CONFIRMED),  # not reported: the organization proves part of it
    ],
)
def test_scopes(
    granted: tuple[str, ...],
    outcome: Outcome,
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
) -> None:
    conn = make_conn(server, config_path, session, tmp_path, granted_scopes=granted)
    server.reply(200, ORG)
    result = results(check(conn))["scopes"]
    assert result.outcome is outcome
    if outcome is Outcome.PROBLEM:
        assert "Invoices: view only" in result.detail
        assert result.action is errors.Action.RECONNECT


@pytest.mark.parametrize(
    ("status", "body", "action"),
    [
        (401, {"code": 57, "message": "not authorized"}, errors.Action.RECONNECT),
        (401, {"code": 14, "message": "invalid"}, errors.Action.RECONNECT),
        (429, {"code": 44, "message": "slow down"}, errors.Action.WAIT),
        (404, {"code": 1002, "message": "Organization does not exist."}, None),
        (500, "", errors.Action.RETRY),
    ],
)
def test_organization_failures(
    status: int,
    body: object,
    action: errors.Action | None,
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
) -> None:
    conn = make_conn(server, config_path, session, tmp_path)
    server.reply(status, body)
    report = check(conn)
    org = results(report)["organization"]
    assert org.outcome is Outcome.PROBLEM
    if action is not None:
        assert org.action is action
    assert results(report)["clock"].outcome is Outcome.OK  # the answer still had a Date
    assert not report.ok


def test_books_unreachable_is_a_retryable_problem(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path)
    server.hang_up()
    org = results(check(conn))["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.action is errors.Action.RETRY


def test_no_organization_means_reconnect_and_no_books_call(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path, organization_id="")
    org = results(check(conn))["organization"]
    assert org.outcome is Outcome.PROBLEM
    assert org.action is errors.Action.RECONNECT
    assert server.requests == []


@pytest.mark.parametrize(
    ("dc", "api_domain", "outcome"),
    [
        ("eu", "https://www.zohoapis.eu", Outcome.OK),
        ("eu", "https://www.zohoapis.eu/", Outcome.OK),
        ("ca", "https://www.zohoapis.ca", Outcome.OK),
        ("us", "https://www.zohoapis.eu", Outcome.PROBLEM),
        ("zz", "https://www.zohoapis.eu", None),
    ],
)
def test_the_api_domain_must_belong_to_the_data_center(
    dc: str,
    api_domain: str,
    outcome: Outcome | None,
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
) -> None:
    # No organization: nothing is sent to the (real) API domain.
    conn = make_conn(
        server,
        config_path,
        session,
        tmp_path,
        data_center=dc,
        api_domain=api_domain,
        organization_id="",
    )
    found = results(check(conn)).get("datacenter")
    if outcome is None:
        assert found is None
    else:
        assert found is not None and found.outcome is outcome
        if outcome is Outcome.PROBLEM:
            assert found.action is errors.Action.RECONNECT
    assert server.requests == []


def test_a_broken_connections_file_does_not_break_the_check(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path)
    config_path.write_text("{broken", encoding="utf-8")
    server.reply(200, ORG)
    report = check(conn)
    assert report.ok
    assert config_path.read_text(encoding="utf-8") == "{broken"
