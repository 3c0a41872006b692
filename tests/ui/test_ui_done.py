"""The Done page: the name the firm's tools use (rename, copy) and values a screen reader
reads with their captions."""

from __future__ import annotations

from typing import Any

import keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_driver import click, next_button, sign_in, submit_details, type_into, wait_step, web_click

from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.practice import practice_connection
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.ui.wizard import ConnectWizard

ORG_NAME = "Zillum Bookkeeping (practice)"


def to_done(qtbot: Any, wizard: ConnectWizard) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)


def test_every_value_is_read_with_its_caption(qtbot: Any, wizard: ConnectWizard) -> None:
    to_done(qtbot, wizard)
    page = wizard.done_page
    organization = page.values["organization"]
    assert ORG_NAME in organization.text()
    assert organization.accessibleName() == f"Organization: {organization.text()}"
    for key, caption in (
        ("data_center", "Data center"),
        ("access", "Access granted"),
        ("secrets", "Keys kept in"),
        ("when", "Connected on"),
    ):
        value = page.values[key]
        assert value.text()
        assert value.accessibleName() == f"{caption}: {value.text()}"
    # No label on the page has a name that hides what it shows.
    for shown in page.findChildren(QLabel):
        if shown.isVisible() and shown.text() and shown.accessibleName():
            assert shown.text() in shown.accessibleName(), shown.text()
    # The name the firm's tools use, on a line of its own, read with its label.
    assert page.name_caption.text() == "Name your firm's tools use"
    assert page.name.accessibleName() == "Name your firm's tools use"
    assert page.name_caption.buddy() is page.name
    assert page.name.text() == wizard.controller.state.profile.name
    assert page.card_title.text() == ORG_NAME


def test_rename_gives_the_connection_the_new_name_and_copy_copies_it(
    qtbot: Any, wizard: ConnectWizard, profiles: ProfileStore, clipboard: list[str]
) -> None:
    to_done(qtbot, wizard)
    page = wizard.done_page
    old_name = wizard.controller.state.profile.name
    assert not page.rename_button.isEnabled()  # nothing to rename yet
    type_into(qtbot, page.name, "Acme Books")
    assert page.rename_button.isEnabled()
    click(qtbot, page.rename_button)
    qtbot.waitUntil(lambda: wizard.controller.state.profile.name == "Acme Books")
    assert list(profiles.load().profiles) == ["Acme Books"]
    assert keyring.get_password("zoho-wizard", "Acme Books/refresh_token")
    assert keyring.get_password("zoho-wizard", f"{old_name}/refresh_token") is None
    qtbot.waitUntil(page.name_note.isVisible)
    assert page.name_note.text() == "Renamed: your firm's tools now use “Acme Books”."
    # (the store's own names, for IT: in the tooltip and on the receipt)
    assert "Acme Books/refresh_token" in page.values["secrets"].toolTip()
    assert not page.rename_button.isEnabled()

    click(qtbot, page.copy_button)
    assert clipboard[-1] == "Acme Books"
    assert page.name_note.text() == "Copied: Acme Books"


def test_a_name_in_use_is_refused_under_the_field(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    to_done(qtbot, wizard)
    page = wizard.done_page
    old_name = wizard.controller.state.profile.name
    practice_connection(sandbox, profiles, "Taken Ltd", endpoints=endpoints)
    type_into(qtbot, page.name, "Taken Ltd")
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # Enter renames, and does not Finish
    qtbot.waitUntil(page.name_note.isVisible)
    assert page.name_note.text() == (
        "Another connection is already called “Taken Ltd”. Choose another name."
    )
    assert page.name_note.accessibleName() == page.name_note.text()
    assert wizard.isVisible() and wizard.current_step() is Step.DONE
    assert wizard.controller.state.profile.name == old_name
    assert sorted(profiles.load().profiles) == sorted([old_name, "Taken Ltd"])
    # Typing again clears the complaint; an empty name is explained without asking Zoho.
    type_into(qtbot, page.name, "")
    assert not page.name_note.isVisible()
    click(qtbot, page.rename_button)
    assert page.name_note.text() == "Type a name for the connection."
