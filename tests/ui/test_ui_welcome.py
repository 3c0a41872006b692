"""The first screen, setup files and "Set up for staff", in the real wizard (practice mode).

The bookkeeper's way: the first screen → "Open setup file…" → the admin's setup on the
details page → Sign in to Zoho → Done. And the admin's: "I'm the admin: set up for staff"
→ a setup file that opens again.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWizard
from ui_driver import click, next_button, sign_in, submit_details, type_into, wait_step, web_click
from ui_saved import make_saved

from zoho_wizard.core import setup_file
from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.preset import load_preset
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.practice import PRACTICE_SET_BY, write_practice_setup
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    Sandbox,
)
from zoho_wizard.ui.wizard import ConnectWizard

W = QWizard.WizardButton
WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")  # "e-mail" is one word, "…" none


@pytest.fixture
def setup_path(tmp_path: Path) -> Path:
    """The admin's setup file for the practice app (with its secret; private)."""
    return write_practice_setup(tmp_path / "from IT")


def first_screen(make_wizard: Any, qtbot: Any, **options: Any) -> ConnectWizard:
    wizard: ConnectWizard = make_wizard(first_screen=True, **options)
    wait_step(qtbot, wizard, Step.WELCOME)
    wizard.activateWindow()  # (the keyboard's focus is only where the window is active)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def open_setup(qtbot: Any, wizard: ConnectWizard, path: Path) -> None:
    """ "Open setup file…" and choose ``path`` in the file dialog."""
    asked: list[object] = []
    wizard.setup_files.ask_open = lambda parent: asked.append(parent) or path
    click(qtbot, wizard.welcome_page.open_button)
    assert asked == [wizard]


def stored_setup_secret() -> str | None:
    account = f"{setup_file.SECRET_PREFIX}{PRACTICE_CLIENT_ID}/client_secret"
    return keyring.get_password("zoho-wizard", account)


# --- what a person reads ---------------------------------------------------------------------


def visible_words(wizard: ConnectWizard) -> list[str]:
    """Every word a person reads on the window: the page's title and subtitle, its
    labels and buttons, and the window's buttons."""
    page = wizard.currentPage()
    texts = [page.heading, page.subTitle()]  # type: ignore[attr-defined]
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if widget.isVisible():
            texts.append(widget.text())
    for which in (W.BackButton, W.NextButton, W.CancelButton, W.FinishButton, W.CustomButton1):
        button = wizard.button(which)
        if button.isVisible():
            texts.append(button.text())
    return [w for text in texts for w in WORD.findall(text.replace("&", ""))]


def test_the_first_screen_asks_who_is_there_in_at_most_80_words(
    qtbot: Any, make_wizard: Any, practice_hint: PracticeHint, setup_path: Path
) -> None:
    # Practice mode with its practice setup and "Copied" showing: the most words it has.
    wizard = first_screen(
        make_wizard, qtbot, practice_hint=replace(practice_hint, setup_file=str(setup_path))
    )
    page = wizard.welcome_page
    assert page.subTitle() == (
        "Has your firm's IT admin given you a setup file or the app details?"
    )
    assert page.practice_banner.isVisible()
    click(qtbot, page.copy_button)
    words = visible_words(wizard)
    assert len(words) <= 80, f"{len(words)} words: {' '.join(words)}"
    # The three answers, the main one first and the only primary one.
    answers = [page.open_button, page.details_button, page.admin_button]
    assert [b.text().replace("&", "") for b in answers] == [
        "Open setup file…",
        "Enter the app details",
        "I'm the admin: set up for staff",
    ]
    assert [b.property("role") for b in answers] == ["primary", "secondary", "secondary"]
    assert not wizard.button(W.NextButton).isVisible()  # no second main button
    # No OAuth words for the bookkeeper.
    text = " ".join(words).lower()
    for word in ("client", "token", "scope", "redirect", "oauth", "console"):
        assert word not in text, word


def test_enter_opens_a_setup_file_and_copy_says_it_copied(
    qtbot: Any, make_wizard: Any, clipboard: list[str], setup_path: Path
) -> None:
    wizard = first_screen(make_wizard, qtbot)
    page = wizard.welcome_page
    assert not page.practice_banner.isVisible()  # no practice setup offered here
    qtbot.waitUntil(lambda: page.open_button.hasFocus())
    chosen: list[object] = []
    wizard.setup_files.ask_open = lambda parent: chosen.append(parent)  # cancelled
    qtbot.keyClick(page.open_button, "\r")
    assert chosen == [wizard]
    assert wizard.controller.state.step is Step.WELCOME  # nothing chosen, nothing changed

    assert not page.copied.isVisible()
    click(qtbot, page.copy_button)
    (steps,) = clipboard
    assert "Authorized Redirect URIs" in steps and "http://127.0.0.1:47214/callback" in steps
    assert page.copied.isVisible()
    assert page.copied.text() == "Copied: paste it into an e-mail to your IT admin."


