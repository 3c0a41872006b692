"""The start page: saved connections, their health, Check, Disconnect and the receipt.

Connections are made through core against the sandbox (ui_saved.make_saved); the wizard
then opens on them, and everything is driven by clicks, with the sandbox's record of
requests as the proof of what reached "Zoho".
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox, QPushButton
from ui_driver import (
    click,
    describe_widget,
    focusable_widgets,
    next_button,
    wait_step,
)
from ui_saved import (
    DEFAULT_ORG,
    OTHER_ORG,
    SERVICE,
    age_cached_token,
    make_saved,
    revoke_at_zoho,
    secret,
)

from zoho_wizard.core import health
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import Sandbox
from zoho_wizard.ui.wizard import ConnectWizard

MakeWizard = Callable[..., ConnectWizard]


# --- helpers -------------------------------------------------------------------------------


def rows(wizard: ConnectWizard) -> list[str]:
    """What each row of the list says (its accessible text)."""
    lst = wizard.start_page.list
    return [lst.item(i).text() for i in range(lst.count())]


def select(qtbot: Any, wizard: ConnectWizard, name: str) -> None:
    """Click the row of the connection called ``name``."""
    lst = wizard.start_page.list
    for i in range(lst.count()):
        if lst.item(i).data(Qt.ItemDataRole.UserRole + 1).name == name:
            rect = lst.visualItemRect(lst.item(i))
            qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert wizard.controller.saved.state.selected == name
            return
    raise AssertionError(f"no row for {name!r}: {rows(wizard)}")


def wait_idle(qtbot: Any, wizard: ConnectWizard) -> None:
    """Wait until the start page's background work is over."""
    qtbot.waitUntil(lambda: not wizard.controller.saved.state.busy, timeout=15_000)


def confirm_box(qtbot: Any, wizard: ConnectWizard) -> QMessageBox:
    """The open "Disconnect …?" question."""
    qtbot.waitUntil(lambda: wizard.start_page.confirm_box is not None)
    box = wizard.start_page.confirm_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def box_button(box: QMessageBox, text: str) -> QPushButton:
    """The dialog's button with these words."""
    for button in box.buttons():
        if button.text() == text:
            assert isinstance(button, QPushButton)
            return button
    raise AssertionError(f"no {text!r} button in {[b.text() for b in box.buttons()]}")


@pytest.fixture
def two_saved(sandbox: Sandbox, endpoints: Endpoints, profiles: ProfileStore) -> None:
    """Two saved connections: "Acme Ltd" (default org) and "Beta Trading" (the other)."""
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    make_saved(sandbox, endpoints, profiles, "Beta Trading", organization_id=OTHER_ORG[0])


# --- the list -------------------------------------------------------------------------------


def test_the_wizard_opens_on_the_saved_connections_with_their_health(
    qtbot: Any, make_wizard: MakeWizard, two_saved: None, profiles: ProfileStore
) -> None:
    # A third one that was never checked.
    from dataclasses import replace

    acme = profiles.get("Acme Ltd")
    profiles.save(replace(acme, name="Gamma Co", health="unchecked", checked_at=""))
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    assert page.heading == "Your Zoho Books connections"
    assert next_button(wizard).text().replace("&", "") == "New connection"
    assert next_button(wizard).isEnabled()

    texts = rows(wizard)
    assert [t.split(".")[0] for t in texts] == ["Acme Ltd", "Beta Trading", "Gamma Co"]
    assert DEFAULT_ORG[1] in texts[0] and "United States" in texts[0] and "connected" in texts[0]
    assert OTHER_ORG[1] in texts[1]
    assert texts[0].endswith("Working")  # from the saved profile: checked when connected
    assert texts[2].endswith("Not checked")

    # Each status has an icon and words; the colour only repeats them.
    state = wizard.controller.saved.state
    health = {r.name: r.health(state.path) for r in state.rows}
    assert (health["Acme Ltd"].icon, health["Acme Ltd"].words) == ("check", "Working")
    assert health["Acme Ltd"].detail.startswith("Checked ")
    assert (health["Gamma Co"].icon, health["Gamma Co"].words) == ("pending", "Not checked")

    # The first row is selected and the actions for it are offered.
    assert state.selected == "Acme Ltd"
    for button in (
        page.check_button,
        page.reconnect_button,
        page.disconnect_button,
        page.receipt_button,
        page.check_all_button,
    ):
        assert button.isVisible() and button.isEnabled(), button.text()
    assert not page.results.isVisible()  # nothing checked in this session yet


