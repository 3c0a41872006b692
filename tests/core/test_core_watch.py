"""The health watch's decisions (core.watch): who needs attention after an automatic
check and why, what the notification says and opens, and the remembered last check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from zoho_wizard.core import errors
from zoho_wizard.core.health import CheckResult, HealthReport, Outcome
from zoho_wizard.core.watch import (
    Day,
    Verdict,
    WatchEntry,
    WatchState,
    assess,
    assess_damaged,
    assess_failure,
    click_command,
    escape_markup,
    last_check,
    notice_for,
    plain_lines,
    read_state,
    write_state,
)

OK_ORG = CheckResult("organization", "Zoho Books organization", Outcome.OK, "“Acme” answers.")


def refresh_problem(error: errors.ZohoWizardError) -> HealthReport:
    """A report whose refresh failed with ``error`` (as core.health writes it)."""
    action = error.action if error.action is not errors.Action.TRY_AGAIN else errors.Action.RETRY
    refresh = CheckResult(
        "refresh",
        "Staying signed in",
        Outcome.PROBLEM,
        error.message,
        error.fix,
        action,
        type(error).__name__,
    )
    skipped = CheckResult("organization", "Zoho Books organization", Outcome.SKIPPED, "Not checked")
    return HealthReport("Acme", (refresh, skipped))


DEAD_KEY = errors.InvalidCodeError(
    "Zoho no longer accepts the key of “Acme”.", "Reconnect.", action=errors.Action.RECONNECT
)


def test_a_working_connection_is_working() -> None:
    assert assess(HealthReport("Acme", (OK_ORG,))) == WatchEntry("Acme", Verdict.WORKING)


def test_a_dead_key_names_every_way_a_key_dies_and_says_zoho_cannot_tell() -> None:
    entry = assess(refresh_problem(DEAD_KEY))
    assert entry.verdict is Verdict.ATTENTION
    assert entry.problem == "Zoho no longer accepts this connection's key."
    for cause in ("password", "terminate API tokens", "Connected Apps", "20", "does not say"):
        assert cause in entry.cause
    assert entry.fix == "Reconnect."


@pytest.mark.parametrize(
    "error",
    [errors.InvalidClientError(), errors.UnknownClientIdError(), errors.InvalidClientSecretError()],
)
def test_an_app_deleted_or_changed_in_the_console_sends_to_the_admin(
    error: errors.ZohoWizardError,
) -> None:
    entry = assess(refresh_problem(error))
    assert entry.verdict is Verdict.ATTENTION
    assert "API console" in entry.cause
    assert "IT admin" in entry.fix


def test_a_key_missing_here_is_said_to_be_missing_here() -> None:
    entry = assess(refresh_problem(errors.SecretMissingError()))
    assert entry.verdict is Verdict.ATTENTION
    assert "password store" in entry.cause


@pytest.mark.parametrize(
    "error",
    [
        errors.NetworkError(),
        errors.ServerError(),
        errors.ThrottledError(),
        errors.KeyringUnavailableError(),  # a store still locked when the timer fires
    ],
)
def test_what_says_nothing_about_the_connection_is_not_attention(
    error: errors.ZohoWizardError,
) -> None:
    entry = assess(refresh_problem(error))
    assert entry.verdict is Verdict.NOT_CHECKED
    assert notice_for([entry]) is None


def test_a_lasting_problem_wins_over_a_passing_one() -> None:
    offline = CheckResult(
        "organization", "Org", Outcome.PROBLEM, "unreachable", "", errors.Action.RETRY
    )
    clock = CheckResult(
        "clock", "Clock", Outcome.PROBLEM, "The clock is 9 minutes ahead.", "Set it."
    )
    entry = assess(HealthReport("Acme", (offline, clock)))
    assert entry.verdict is Verdict.ATTENTION
    assert entry.problem == "The clock is 9 minutes ahead."
    assert entry.cause == ""  # nothing to guess: the answer says it


def test_a_failure_before_the_check_is_judged_the_same_way() -> None:
    assert assess_failure("A", errors.NetworkError()).verdict is Verdict.NOT_CHECKED
    gone = assess_failure("A", errors.UntrustedServerError("https://evil.example"))
    assert gone.verdict is Verdict.ATTENTION
    damaged = assess_damaged("B", "not an object")
    assert damaged.verdict is Verdict.ATTENTION
    assert "not an object" in damaged.problem


def test_no_notification_when_nothing_needs_attention() -> None:
    entries = [WatchEntry("A", Verdict.WORKING), WatchEntry("B", Verdict.NOT_CHECKED, "offline")]
    assert notice_for(entries) is None
    assert notice_for([]) is None


def test_one_connection_needing_attention_is_named_and_a_click_opens_it() -> None:
    entry = assess(refresh_problem(DEAD_KEY))
    notice = notice_for([WatchEntry("Other", Verdict.WORKING), entry])
    assert notice is not None
    assert notice.summary == "Zoho Books connection “Acme” needs attention"
    assert notice.body.splitlines()[:3] == [
        "Zoho no longer accepts this connection's key.",
        "Reconnect.",  # what to do comes first: the causes may be cut off
        "Click to open zoho-wizard on it.",
    ]
    assert "Connected Apps" in notice.body.splitlines()[3]
    assert notice.connection == "Acme"
    program = ("/usr/bin/python3", "-m", "zoho_wizard")
    assert click_command(program, notice) == (*program, "--connection", "Acme")
    for word in ("token", "OAuth", "invalid_code"):  # plain words for bookkeepers
        assert word not in notice.summary


def test_several_needing_attention_are_counted_and_a_click_opens_the_list() -> None:
    notice = notice_for(
        [WatchEntry("A", Verdict.ATTENTION, "Key gone."), WatchEntry("B", Verdict.ATTENTION, "X.")]
    )
    assert notice is not None
    assert notice.summary == "2 Zoho Books connections need attention"
    assert "“A”: Key gone." in notice.body and "“B”: X." in notice.body
    assert notice.connection == ""
    assert click_command(("zw",), notice) == ("zw",)


def test_markup_is_escaped_for_servers_that_read_it() -> None:
    assert escape_markup("R&D <Ltd>") == "R&amp;D &lt;Ltd&gt;"


def test_plain_lines_say_each_verdict() -> None:
    lines = plain_lines(
        [
            WatchEntry("A", Verdict.WORKING),
            WatchEntry("B", Verdict.ATTENTION, "Key gone.", "Likely: x.", "Reconnect."),
            WatchEntry("C", Verdict.NOT_CHECKED, "Offline."),
        ]
    )
    assert lines == [
        "A: working",
        "B: needs attention. Key gone. Likely: x. Reconnect.",
        "C: could not be checked now. Offline.",
    ]


def test_the_state_round_trips_and_a_damaged_one_is_none(tmp_path: Path) -> None:
    path = tmp_path / "watch-state.json"
    assert read_state(path) is None
    state = WatchState(
        1_790_000_000.0,
        "/c/connections.json",
        (WatchEntry("Łódź Sp. z o.o.", Verdict.ATTENTION, "p", "c", "f"),),
    )
    write_state(path, state)
    assert read_state(path) == state
    path.write_text(json.dumps({"connections": [{"name": 1}]}), encoding="utf-8")
    assert read_state(path) is None
    path.write_text("{", encoding="utf-8")
    assert read_state(path) is None


def at(day: int, hour: int) -> float:
    return dt.datetime(2026, 12, day, hour, 0).astimezone().timestamp()


WATCHED = Path("/c/connections.json")


def state_at(when: float, *entries: WatchEntry) -> WatchState:
    return WatchState(when, str(WATCHED), entries)


def test_the_start_page_line_is_absent_unless_the_watch_is_installed() -> None:
    state = state_at(at(2, 7), WatchEntry("A", Verdict.WORKING))
    now = at(2, 10)
    assert last_check(state, installed=False, listed=WATCHED, watched=WATCHED, now=now) is None
    practice = Path("/c/practice-connections.json")
    assert last_check(state, installed=True, listed=practice, watched=WATCHED, now=now) is None
    first = last_check(None, installed=True, listed=WATCHED, watched=WATCHED, now=now)
    assert first is not None and first.at is None


def test_the_start_page_line_says_when_and_who_needs_attention() -> None:
    state = state_at(
        at(1, 7),
        WatchEntry("A", Verdict.WORKING),
        WatchEntry("B", Verdict.ATTENTION, "gone"),
        WatchEntry("C", Verdict.NOT_CHECKED, "offline"),
    )
    line = last_check(state, installed=True, listed=WATCHED, watched=WATCHED, now=at(2, 9))
    assert line is not None
    assert line.day is Day.YESTERDAY
    assert line.at is not None and line.at.hour == 7
    assert line.attention == ("B",)
    assert line.not_checked == ("C",)
    today = last_check(state, installed=True, listed=WATCHED, watched=WATCHED, now=at(1, 23))
    assert today is not None and today.day is Day.TODAY
    later = last_check(state, installed=True, listed=WATCHED, watched=WATCHED, now=at(5, 9))
    assert later is not None and later.day is Day.EARLIER