# --- the bookkeeper's way ---------------------------------------------------------------------


def test_a_setup_file_from_the_first_screen_signs_in_to_done(
    qtbot: Any, make_wizard: Any, setup_path: Path, profiles: ProfileStore
) -> None:
    wizard = first_screen(make_wizard, qtbot)
    open_setup(qtbot, wizard, setup_path)
    wait_step(qtbot, wizard, Step.DETAILS)
    details = wizard.details_page
    preset = details.preset
    assert preset is not None and preset.set_by == PRACTICE_SET_BY
    assert details.client_id.edit.text() == PRACTICE_CLIENT_ID  # nothing to type
    assert details.client_id.edit.isReadOnly()
    # The secret went to this computer's password store; the file can go.
    assert stored_setup_secret() == PRACTICE_CLIENT_SECRET
    notice = wizard.setup_files.notice
    assert notice is not None and notice.isVisible()
    assert notice.title.text() == "You can delete the setup file now"
    assert "this computer's password store" in notice.body.text()
    # The remembered copy (for the next launch) holds no secret.
    remembered = setup_file.remembered_path(practice=True)
    assert PRACTICE_CLIENT_SECRET not in remembered.read_text(encoding="utf-8")

    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    profile = wizard.controller.state.profile
    assert profile is not None and profile.client_id == PRACTICE_CLIENT_ID
    assert profile.name == profile.organization_name  # named after the organization
    assert list(profiles.load().profiles) == [profile.name]


def test_delete_the_setup_file_once_its_secret_is_stored(
    qtbot: Any, make_wizard: Any, setup_path: Path
) -> None:
    wizard = first_screen(make_wizard, qtbot)
    open_setup(qtbot, wizard, setup_path)
    wait_step(qtbot, wizard, Step.DETAILS)
    notice = wizard.setup_files.notice
    assert notice is not None
    click(qtbot, notice.delete_button)
    assert not setup_path.exists()
    assert notice.title.text() == "The setup file was deleted."
    assert not notice.delete_button.isVisible()
    assert stored_setup_secret() == PRACTICE_CLIENT_SECRET  # still there


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file modes")
def test_a_setup_file_others_can_read_is_refused_then_made_private_by_the_button(
    qtbot: Any, make_wizard: Any, setup_path: Path
) -> None:
    os.chmod(setup_path, 0o644)
    wizard = first_screen(make_wizard, qtbot)
    open_setup(qtbot, wizard, setup_path)
    page = wizard.welcome_page
    qtbot.waitUntil(page.problem.isVisible)
    assert "other people on this computer can read it" in page.problem.title.text()
    assert "chmod 600" in page.problem.body.text()
    assert stored_setup_secret() is None  # refused before anything was kept
    fix = page.problem.fix_button
    assert fix.text() == "Make it private and open"
    # The fix is the one main button now, and Enter presses it.
    assert fix.property("role") == "primary"
    assert page.open_button.property("role") == "secondary"
    qtbot.waitUntil(fix.hasFocus)
    qtbot.keyClick(fix, "\r")
    wait_step(qtbot, wizard, Step.DETAILS)
    assert stat.S_IMODE(setup_path.stat().st_mode) == 0o600
    assert stored_setup_secret() == PRACTICE_CLIENT_SECRET