def test_check_runs_in_the_background_and_shows_what_is_wrong_with_a_reconnect_button(
    qtbot: Any,
    make_wizard: MakeWizard,
    two_saved: None,
    sandbox: Sandbox,
    profiles: ProfileStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[bool] = []
    real_check = health.check

    def recording_check(conn: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_check(conn, **kwargs)

    monkeypatch.setattr(health, "check", recording_check)
    revoke_at_zoho(sandbox, "Beta Trading")  # e.g. removed under Zoho's Connected Apps
    for name in ("Acme Ltd", "Beta Trading"):
        age_cached_token(name)  # so the check really asks Zoho for a new access token
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page

    # The healthy one.
    click(qtbot, page.check_button)
    qtbot.waitUntil(page.busy.isVisible)
    assert page.busy.text() == "Checking “Acme Ltd”…"
    assert not page.check_button.isEnabled()
    wait_idle(qtbot, wizard)
    assert page.results.isVisible()
    assert page.results.title.text() == "“Acme Ltd” works"
    assert not page.results.reconnect_button.isVisible()
    assert any(t.startswith("Staying signed in — fine") for t in page.results.texts())

    # The revoked one.
    select(qtbot, wizard, "Beta Trading")
    assert not page.results.isVisible()  # its own results, not Acme's
    click(qtbot, page.check_button)
    wait_idle(qtbot, wizard)
    assert page.results.title.text() == "“Beta Trading” needs attention"
    texts = page.results.texts()
    refresh = next(t for t in texts if t.startswith("Staying signed in"))
    assert "needs attention" in refresh
    assert "no longer accepts the key of “Beta Trading”" in refresh
    assert "What to do: Reconnect to sign in again; your settings are kept." in refresh
    assert page.results.reconnect_button.isVisible()

    # The list and the saved profile say the same; Acme is untouched.
    beta_row = next(t for t in rows(wizard) if t.startswith("Beta Trading"))
    assert "Needs attention: Zoho no longer accepts the key" in beta_row
    assert profiles.get("Beta Trading").health == "attention"
    assert profiles.get("Acme Ltd").health == "ok"
    assert next(t for t in rows(wizard) if t.startswith("Acme Ltd")).endswith("Working")

    # Both checks ran off the GUI thread.
    assert threads == [False, False]

    # The results' Reconnect starts the reconnect of that connection.
    click(qtbot, page.results.reconnect_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.controller.state.reconnect_of == "Beta Trading"


def test_check_all_checks_every_connection(
    qtbot: Any, make_wizard: MakeWizard, two_saved: None, sandbox: Sandbox
) -> None:
    revoke_at_zoho(sandbox, "Acme Ltd")
    for name in ("Acme Ltd", "Beta Trading"):
        age_cached_token(name)
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    click(qtbot, wizard.start_page.check_all_button)
    wait_idle(qtbot, wizard)
    texts = rows(wizard)
    assert "Needs attention" in texts[0]
    assert texts[1].endswith("Working")
    assert set(wizard.controller.saved.state.reports) == {"Acme Ltd", "Beta Trading"}
    refreshes = [
        r for r in sandbox.requests_for("token") if r.form.get("grant_type") == "refresh_token"
    ]
    assert len(refreshes) == 2


def test_a_missing_keyring_item_is_reported_and_nothing_else_is_lost(
    qtbot: Any, make_wizard: MakeWizard, two_saved: None, profiles: ProfileStore
) -> None:
    keyring.delete_password(SERVICE, "Acme Ltd/refresh_token")
    keyring.delete_password(SERVICE, "Acme Ltd/access_token")
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    click(qtbot, page.check_button)
    wait_idle(qtbot, wizard)
    text = next(t for t in page.results.texts() if t.startswith("Staying signed in"))
    assert "The refresh token of “Acme Ltd” is missing from the password store." in text
    assert page.results.reconnect_button.isVisible()
    # The rest of the connection, and the other one, are intact.
    assert secret("Acme Ltd", "client_secret")
    assert profiles.get("Acme Ltd").organization_id == DEFAULT_ORG[0]
    select(qtbot, wizard, "Beta Trading")
    click(qtbot, page.check_button)
    wait_idle(qtbot, wizard)
    assert page.results.title.text() == "“Beta Trading” works"


# --- disconnect -----------------------------------------------------------------------------


def test_disconnect_asks_then_revokes_at_zoho_and_removes_everything_here(
    qtbot: Any, make_wizard: MakeWizard, two_saved: None, sandbox: Sandbox, profiles: ProfileStore
) -> None:
    refresh = secret("Acme Ltd", "refresh_token")
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page

    # Cancel changes nothing.
    click(qtbot, page.disconnect_button)
    box = confirm_box(qtbot, wizard)
    assert box.text() == "Disconnect “Acme Ltd”?"
    assert DEFAULT_ORG[1] in box.informativeText()
    click(qtbot, box_button(box, "Cancel"))
    qtbot.waitUntil(lambda: page.confirm_box is None)
    assert sandbox.requests_for("revoke") == []
    assert len(rows(wizard)) == 2

    click(qtbot, page.disconnect_button)
    click(qtbot, box_button(confirm_box(qtbot, wizard), "Disconnect"))
    wait_idle(qtbot, wizard)

    revokes = sandbox.requests_for("revoke")
    assert [{**r.query, **r.form}.get("token") for r in revokes] == [refresh]
    assert all(secret("Acme Ltd", kind) is None for kind in ("client_secret", "refresh_token"))
    assert secret("Acme Ltd", "access_token") is None
    assert set(profiles.load().profiles) == {"Beta Trading"}
    assert secret("Beta Trading", "refresh_token")  # the other one is untouched

    notice = page.notice
    assert notice.isVisible() and notice.kind() == "success"
    assert notice.title.text() == "“Acme Ltd” is disconnected"
    assert notice.body.text().splitlines() == [
        "Zoho revoked the connection's access.",
        "Removed from the password store: client secret, refresh token, access token.",
        "Removed the saved settings.",
    ]
    assert [t.split(".")[0] for t in rows(wizard)] == ["Beta Trading"]


@pytest.mark.fault
@pytest.mark.parametrize("how", ["drop", "stopped"])
def test_when_zoho_cannot_be_reached_it_offers_to_remove_it_here_anyway(
    qtbot: Any,
    make_wizard: MakeWizard,
    two_saved: None,
    sandbox: Sandbox,
    profiles: ProfileStore,
    how: str,
) -> None:
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    if how == "drop":
        sandbox.faults.add("revoke", "drop", times=None)
    else:
        sandbox.stop()
    click(qtbot, page.disconnect_button)
    click(qtbot, box_button(confirm_box(qtbot, wizard), "Disconnect"))
    wait_idle(qtbot, wizard)

    assert page.notice.kind() == "error"
    assert page.notice.title.text() == "“Acme Ltd” is still connected"
    assert page.notice.body.text().startswith("Zoho could not be reached.")
    assert "remove it from this computer anyway" in page.notice.body.text()
    assert page.remove_anyway.isVisible()
    assert set(profiles.load().profiles) == {"Acme Ltd", "Beta Trading"}  # nothing removed yet
    assert secret("Acme Ltd", "refresh_token")

    click(qtbot, page.remove_anyway)
    wait_idle(qtbot, wizard)
    assert set(profiles.load().profiles) == {"Beta Trading"}
    assert secret("Acme Ltd", "refresh_token") is None
    assert page.notice.kind() == "warning"
    assert page.notice.title.text() == "“Acme Ltd” is removed from this computer"
    body = page.notice.body.text()
    assert "Removed the saved settings." in body
    assert "Zoho Accounts → Sessions → Connected Apps" in body
    assert not page.remove_anyway.isVisible()


@pytest.mark.fault
def test_disconnect_never_says_disconnected_when_zoho_did_not_confirm_the_revoke(
    qtbot: Any,
    make_wizard: MakeWizard,
    two_saved: None,
    sandbox: Sandbox,
    profiles: ProfileStore,
) -> None:
    # A server that wants more than it got (RFC 7009's invalid_request): the key may
    # still work there, so the words say so and how to remove it by hand.
    sandbox.faults.add("revoke", "error", error="invalid_request", status=400)
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    click(qtbot, page.disconnect_button)
    click(qtbot, box_button(confirm_box(qtbot, wizard), "Disconnect"))
    wait_idle(qtbot, wizard)

    assert page.notice.kind() == "warning"
    assert page.notice.title.text() == (
        "“Acme Ltd” is removed from this computer, but Zoho did not confirm it revoked the access"
    )
    lines = page.notice.body.text().splitlines()
    assert "Zoho revoked the connection's access." not in lines
    assert lines[:2] == [
        "Zoho did not confirm that it revoked the connection's access, so it may still work.",
        "To be sure, remove the app under Zoho Accounts → Sessions → Connected Apps.",
    ]
    assert set(profiles.load().profiles) == {"Beta Trading"}


# --- damaged settings -----------------------------------------------------------------------


def test_a_damaged_entry_is_shown_with_the_file_and_the_others_keep_working(
    qtbot: Any,
    make_wizard: MakeWizard,
    two_saved: None,
    config_path: Path,
    opened_urls: list[str],
) -> None:
    data = json.loads(config_path.read_text(encoding="utf-8"))
    data["connections"]["Damaged Co"] = {
        "name": "Damaged Co",
        "client_id": "1000.DAMAGEDCLIENT0000000000000000",
        "data_center": "eu",
        "scopes": "not a list",
    }
    config_path.write_text(json.dumps(data), encoding="utf-8")
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page

    texts = rows(wizard)
    assert [t.split(".")[0] for t in texts] == ["Acme Ltd", "Beta Trading", "Damaged Co"]
    assert str(config_path) in texts[2] and "Damaged" in texts[2]

    select(qtbot, wizard, "Damaged Co")
    assert page.damaged.isVisible()
    assert page.damaged.title.text() == "“Damaged Co” can't be read"
    assert str(config_path) in page.damaged.body.text()
    assert "scopes is not a list of text" in page.damaged.body.text()
    for button in (page.check_button, page.disconnect_button, page.receipt_button):
        assert not button.isEnabled()
    click(qtbot, page.damaged_folder)
    assert opened_urls == [f"file://{config_path.parent}"]

    # The good connections still work.
    select(qtbot, wizard, "Beta Trading")
    assert not page.damaged.isVisible()
    click(qtbot, page.check_button)
    wait_idle(qtbot, wizard)
    assert page.results.title.text() == "“Beta Trading” works"

    # Reconnect makes it again under its name, with what could still be read.
    select(qtbot, wizard, "Damaged Co")
    click(qtbot, page.damaged_reconnect)
    wait_step(qtbot, wizard, Step.DETAILS)
    details = wizard.details_page
    assert details.heading == "Reconnect “Damaged Co”"
    assert details.details().name == "Damaged Co"
    assert details.client_id.edit.text() == "1000.DAMAGEDCLIENT0000000000000000"
    assert details.data_center.currentData() == "eu"
    assert wizard.controller.state.reconnect_of == "Damaged Co"


def test_an_unreadable_file_is_named_and_can_be_set_aside(
    qtbot: Any,
    make_wizard: MakeWizard,
    config_path: Path,
    opened_urls: list[str],
) -> None:
    config_path.parent.mkdir(parents=True, exist_ok=True)
    config_path.write_text("{ this is not json", encoding="utf-8")
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    assert page.file_banner.isVisible()
    assert str(config_path) in page.file_banner.body.text()
    assert "not valid JSON" in page.file_banner.body.text()
    assert not next_button(wizard).isEnabled()  # a new connection could not be saved

    click(qtbot, page.file_folder)
    assert opened_urls == [f"file://{config_path.parent}"]

    click(qtbot, page.set_aside)
    assert not config_path.exists()
    aside = list(config_path.parent.glob("connections.damaged-*.json"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{ this is not json"
    assert not page.file_banner.isVisible()
    assert page.notice.title.text() == "The damaged file was set aside"
    assert page.empty.isVisible()
    qtbot.waitUntil(next_button(wizard).isEnabled)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DETAILS)


# --- new connection, and back ------------------------------------------------------------


def test_new_connection_opens_an_empty_details_page_and_back_returns_to_the_list(
    qtbot: Any, make_wizard: MakeWizard, two_saved: None
) -> None:
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.controller.state.reconnect_of is None
    assert wizard.details_page.client_id.edit.text() == ""
    back = wizard.button(ConnectWizard.WizardButton.BackButton)
    assert back.isVisible() and back.text().replace("&", "") == "Back to saved connections"
    click(qtbot, back)
    wait_step(qtbot, wizard, Step.START)
    assert len(rows(wizard)) == 2

    # A reconnect names the connection on the details page; a new connection does not.
    click(qtbot, wizard.start_page.reconnect_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.heading == "Reconnect “Acme Ltd”"
    click(qtbot, back)
    wait_step(qtbot, wizard, Step.START)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.heading == "Connect to Zoho Books"
    # Nothing of Acme's is carried into the new connection, which its organization names.
    assert wizard.details_page.details().name == "{organization}"
    assert wizard.details_page.client_id.edit.text() == ""
    assert wizard.details_page.client_secret.edit.text() == ""


# --- the receipt -----------------------------------------------------------------------------


def assert_one_page_pdf(path: Path) -> None:
    assert path.read_bytes().startswith(b"%PDF")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    document.close()


def test_save_receipt_writes_a_one_page_pdf_where_the_person_chose(
    qtbot: Any, make_wizard: MakeWizard, two_saved: None, tmp_path: Path, opened_urls: list[str]
) -> None:
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    asked: list[Path] = []
    target = tmp_path / "receipts" / "acme.pdf"

    def ask(_parent: Any, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    wizard.controller.saved.ask_path = ask
    page = wizard.start_page
    click(qtbot, page.receipt_button)
    assert asked[0].name == "Zoho connection receipt - Acme Ltd.pdf"
    assert_one_page_pdf(target)
    assert page.notice.title.text() == "Receipt saved"
    assert page.notice.body.text() == str(target)
    click(qtbot, page.notice_folder)
    assert opened_urls == [f"file://{target.parent}"]

    # Cancelling the file dialog writes nothing.
    wizard.controller.saved.ask_path = lambda _parent, _suggested: None
    select(qtbot, wizard, "Beta Trading")
    click(qtbot, page.receipt_button)
    assert sorted(p.name for p in target.parent.iterdir()) == ["acme.pdf"]


# --- accessibility ----------------------------------------------------------------------------


def test_every_control_on_the_start_page_has_an_accessible_name(
    qtbot: Any, make_wizard: MakeWizard, two_saved: None, sandbox: Sandbox
) -> None:
    revoke_at_zoho(sandbox, "Acme Ltd")
    age_cached_token("Acme Ltd")
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    click(qtbot, wizard.start_page.check_button)
    wait_idle(qtbot, wizard)
    assert wizard.start_page.results.reconnect_button.isVisible()
    wizard.start_page.disconnect_button.click()
    box = confirm_box(qtbot, wizard)
    unnamed = [
        describe_widget(w)
        for root in (wizard, box)
        for w in focusable_widgets(root)
        if not w.accessibleName().strip()
    ]
    assert unnamed == [], f"focusable widgets without an accessible name: {unnamed}"
    qtbot.mouseClick(box_button(box, "Cancel"), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
