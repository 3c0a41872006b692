"""The website's store: one contract, run on SQLite and on a real PostgreSQL server.

Connections per portal user, secrets sealed at rest (never in the database in the
clear, bound to their row, useless under another key), sign-ins taken once, and the
desktop's refresh rules, with one refresh between two processes at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import requests
from sqlalchemy import select, update
from web_helpers import web_client

from zoho_wizard.core import errors
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.sandbox import Sandbox
from zoho_wizard.sandbox.driver import Browser
from zoho_wizard.web import (
    KEY_VARIABLE,
    ConnectionStore,
    EncryptionKeyError,
    NotConnectedError,
    Outcome,
    SecretBox,
    WebHandler,
    WrongKeyError,
)
from zoho_wizard.web.crypto import new_key

ROOT = Path(__file__).resolve().parents[2]
USER = "Acme Ltd"


def connect(store: ConnectionStore, sandbox: Sandbox, http: requests.Session) -> None:
    """Make ``USER``'s connection through the handler (organization 10234695)."""
    handler = WebHandler(web_client(), store, session=http)
    begun = handler.begin(USER)
    with Browser(sandbox) as browser:
        query = browser.authorize_url(begun.url).partition("?")[2]
    assert handler.finish(query, begun.session, user=USER).outcome is Outcome.CHOOSE_ORGANIZATION
    assert handler.choose_organization(USER, "10234695").outcome is Outcome.CONNECTED


def raw_row(store: ConnectionStore) -> dict[str, object]:
    with store.engine.connect() as db:
        row = db.execute(select(store.connections)).mappings().one()
    return dict(row)


def test_a_connection_is_kept_per_portal_user_with_its_secrets_sealed(
    store: ConnectionStore, sandbox: Sandbox, http: requests.Session
) -> None:
    connect(store, sandbox, http)
    assert store.users() == [USER]
    profile = store.profile(USER)
    assert profile is not None and profile.organization_id == "10234695"
    assert store.profile("Someone Else") is None
    refresh = store.secret(USER, "refresh_token")
    assert refresh and refresh in sandbox.issued_secrets()
    row = raw_row(store)
    stored = json.dumps({k: v for k, v in row.items()}, default=str)
    for secret in sandbox.issued_secrets() | {web_client().client_secret}:
        assert secret not in stored  # nothing in the clear in the database
    assert str(row["refresh_token"]).startswith("v1:")


def test_a_value_moved_to_another_row_or_altered_does_not_open(
    store: ConnectionStore, sandbox: Sandbox, http: requests.Session
) -> None:
    connect(store, sandbox, http)
    sealed = raw_row(store)["refresh_token"]
    with store.engine.begin() as db:  # the refresh token's ciphertext as the client secret
        db.execute(update(store.connections).values(client_secret=sealed))
    with pytest.raises(WrongKeyError):
        store.secret(USER, "client_secret")
    with pytest.raises(WrongKeyError) as caught:
        store.connection(USER).refresh_now()  # the client secret is needed to refresh
    assert caught.value.fix


def test_another_key_opens_nothing_and_says_so(
    store: ConnectionStore, sandbox: Sandbox, http: requests.Session, key: str
) -> None:
    connect(store, sandbox, http)
    other = ConnectionStore(store.url, box=SecretBox(new_key()), endpoints=store.endpoints)
    try:
        with pytest.raises(WrongKeyError) as caught:
            other.token(USER)
        assert KEY_VARIABLE in caught.value.fix and key not in str(caught.value)
    finally:
        other.close()


@pytest.mark.parametrize(
    "value", ["", "   ", "not base64 !!", "c2hvcnQ="], ids=["unset", "blank", "garbage", "short"]
)
def test_a_missing_or_broken_key_is_a_plain_error(value: str, tmp_path: Path) -> None:
    environ = {KEY_VARIABLE: value} if value else {}
    with pytest.raises(EncryptionKeyError) as caught:
        ConnectionStore(folder=tmp_path, box=SecretBox.from_environment(environ))
    assert KEY_VARIABLE in str(caught.value) and "keygen" in caught.value.fix