def test_a_file_that_is_not_a_setup_is_explained_on_the_first_screen(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    wrong = tmp_path / "notes.zohowizard"
    wrong.write_text("Dear staff, see you Monday.\n", encoding="utf-8")
    wizard = first_screen(make_wizard, qtbot)
    open_setup(qtbot, wizard, wrong)
    page = wizard.welcome_page
    qtbot.waitUntil(page.problem.isVisible)
    assert page.problem.title.text() == (
        "The file notes.zohowizard could not be opened as a setup file."
    )
    assert "Ask your firm's IT admin to send it again" in page.problem.body.text()
    assert not page.problem.fix_button.isVisible()  # nothing to make private
    # The answers are still there: enter the details instead.
    click(qtbot, page.details_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.preset is None


def test_practice_mode_offers_the_practice_setup(
    qtbot: Any, make_wizard: Any, practice_hint: PracticeHint, setup_path: Path
) -> None:
    hint = replace(practice_hint, setup_file=str(setup_path))
    wizard = first_screen(make_wizard, qtbot, practice_hint=hint)
    click(qtbot, wizard.welcome_page.practice_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    preset = wizard.details_page.preset
    assert preset is not None and setup_file.is_complete(preset)
    assert next_button(wizard).text().replace("&", "") == "Sign in to Zoho"


def test_the_details_page_goes_back_to_the_first_screen(qtbot: Any, make_wizard: Any) -> None:
    wizard = first_screen(make_wizard, qtbot)
    click(qtbot, wizard.welcome_page.details_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    back = wizard.button(W.BackButton)
    assert back.isVisible() and back.text() == "&Back"
    click(qtbot, back)
    wait_step(qtbot, wizard, Step.WELCOME)


# --- the admin's way ----------------------------------------------------------------------------


def test_the_admin_saves_a_setup_file_that_opens_again(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    wizard = first_screen(make_wizard, qtbot)
    click(qtbot, wizard.welcome_page.admin_button)
    wait_step(qtbot, wizard, Step.ADMIN_SETUP)
    page = wizard.admin_setup_page
    save = next_button(wizard)
    assert save.text() == "&Save setup file…" and save.isEnabled()
    saves: list[object] = []
    wizard.setup_files.ask_save = lambda parent, suggested: saves.append(suggested)
    # Nothing entered: pressing the main button says what is missing, and goes there.
    click(qtbot, save)
    assert page.problem_text("client_id") == "Enter the App ID (Zoho calls it the client ID)."
    qtbot.waitUntil(page.client_id.hasFocus)
    assert saves == []  # not asked where to save a file that can't be made

    type_into(qtbot, page.set_by, "Smith & Co IT")
    type_into(qtbot, page.client_id, PRACTICE_CLIENT_ID)
    type_into(qtbot, page.client_secret, PRACTICE_CLIENT_SECRET)
    type_into(qtbot, page.organizations, "10234695 20345786")
    target = tmp_path / "shared drive" / "Smith setup"
    (tmp_path / "shared drive").mkdir()
    wizard.setup_files.ask_save = lambda parent, suggested: (saves.append(suggested), target)[1]
    click(qtbot, save)
    assert saves and Path(str(saves[-1])).name == "Zoho Books setup.zohowizard"
    saved = target.with_name("Smith setup.zohowizard")
    qtbot.waitUntil(page.saved_banner.isVisible)
    assert str(saved) in page.saved_banner.body.text()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    preset = load_preset(saved)
    assert (preset.set_by, preset.client_id, preset.client_secret) == (
        "Smith & Co IT",
        PRACTICE_CLIENT_ID,
        PRACTICE_CLIENT_SECRET,
    )
    assert preset.allowed_organizations == ("10234695", "20345786")
    assert preset.connection_name == "{organization}"
    assert preset.scopes == page.access.chosen_scopes()

    # "Try a sign-in with it": the file opens here, as staff will open it (and, being the
    # copy to hand out, is not offered for deletion).
    click(qtbot, page.try_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.preset == replace(preset, path=saved)
    notice = wizard.setup_files.notice
    assert notice is not None and not notice.isVisible()


def test_the_admins_checklist_sits_behind_the_admins_page(qtbot: Any, make_wizard: Any) -> None:
    wizard = first_screen(make_wizard, qtbot)
    click(qtbot, wizard.welcome_page.admin_button)
    wait_step(qtbot, wizard, Step.ADMIN_SETUP)
    page = wizard.admin_setup_page
    page.set_data_center("eu")
    click(qtbot, page.checklist_link)
    wait_step(qtbot, wizard, Step.BEFORE_START)
    checklist = wizard.before_start_page
    assert str(checklist.data_center.currentData()) == "eu"  # the admin's choice
    assert next_button(wizard).text() == "&Back to Set up for staff"
    checklist.data_center.setCurrentIndex(checklist.data_center.findData("in"))
    assert page.data_center_id() == "in"  # and back again
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.ADMIN_SETUP)
    click(qtbot, wizard.button(W.BackButton))
    wait_step(qtbot, wizard, Step.WELCOME)


def test_the_start_page_opens_setup_files_and_sets_up_for_staff(
    qtbot: Any,
    make_wizard: Any,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
    setup_path: Path,
) -> None:
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    start = wizard.start_page
    click(qtbot, start.admin_button)
    wait_step(qtbot, wizard, Step.ADMIN_SETUP)
    click(qtbot, wizard.button(W.BackButton))
    wait_step(qtbot, wizard, Step.START)
    wizard.setup_files.ask_open = lambda _parent: setup_path
    click(qtbot, start.open_setup_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.preset is not None
    assert wizard.button(W.BackButton).text() == "&Back to saved connections"
