"""The saved connections as values: what the list holds, how each is doing, and the details
a reconnect (or a new connection) starts from. No window."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from zoho_wizard.core import errors
from zoho_wizard.core.access import default_scopes
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.saved import (
    SavedStatus,
    blank_details,
    details_from_profile,
    new_connection_name,
    read_client_secret,
    read_saved,
    salvaged_details,
    set_aside,
    status_of,
)
from zoho_wizard.core.store import MemorySecretStore, Profile, ProfileStore

PROFILE = Profile(
    name="Acme Ltd",
    client_id="1000.ACMECLIENT0000000000000000000",
    data_center="eu",
    accounts_server="https://accounts.zoho.eu",
    api_domain="https://www.zohoapis.eu",
    scopes=("ZohoBooks.settings.READ", "AaaServer.profile.Read"),
    redirect_uri="http://127.0.0.1:47214/callback",
    use_pkce=True,
    organization_id="111",
    organization_name="Acme Books",
    connected_at="2026-11-28T18:33:00+01:00",
    health="ok",
    checked_at="2026-11-28T18:40:00+01:00",
)


def test_the_list_holds_connections_then_damaged_entries_each_by_name(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    store = ProfileStore(path)
    for name in ("beta", "Alpha", "gamma"):
        store.save(replace(PROFILE, name=name))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["connections"]["zulu"] = {"name": "zulu"}
    data["connections"]["Broken"] = {"name": "Broken", "client_id": "x"}
    path.write_text(json.dumps(data), encoding="utf-8")

    saved = read_saved(store)
    assert [p.name for p in saved.profiles] == ["Alpha", "beta", "gamma"]
    assert [name for name, _problem in saved.broken] == ["Broken", "zulu"]
    assert all(problem for _name, problem in saved.broken)
    assert saved.problem == ""


def test_an_unreadable_file_is_an_answer_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    path.write_text("{ this is not json", encoding="utf-8")
    saved = read_saved(ProfileStore(path))
    assert (saved.profiles, saved.broken) == ((), ())
    assert saved.problem == "not valid JSON"
    assert read_saved(ProfileStore(tmp_path / "missing.json")).problem == ""


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({}, SavedStatus.WORKING),
        ({"health": "attention"}, SavedStatus.NEEDS_ATTENTION),
        ({"health": "unchecked"}, SavedStatus.NOT_CHECKED),
        ({"health": "something new"}, SavedStatus.NOT_CHECKED),
        ({"secret_store": "session"}, SavedStatus.SESSION_ENDED),  # even if it worked then
    ],
)
def test_each_saved_state_has_its_status(changes: dict[str, str], status: SavedStatus) -> None:
    assert status_of(replace(PROFILE, **changes)) is status


def test_only_reconnecting_helps_a_damaged_entry_or_one_whose_keys_are_gone() -> None:
    assert status_of(None) is SavedStatus.DAMAGED
    assert {s for s in SavedStatus if s.needs_reconnect} == {
        SavedStatus.DAMAGED,
        SavedStatus.SESSION_ENDED,
    }


def test_an_unreadable_file_is_set_aside_under_a_dated_name(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    path.write_text("{", encoding="utf-8")
    moment = dt.datetime(2026, 12, 1, 9, 5, 7).timestamp()
    aside = set_aside(path, moment)
    assert aside == tmp_path / "connections.damaged-20261201-090507.json"
    assert not path.exists() and aside.read_text(encoding="utf-8") == "{"
    with pytest.raises(OSError):
        set_aside(path, moment)  # nothing left to rename


def test_reconnect_details_keep_every_setting() -> None:
    details = details_from_profile(PROFILE, "the-secret")
    assert details.name == "Acme Ltd"
    assert (details.client_id, details.client_secret) == (PROFILE.client_id, "the-secret")
    assert (details.data_center, details.scopes) == ("eu", PROFILE.scopes)
    assert (details.redirect_uri, details.use_pkce) == (PROFILE.redirect_uri, True)
    assert details_from_profile(replace(PROFILE, redirect_uri=""), "").redirect_uri == (
        DEFAULT_REDIRECT_URI
    )


def test_a_damaged_entry_gives_what_can_still_be_read(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    path.write_text(
        json.dumps(
            {
                "connections": {
                    "Broken": {
                        "client_id": " 1000.X ",
                        "data_center": "mars",
                        "scopes": "oops",
                        "redirect_uri": 5,
                    }
                }
            }
        ),
        encoding="utf-8",
    )
    details = salvaged_details(path, "Broken", "")
    assert (details.name, details.client_id, details.client_secret) == ("Broken", "1000.X", "")
    assert details.data_center == "us"  # unknown: the default
    assert details.scopes == default_scopes()
    assert details.redirect_uri == DEFAULT_REDIRECT_URI
    # An unreadable file gives the defaults under the name.
    path.write_text("{", encoding="utf-8")
    assert salvaged_details(path, "Broken", "s").client_secret == "s"


def test_a_damaged_entry_keeps_its_valid_settings(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    entry = {
        "data_center": "in",
        "scopes": ["ZohoBooks.invoices.READ"],
        "redirect_uri": "http://127.0.0.1:9/cb",
        "use_pkce": True,
    }
    path.write_text(json.dumps({"connections": {"Broken": entry}}), encoding="utf-8")
    details = salvaged_details(path, "Broken", "")
    assert (details.data_center, details.scopes) == ("in", ("ZohoBooks.invoices.READ",))
    assert (details.redirect_uri, details.use_pkce) == ("http://127.0.0.1:9/cb", True)


def test_blank_details_are_named_after_the_organization_to_come() -> None:
    # Nobody is asked for a name: the organization names the connection once it is known.
    assert blank_details(frozenset()).name == "{organization}"
    blank = blank_details(frozenset({"{organization}"}))
    assert (blank.name, blank.client_id, blank.client_secret) == ("{organization} 2", "", "")
    assert blank.scopes == default_scopes()


def test_a_new_connection_takes_the_firms_name_or_pattern() -> None:
    assert new_connection_name("Books – {organization}", frozenset()) == "Books – {organization}"
    assert new_connection_name("Acme Books", frozenset({"Acme Books"})) == "Acme Books 2"
    assert new_connection_name(None, frozenset({"Acme"})) == "{organization}"


class _LockedStore(MemorySecretStore):
    def get(self, connection: str, kind: str) -> str | None:
        raise errors.KeyringUnavailableError()


def test_a_missing_or_unreadable_client_secret_reads_as_empty() -> None:
    secrets = MemorySecretStore()
    assert read_client_secret(secrets, "Acme Ltd") == ""
    secrets.set("Acme Ltd", "client_secret", "s3cret")
    assert read_client_secret(secrets, "Acme Ltd") == "s3cret"
    assert read_client_secret(_LockedStore(), "Acme Ltd") == ""