def test_the_key_never_shows_in_a_repr(key: str) -> None:
    assert key not in repr(SecretBox(key))


def test_a_sign_in_is_taken_once(store: ConnectionStore) -> None:
    store.add_sign_in("state-1", USER, "https://accounts.zoho.com", "verifier-1")
    taken = store.claim_sign_in("state-1")
    assert taken is not None and taken.user == USER and taken.code_verifier == "verifier-1"
    assert store.claim_sign_in("state-1") is None
    assert store.claim_sign_in("never-started") is None


def test_an_old_sign_in_is_not_taken(store: ConnectionStore) -> None:
    store.add_sign_in("state-old", USER, "https://accounts.zoho.com", None)
    real_clock = store.clock
    store.clock = lambda: real_clock() + 16 * 60
    assert store.claim_sign_in("state-old") is None


def test_token_reuses_the_cached_key_and_refreshes_when_it_nearly_expires(
    store: ConnectionStore, sandbox: Sandbox, http: requests.Session
) -> None:
    connect(store, sandbox, http)
    first = store.token(USER)
    assert store.token(USER) == first
    refreshes = len(sandbox.requests_for("token"))
    store.set_secrets(USER, {"access_token": CachedToken("old", 0.0).dump()})
    fresh = store.token(USER)
    assert fresh != "old" and len(sandbox.requests_for("token")) == refreshes + 1


def test_throttling_is_remembered_and_nobody_asks_again(
    store: ConnectionStore, sandbox: Sandbox, http: requests.Session
) -> None:
    connect(store, sandbox, http)
    store.set_secrets(USER, {"access_token": CachedToken("old", 0.0).dump()})
    sandbox.faults.add("token", "throttle", status=400)
    with pytest.raises(errors.ThrottledError):
        store.token(USER)
    asked = len(sandbox.requests_for("token"))
    with pytest.raises(errors.ThrottledError):
        store.token(USER)
    assert len(sandbox.requests_for("token")) == asked


def test_a_user_without_a_connection_gets_a_plain_error(store: ConnectionStore) -> None:
    with pytest.raises(NotConnectedError) as caught:
        store.token("Nobody")
    assert "Connect" in caught.value.fix


def test_disconnect_revokes_at_zoho_and_forgets(
    store: ConnectionStore, sandbox: Sandbox, http: requests.Session
) -> None:
    connect(store, sandbox, http)
    refresh = store.secret(USER, "refresh_token")
    report = store.disconnect(USER)
    assert report.revoked_at_zoho
    assert [
        r.query.get("token") or r.form.get("token") for r in sandbox.requests_for("revoke")
    ] == [refresh]
    assert store.profile(USER) is None and store.users() == []


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from types import MappingProxyType
    from zoho_wizard.core.datacenters import DATA_CENTERS
    from zoho_wizard.core.endpoints import Endpoints
    from zoho_wizard.web import ConnectionStore, SecretBox

    url, key, base, go = sys.argv[1:5]
    accounts = {dc.id: f"{base}/accounts/{dc.id}" for dc in DATA_CENTERS}
    endpoints = Endpoints(MappingProxyType(accounts), label="Practice sandbox", practice=True)
    store = ConnectionStore(url, box=SecretBox(key), endpoints=endpoints)
    print("ready", flush=True)
    while not Path(go).exists():
        time.sleep(0.01)
    print(store.token("Acme Ltd"), flush=True)
    """
)


def test_two_processes_refreshing_one_connection_make_one_refresh(
    store: ConnectionStore, sandbox: Sandbox, http: requests.Session, key: str, tmp_path: Path
) -> None:
    connect(store, sandbox, http)
    store.set_secrets(USER, {"access_token": CachedToken("old", 0.0).dump()})
    before = len(sandbox.requests_for("token"))
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, store.url, key, sandbox.base_url, str(go)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    go.touch()  # both ask at once
    tokens = [child.communicate(timeout=120)[0].strip() for child in children]
    assert all(child.returncode == 0 for child in children)
    assert tokens[0] == tokens[1] and tokens[0] != "old"
    refreshes = sandbox.requests_for("token")[before:]
    assert [r.form.get("grant_type") for r in refreshes] == ["refresh_token"]
