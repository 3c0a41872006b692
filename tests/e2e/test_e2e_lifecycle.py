"""Reconnecting, Zoho's cap of 20 refresh tokens, and disconnecting, end to end."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from e2e_helpers import SCOPES, SECOND_ORG_ID, FakeClock, connect, open_saved, token_grants

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import begin_authorization, parse_callback
from zoho_wizard.core.connection import DisconnectOutcome, DisconnectReport
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.core.tokens import TokenClient
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser

NAME = "Acme Ltd"


def refresh_works(sb: Sandbox, session: requests.Session, refresh_token: str) -> bool:
    """Whether the sandbox still accepts this refresh token (asked over HTTP)."""
    try:
        TokenClient(session).refresh(
            accounts_server=sb.accounts_url("us"),
            client_id=PRACTICE_CLIENT_ID,
            client_secret=PRACTICE_CLIENT_SECRET,
            refresh_token=refresh_token,
        )
    except errors.InvalidCodeError:
        return False
    return True


# --- reconnect ----------------------------------------------------------------------------


def test_reconnecting_stores_the_new_refresh_token_and_revokes_the_old_one(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    first = connect(
        sandbox, profiles, name=NAME, session=session, clock=clock, organization_id=SECOND_ORG_ID
    )
    sandbox.clear_requests()
    second = connect(
        sandbox, profiles, name=NAME, session=session, clock=clock, organization_id=SECOND_ORG_ID
    )
    old, new = first.tokens.refresh_token, second.tokens.refresh_token
    assert old and new and old != new
    secrets = KeyringSecretStore()
    assert secrets.get(NAME, "refresh_token") == new
    (revoke,) = sandbox.requests_for("revoke")
    assert revoke.form == {
        "token": old,
        "client_id": PRACTICE_CLIENT_ID,
        "client_secret": PRACTICE_CLIENT_SECRET,
    }
    assert revoke.path == "/accounts/us/oauth/v2/token/revoke"
    assert not refresh_works(sandbox, session, old)
    assert refresh_works(sandbox, session, new)
    # The old refresh token's access tokens died with it; the new cached one works.
    conn = open_saved(NAME, profiles, session=session, clock=clock)
    assert conn.access_token() == second.tokens.access_token
    assert profiles.get(NAME).organization_id == SECOND_ORG_ID
    assert list(profiles.load().profiles) == [NAME]


def test_reconnecting_under_another_name_revokes_nothing(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    first = connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    connect(sandbox, profiles, name="Other", session=session, clock=clock)
    assert sandbox.requests_for("revoke") == []
    assert first.tokens.refresh_token is not None
    assert refresh_works(sandbox, session, first.tokens.refresh_token)


def test_the_21st_consent_kills_the_first_refresh_token(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    """Why reconnect revokes: Zoho keeps 20 refresh tokens per user and client, and the
    21st silently deletes the oldest, even one a script still uses."""
    first = connect(sandbox, profiles, name="Client 00", session=session, clock=clock)
    later: list[str] = []
    with Browser(sandbox) as browser:  # one signed-in browser, 20 more consents
        for _ in range(20):
            request = begin_authorization(
                accounts_url=sandbox.accounts_url("us"),
                client_id=PRACTICE_CLIENT_ID,
                redirect_uri=PRACTICE_REDIRECT_URI,
                scopes=SCOPES,
            )
            callback = parse_callback(browser.authorize_url(request.url))
            assert callback.state == request.state and callback.code
            tokens = TokenClient(session).exchange_code(
                accounts_server=sandbox.accounts_url("us"),
                client_id=PRACTICE_CLIENT_ID,
                client_secret=PRACTICE_CLIENT_SECRET,
                code=callback.code,
                redirect_uri=PRACTICE_REDIRECT_URI,
            )
            assert tokens.refresh_token
            later.append(tokens.refresh_token)
            if len(later) == 19:  # 20 live refresh tokens so far: the first still works
                assert first.tokens.refresh_token is not None
                assert refresh_works(sandbox, session, first.tokens.refresh_token)
    assert sandbox.requests_for("revoke") == []
    conn = open_saved("Client 00", profiles, session=session, clock=clock)
    with pytest.raises(errors.InvalidCodeError) as caught:
        conn.refresh_now()
    assert caught.value.action is errors.Action.RECONNECT
    assert "too many sign-ins" in caught.value.message
    assert all(refresh_works(sandbox, session, token) for token in (later[0], later[-1]))


def test_reconnects_under_one_name_never_reach_the_cap(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    sandbox.max_refresh_tokens = 3  # Zoho's 20, made small to keep the test quick
    keeper = connect(sandbox, profiles, name="Keeper", session=session, clock=clock)
    for _ in range(5):
        connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    assert len(sandbox.requests_for("revoke")) == 4
    assert keeper.tokens.refresh_token is not None
    assert refresh_works(sandbox, session, keeper.tokens.refresh_token)
    assert open_saved(NAME, profiles, session=session, clock=clock).refresh_now()


# --- disconnect ---------------------------------------------------------------------------


def test_disconnect_revokes_at_zoho_and_deletes_everything_here(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    memory_keyring: Any,
) -> None:
    made = connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    connect(sandbox, profiles, name="Other", session=session, clock=clock)
    conn = open_saved(NAME, profiles, session=session, clock=clock)
    report = conn.disconnect()
    assert isinstance(report, DisconnectReport)
    assert report.connection == NAME
    assert report.revoked_at_zoho is True
    assert report.removed_secrets == ("client_secret", "refresh_token", "access_token")
    assert report.removed_settings is True
    assert report.note == ""
    (revoke,) = sandbox.requests_for("revoke")
    assert revoke.form == {
        "token": made.tokens.refresh_token,
        "client_id": PRACTICE_CLIENT_ID,
        "client_secret": PRACTICE_CLIENT_SECRET,
    }
    assert made.tokens.refresh_token is not None
    assert not refresh_works(sandbox, session, made.tokens.refresh_token)
    assert not any(account.startswith(f"{NAME}/") for _, account in memory_keyring.items)
    assert any(account.startswith("Other/") for _, account in memory_keyring.items)
    with pytest.raises(errors.ConnectionNotFoundError):
        profiles.get(NAME)
    assert list(profiles.load().profiles) == ["Other"]
    assert report.lines() == [
        "Zoho revoked the connection's access.",
        "Removed from the password store: client secret, refresh token, access token.",
        "Removed the saved settings.",
    ]
    assert report.to_json() == {
        "connection": NAME,
        "revoked_at_zoho": True,
        "revoke_outcome": "revoked",
        "removed_secrets": ["client_secret", "refresh_token", "access_token"],
        "removed_settings": True,
        "note": "",
    }


@pytest.mark.fault
def test_disconnect_while_zoho_is_unreachable_removes_nothing(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    memory_keyring: Any,
) -> None:
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    before = dict(memory_keyring.items)
    sandbox.stop()
    conn = open_saved(NAME, profiles, session=session, clock=clock)
    with pytest.raises(errors.NetworkError):
        conn.disconnect()
    assert memory_keyring.items == before
    assert profiles.get(NAME).name == NAME


@pytest.mark.fault
def test_disconnect_when_unreachable_with_consent_removes_locally_and_says_where_to_revoke(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    memory_keyring: Any,
) -> None:
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    sandbox.stop()
    report = open_saved(NAME, profiles, session=session, clock=clock).disconnect(
        remove_if_unreachable=True
    )
    assert report.revoked_at_zoho is False
    assert report.removed_secrets == ("client_secret", "refresh_token", "access_token")
    assert report.removed_settings is True
    assert "Connected Apps" in report.note
    assert memory_keyring.items == {}
    with pytest.raises(errors.ConnectionNotFoundError):
        profiles.get(NAME)
    lines = report.lines()
    assert lines[-1] == report.note
    assert not any(line.startswith("Zoho revoked") for line in lines)


def test_disconnect_when_zoho_answers_5xx_is_treated_like_unreachable(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    memory_keyring: Any,
) -> None:
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    sandbox.faults.add("revoke", "status", status=503)
    conn = open_saved(NAME, profiles, session=session, clock=clock)
    with pytest.raises(errors.ServerError):
        conn.disconnect()
    assert profiles.get(NAME).name == NAME
    assert KeyringSecretStore().get(NAME, "refresh_token")


def test_disconnect_of_a_token_zoho_already_forgot(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    made = connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    assert made.tokens.refresh_token is not None
    sandbox.revoke("us", made.tokens.refresh_token)
    report = open_saved(NAME, profiles, session=session, clock=clock).disconnect()
    assert report.removed_settings is True
    assert report.outcome is DisconnectOutcome.ALREADY_GONE and report.revoked_at_zoho
    assert report.lines()[0] == "Zoho had already forgotten this connection's key."
    assert len(sandbox.requests_for("revoke")) == 1


def test_disconnect_without_a_refresh_token_still_cleans_up(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    memory_keyring: Any,
) -> None:
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    KeyringSecretStore().delete(NAME, "refresh_token")
    report = open_saved(NAME, profiles, session=session, clock=clock).disconnect()
    assert report.revoked_at_zoho is False
    assert report.outcome is DisconnectOutcome.NO_KEY
    assert report.lines()[0] == "There was no key to revoke at Zoho."
    assert report.removed_secrets == ("client_secret", "access_token")
    assert sandbox.requests_for("revoke") == []
    assert memory_keyring.items == {}
    assert token_grants(sandbox) == []
