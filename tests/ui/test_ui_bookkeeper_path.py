"""The bookkeeper's path, counted: launched with the admin's setup file, to Done.

Issue 13's measure: from launch with a setup file to Done in practice mode, at most 3
clicks and no typed field in the wizard's own pages (Zoho's own sign-in and consent
pages aside: a person types their Zoho e-mail and password there, as anywhere). The
clicks are counted by an application-wide event filter, as they reach the window, not
by the test's own bookkeeping; and the same path is walked with the keyboard alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from test_ui_keyboard import activate, focused, press, sign_in_by_keyboard, tab_to
from ui_driver import click, next_button, sign_in, wait_for_element, wait_step, web_click

from zoho_wizard.core.flow import Step
from zoho_wizard.core.preset import load_preset
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.practice import write_practice_setup
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD
from zoho_wizard.ui.wizard import ConnectWizard

Key = Qt.Key


class Counter:
    """Counts what a person does to the wizard's own widgets (Zoho's page has none): every
    button's ``clicked`` and every text field's ``textEdited`` (emitted only for what a
    person types or pastes, never for what the program fills in)."""

    def __init__(self, wizard: ConnectWizard) -> None:
        self.wizard = wizard
        self.clicks: list[str] = []
        self.typed: set[str] = set()
        self._hooked: set[int] = set()

    def _clicked(self, button: QAbstractButton) -> None:
        # The words at the moment of the click (the window's Next is relabelled per page).
        self.clicks.append(button.text().replace("&", "") or button.accessibleName())

    def hook(self) -> None:
        """Listen to the widgets the window has now (pages are built as they are needed)."""
        for button in self.wizard.findChildren(QAbstractButton):
            if id(button) not in self._hooked:
                self._hooked.add(id(button))
                button.clicked.connect(lambda _checked=False, b=button: self._clicked(b))
        for edit in self.wizard.findChildren(QLineEdit):
            if id(edit) not in self._hooked:
                self._hooked.add(id(edit))
                name = edit.accessibleName() or edit.objectName() or "a text field"
                edit.textEdited.connect(lambda _text, n=name: self.typed.add(n))


@pytest.fixture
def launched_with_setup(make_wizard: Any, qtbot: Any, tmp_path: Path) -> ConnectWizard:
    """The wizard as `zoho-wizard FILE` opens it: the admin's complete setup in hand."""
    path = write_practice_setup(tmp_path / "from IT")
    wizard: ConnectWizard = make_wizard(first_screen=True, preset=load_preset(path))
    wait_step(qtbot, wizard, Step.DETAILS)
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    return wizard


def test_from_a_setup_file_to_done_takes_three_clicks_and_no_typing(
    qtbot: Any, launched_with_setup: ConnectWizard, profiles: ProfileStore
) -> None:
    wizard = launched_with_setup
    counter = Counter(wizard)
    details = wizard.details_page
    assert details.shows_card()  # one card, one button
    counter.hook()
    click(qtbot, next_button(wizard))  # 1. "Sign in to Zoho"
    wait_step(qtbot, wizard, Step.CONSENT)
    # Zoho's own pages (not counted): e-mail, password, Accept.
    wait_for_element(qtbot, wizard, "email")
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    # Two organizations: the person picks (the default is chosen for them).
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    counter.hook()
    click(qtbot, next_button(wizard))  # 2. "Use this organization"
    wait_step(qtbot, wizard, Step.DONE)
    counter.hook()
    finish = wizard.button(wizard.WizardButton.FinishButton)
    click(qtbot, finish)  # 3. "Finish"
    qtbot.waitUntil(lambda: not wizard.isVisible())
    # (The counter hears every click: these three are the whole way.)
    assert counter.clicks == ["Sign in to Zoho", "Use this organization", "Finish"]
    assert counter.typed == set(), counter.typed
    (saved,) = profiles.load().profiles.values()
    assert saved.name == saved.organization_name  # named for them, nothing typed


def test_the_setup_file_path_with_the_keyboard_alone(
    qtbot: Any, launched_with_setup: ConnectWizard, profiles: ProfileStore
) -> None:
    wizard = launched_with_setup
    activate(qtbot, wizard)
    # The card: Enter is "Sign in to Zoho".
    sign_in_button = next_button(wizard)
    assert sign_in_button.isDefault()
    press(qtbot, Key.Key_Return)
    wait_step(qtbot, wizard, Step.CONSENT)

    # Zoho's page: Tab into it, type the e-mail and password, Enter, then Accept.
    sign_in_by_keyboard(qtbot, wizard)

    # The organization: Enter uses the one chosen for them.
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    org_list = wizard.organization_page.list
    if focused() is not org_list:
        tab_to(qtbot, org_list)
    press(qtbot, Key.Key_Return)
    wait_step(qtbot, wizard, Step.DONE)

    # Done: Enter is Finish.
    finish = wizard.button(wizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: focused() is finish)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == 1
    assert len(profiles.load().profiles) == 1
