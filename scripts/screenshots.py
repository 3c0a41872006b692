"""Walk practice mode page by page and save a screenshot of each page, light and dark.

Run under a virtual display so the pictures match a real desktop:

    xvfb-run -a -s "-screen 0 1280x900x24" python scripts/screenshots.py [OUT_DIR]

Pictures go to ``docs/screenshots/NN-page.png`` (the light scheme) and
``docs/screenshots/dark/NN-page.png`` (the dark scheme); running it again replaces them.
Everything runs against a local practice sandbox; nothing talks to Zoho. The token
endpoint is slowed down a little so the finishing page's checklist can be captured.

Options (each run of the walk is a process of its own: QtWebEngine runs once per process):

    --theme light|dark|both   which scheme(s) to take (both)
    --scale 2                 QT_SCALE_FACTOR, to check that icons stay crisp (pictures go
                              to OUT_DIR/scale-2 under the system's temporary folder unless
                              OUT_DIR is given; give xvfb a larger screen)
    --only details,done       save only pictures whose names contain one of these words
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_CHILD = os.environ.get("ZW_SHOTS_CHILD") == "1"

_TMP = Path(tempfile.mkdtemp(prefix="zw-shots-"))
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_TMP / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium's sandbox can't run as root

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.backends.fail  # noqa: E402
from PySide6 import QtWebEngineWidgets  # noqa: E402, F401
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from zoho_wizard.core.details import ConnectionDetails, PracticeHint  # noqa: E402
from zoho_wizard.core.endpoints import custom_endpoints  # noqa: E402
from zoho_wizard.core.errors import Action  # noqa: E402
from zoho_wizard.core.flow import Step  # noqa: E402
from zoho_wizard.core.store import ProfileStore  # noqa: E402
from zoho_wizard.practice import PRACTICE_SCOPES, practice_connection, practice_hint  # noqa: E402
from zoho_wizard.sandbox import (  # noqa: E402
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.memory_keyring import MemoryKeyring  # noqa: E402
from zoho_wizard.sandbox.practice import default_organizations  # noqa: E402
from zoho_wizard.ui.app import build_wizard, ensure_application  # noqa: E402
from zoho_wizard.ui.browser import flush_deletions  # noqa: E402
from zoho_wizard.ui.wizard import ConnectWizard  # noqa: E402


class ScreenshotKeyring(MemoryKeyring):
    """An in-memory keyring that calls itself the Secret Service, like a GNOME desktop."""


ScreenshotKeyring.__module__ = "keyring.backends.SecretService"


def wait(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    """Spin the event loop until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        wait(20)


def js(wizard: ConnectWizard, script: str) -> Any:
    """Run JavaScript in the sign-in page and return its result."""
    page = wizard.consent_page.browser.page
    assert page is not None
    box: dict[str, Any] = {}
    page.runJavaScript(script, 0, lambda result: box.setdefault("r", result))
    wait_until(lambda: "r" in box, "JavaScript")
    return box["r"]


def wait_element(wizard: ConnectWizard, element_id: str) -> None:
    """Wait for an element of the sign-in page, then for it to be painted."""
    wait_until(
        lambda: (
            wizard.consent_page.browser.page is not None
            and js(wizard, f"document.getElementById({json.dumps(element_id)}) !== null")
        ),
        f"#{element_id}",
    )
    wait(300)  # loadFinished + a moment, so the page is painted in the grab


def wait_step(wizard: ConnectWizard, step: Step) -> None:
    """Wait until the wizard shows ``step``."""
    wait_until(lambda: wizard.current_step() is step, step.value)
    wait(300)


class Shooter:
    """Saves numbered screenshots of the wizard (only those ``only`` names, if given)."""

    def __init__(self, out: Path, only: tuple[str, ...] = ()) -> None:
        self.out = out
        self.only = only
        self.count = 0
        self.saved: list[Path] = []

    def wanted(self, name: str) -> bool:
        """Whether a picture called ``name`` is to be saved."""
        return not self.only or any(word in name for word in self.only)

    def save(self, wizard: ConnectWizard, filename: str) -> None:
        """Save the window as ``filename`` in the output folder."""
        if not self.wanted(filename):
            return
        path = self.out / filename
        if not wizard.grab().save(str(path)):
            raise OSError(f"could not save {path}")
        self.saved.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)

    def __call__(self, wizard: ConnectWizard, name: str) -> None:
        self.count += 1
        self.save(wizard, f"{self.count:02d}-{name}.png")


def open_wizard(
    endpoints: Any, profiles: ProfileStore, hint: PracticeHint, **options: Any
) -> ConnectWizard:
    """A practice-mode wizard on screen (links and the clipboard go nowhere)."""
    wizard = build_wizard(
        endpoints,
        profiles=profiles,
        practice_hint=hint,
        open_url=lambda _url: None,
        copy_text=lambda _text: None,
        **options,
    )
    wizard.show()
    return wizard


def to_details(wizard: ConnectWizard) -> None:
    """From the first screen (a new install) on to the details page, as a person with the
    app's details does ("Enter the app details")."""
    wait_until(lambda: wizard.current_step() is not None, "the first page")
    if wizard.current_step() is Step.WELCOME:
        wizard.welcome_page.details_button.click()
    wait_step(wizard, Step.DETAILS)


def close_wizard(wizard: ConnectWizard) -> None:
    """Tear a wizard down the way the app does (browser view before its profile)."""
    wizard.shutdown()
    wizard.close()
    wizard.deleteLater()
    flush_deletions()
    flush_deletions()


def walk(out: Path, only: tuple[str, ...] = ()) -> list[Path]:
    """Drive the whole flow and the common detours; return the saved pictures."""
    shoot = Shooter(out, only)
    hint = practice_hint()
    with Sandbox() as sandbox:
        endpoints = custom_endpoints(
            sandbox.accounts_url("us"), practice=True, label="Practice sandbox"
        )
        profiles = ProfileStore(_TMP / "connections.json")
        keyring.set_keyring(ScreenshotKeyring())
        wizard = open_wizard(
            endpoints,
            profiles,
            hint,
        )
        try:
            wait_until(lambda: wizard.controller.ui.keyring is not None, "keyring check")
            to_details(wizard)
            shoot(wizard, "details")
            details = wizard.details_page
            details.client_id.edit.setText("https://api-console.zoho.com")
            details.client_id.edit.editingFinished.emit()
            wait(200)
            shoot(wizard, "details-check")
            details.fill_practice()
            details.change_access.setChecked(True)
            wait(100)
            details.scroller.verticalScrollBar().setValue(details.access_section.y() - 20)
            wait(300)
            shoot(wizard, "details-access")
            details.change_access.setChecked(False)
            details.advanced_toggle.setChecked(True)
            wait(100)
            details.scroller.verticalScrollBar().setValue(
                details.scroller.verticalScrollBar().maximum()
            )
            wait(300)
            shoot(wizard, "details-advanced")
            details.scroller.verticalScrollBar().setValue(0)
            details.advanced_toggle.setChecked(False)

            # Sign in, deny once (to show an error), then accept.
            wizard.next()
            wait_step(wizard, Step.CONSENT)
            wait_element(wizard, "email")
            shoot(wizard, "consent-sign-in")
            js(
                wizard,
                f"document.getElementById('email').value = {json.dumps(PRACTICE_EMAIL)};"
                f"document.getElementById('password').value = "
                f"{json.dumps(PRACTICE_PASSWORD)};"
                "document.getElementById('signin').click(); true",
            )
            wait_element(wizard, "accept")
            shoot(wizard, "consent-accept")
            js(wizard, "document.getElementById('deny').click(); true")
            wait_step(wizard, Step.FINISHING)
            shoot(wizard, "finishing-denied")

            wizard.finishing_page.error_panel.buttons[Action.TRY_AGAIN].click()
            wait_step(wizard, Step.CONSENT)
            wait_element(wizard, "email")
            js(
                wizard,
                f"document.getElementById('email').value = {json.dumps(PRACTICE_EMAIL)};"
                f"document.getElementById('password').value = "
                f"{json.dumps(PRACTICE_PASSWORD)};"
                "document.getElementById('signin').click(); true",
            )
            wait_element(wizard, "accept")
            sandbox.faults.add("token", "delay", seconds=3.0)
            js(wizard, "document.getElementById('accept').click(); true")
            wait_step(wizard, Step.FINISHING)
            wait(1200)
            shoot(wizard, "finishing-checklist")

            wait_step(wizard, Step.ORGANIZATION)
            shoot(wizard, "organization")
            wizard.next()
            wait_step(wizard, Step.DONE)
            shoot(wizard, "done")
        finally:
            close_wizard(wizard)

        # The same details page on a computer without a password store.
        keyring.set_keyring(keyring.backends.fail.Keyring())
        wizard = open_wizard(
            endpoints,
            ProfileStore(_TMP / "other-computer.json"),
            hint,
        )
        try:
            wait_until(lambda: wizard.controller.ui.keyring is not None, "keyring check")
            to_details(wizard)
            wizard.details_page.fill_practice()
            wait(300)
            shoot(wizard, "details-no-keyring")
        finally:
            close_wizard(wizard)

        walk_start(shoot, sandbox, endpoints, hint)
        walk_other_ways(shoot, sandbox, endpoints, hint)
        walk_help(shoot, sandbox, endpoints, hint)
        walk_first_screens(shoot, endpoints, hint)
        walk_device(shoot, sandbox, endpoints, hint)
    return shoot.saved


# --- signing in on another device (pictures 50-*) ------------------------------------------


def walk_device(shoot: Shooter, sandbox: Sandbox, endpoints: Any, hint: PracticeHint) -> None:
    """The code to approve on another device (under Other ways to connect), then what a
    Deny on that device looks like here."""
    from zoho_wizard.sandbox.driver import Browser

    shoot.count = 49
    keyring.set_keyring(ScreenshotKeyring())
    wizard = open_wizard(endpoints, ProfileStore(_TMP / "device.json"), hint)
    try:
        wait_until(lambda: wizard.controller.ui.keyring is not None, "keyring check")
        to_details(wizard)
        details = wizard.details_page
        details.fill_practice()
        details.advanced_toggle.setChecked(True)
        details.way_in.device_mode.setChecked(True)
        wait(200)
        wizard.next()
        wait_step(wizard, Step.DEVICE)
        page = wizard.pages[Step.DEVICE]
        wait_until(lambda: page.body.isVisible(), "the code")  # type: ignore[attr-defined]
        wait(400)
        shoot(wizard, "device-sign-in")
        # Then a Deny on the other device. (The code in hand is polled in 30 s, as Zoho
        # asks; a new one from a quicker sandbox shows the answer at once.)
        sandbox.device_units, sandbox.device_interval = "s", 0.2
        sandbox.device_min_interval = 0.0
        wizard.controller.device_poll_floor = 0.0
        wizard.controller.new_device_code()
        wait_until(lambda: page.body.isVisible(), "a new code")  # type: ignore[attr-defined]
        with Browser() as other_device:
            other_device.approve_device(
                page.address.text(),  # type: ignore[attr-defined]
                page.code.text(),  # type: ignore[attr-defined]
                button="deny",
            )
        error_panel = page.error_panel  # type: ignore[attr-defined]
        wait_until(lambda: error_panel.isVisible(), "the denial", timeout=60)
        wait(300)
        shoot(wizard, "device-denied")
    finally:
        close_wizard(wizard)


# --- the start page: saved connections (pictures 00-*) ------------------------------------


def walk_start(shoot: Shooter, sandbox: Sandbox, endpoints: Any, hint: PracticeHint) -> None:
    """Two saved connections, one working and one whose access was revoked at Zoho."""
    from zoho_wizard.core.connection import CachedToken, SavedConnection
    from zoho_wizard.core.health import check

    save = shoot.save
    keyring.set_keyring(ScreenshotKeyring())
    profiles = ProfileStore(_TMP / "start-connections.json")
    for name, organization_id in (
        ("Zillum Bookkeeping", "10234695"),
        ("Zillum Trading", "20345786"),
    ):
        practice_connection(
            sandbox, profiles, name, endpoints=endpoints, organization_id=organization_id
        )
    # Someone removed "Zillum Trading" under Zoho Accounts → Connected Apps; a check noticed.
    refresh = keyring.get_password("zoho-wizard", "Zillum Trading/refresh_token")
    assert refresh
    sandbox.revoke("us", refresh)
    keyring.set_password(
        "zoho-wizard", "Zillum Trading/access_token", CachedToken("old", 0.0).dump()
    )
    check(SavedConnection.open("Zillum Trading", profiles=profiles))

    wizard = open_wizard(
        endpoints,
        profiles,
        hint,
    )
    try:
        wait_step(wizard, Step.START)
        save(wizard, "00-start.png")
        saved = wizard.controller.saved
        saved.select("Zillum Trading")
        wizard.start_page.check_button.click()
        wait_until(
            lambda: not saved.state.busy and "Zillum Trading" in saved.state.reports, "check"
        )
        wait(300)
        save(wizard, "00-start-check.png")
        shoot_spreadsheet(shoot, wizard)
    finally:
        close_wizard(wizard)


def shoot_spreadsheet(shoot: Shooter, wizard: ConnectWizard) -> None:
    """ "Use in a spreadsheet…" for the working connection, its feed running."""
    from zoho_wizard.core.feed.view import FeedPhase
    from zoho_wizard.ui.spreadsheet import SpreadsheetDialog

    if not shoot.wanted("00-start-spreadsheet.png"):
        return
    wizard.controller.saved.select("Zillum Bookkeeping")
    wizard.start_page.spreadsheet_button.click()
    wait_until(lambda: wizard.findChild(SpreadsheetDialog) is not None, "spreadsheet dialog")
    dialog = wizard.findChild(SpreadsheetDialog)
    assert dialog is not None
    wait_until(lambda: dialog.state.phase is FeedPhase.RUNNING, "the practice feed")
    wait(300)
    path = shoot.out / "00-start-spreadsheet.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not save {path}")
    shoot.saved.append(path)
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)
    dialog.close()


# --- other ways in: Self Client, own browser, presets (pictures 2x-*) ------------------------


def walk_other_ways(shoot: Shooter, sandbox: Sandbox, endpoints: Any, hint: PracticeHint) -> None:
    """The Self Client details, the own-browser offer and wait, a firm's preset, and an
    error only the firm's admin can fix."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    from zoho_wizard.core.preset import PresetError, parse_preset

    def fresh(name: str, **options: Any) -> ConnectWizard:
        keyring.set_keyring(ScreenshotKeyring())
        made = open_wizard(endpoints, ProfileStore(_TMP / f"{name}.json"), hint, **options)
        wait_until(lambda: made.controller.ui.keyring is not None, "keyring check")
        to_details(made)
        return made

    close = close_wizard

    shoot.count = 19  # pictures 20-…, after the main walk

    # Self Client: the mode switch, then the help, the scopes and a pasted code.
    wizard = fresh("self-client")
    try:
        details = wizard.details_page
        details.fill_practice()
        details.self_client_mode.setChecked(True)
        wait(300)
        shoot(wizard, "details-self-client")
        code = sandbox.generate_self_client_code(
            PRACTICE_CLIENT_ID, details.self_client.scope_list(), 3, "us"
        )
        details.code.edit.setText(code[:30] + "\n" + code[30:] + "\n")
        details.code.edit.editingFinished.emit()
        bar = details.scroller.verticalScrollBar()
        bar.setValue(bar.maximum())
        wait(300)
        shoot(wizard, "details-self-client-code")
    finally:
        close(wizard)

    # The embedded page went to Google's sign-in: the offer; then the waiting view.
    wizard = fresh("own-browser")
    try:
        wizard.details_page.fill_practice()
        wizard.next()
        wait_step(wizard, Step.CONSENT)
        wait_element(wizard, "email")
        page = wizard.consent_page.browser.page
        assert page is not None
        page.acceptNavigationRequest(
            QUrl("https://accounts.google.com/o/oauth2/v2/auth"),
            QWebEnginePage.NavigationType.NavigationTypeLinkClicked,
            True,
        )
        wait_until(lambda: wizard.consent_page.federated_banner.isVisible(), "federated offer")
        wait(300)
        shoot(wizard, "consent-use-own-browser")
        wizard.consent_page.federated_button.click()
        wait_until(
            lambda: wizard.consent_page.stack.currentWidget() is wizard.consent_page.own_view,
            "waiting view",
        )
        wait(300)
        shoot(wizard, "consent-own-browser-waiting")
        wizard.controller.cancel_own_browser()
    finally:
        close(wizard)

    # A firm's setup without the App secret: the form, its locked fields drawn as text.
    text = (
        "[preset]\n"
        'set_by = "Smith & Co IT"\n'
        f'client_id = "{PRACTICE_CLIENT_ID}"\n'
        'data_center = "us"\n'
        'scopes = ["ZohoBooks.settings.READ", "ZohoBooks.invoices.ALL", '
        '"ZohoBooks.contacts.READ", "AaaServer.profile.Read"]\n'
        f'redirect_uri = "{PRACTICE_REDIRECT_URI}"\n'
        'connection_name = "Books – {organization}"\n'
        'allowed_organizations = ["20345786", "30456897"]\n'
    )
    where = Path("/etc/xdg/zoho-wizard/preset.toml")
    # Three organizations, two of them allowed (one allowed is confirmed without a page).
    third = {**default_organizations()[1], "organization_id": "30456897"}
    third["name"] = "Zillum Holdings (practice)"
    sandbox.add_user(
        "trio@example.com", "trio-pass", organizations=[*default_organizations(), third]
    )
    wizard = fresh("preset-partial", preset=parse_preset(text, where))
    try:
        wait(300)
        shoot(wizard, "details-preset-locked")
        details = wizard.details_page
        details.change_access.setChecked(True)
        details.advanced_toggle.setChecked(True)
        bar = details.scroller.verticalScrollBar()
        bar.setValue(details.access_section.y() - 40)
        wait(300)
        shoot(wizard, "details-preset-locked-access")
    finally:
        close(wizard)

    # The firm's complete setup: one card and "Sign in to Zoho"; then the organizations
    # it allows.
    secret_line = f'client_secret = "{PRACTICE_CLIENT_SECRET}"\n'
    wizard = fresh("preset", preset=parse_preset(text + secret_line, where))
    try:
        wait(300)
        shoot(wizard, "details-setup-card")
        wizard.next()
        wait_step(wizard, Step.CONSENT)
        wait_element(wizard, "email")
        js(
            wizard,
            "document.getElementById('email').value = 'trio@example.com';"
            "document.getElementById('password').value = 'trio-pass';"
            "document.getElementById('signin').click(); true",
        )
        wait_element(wizard, "accept")
        js(wizard, "document.getElementById('accept').click(); true")
        # One allowed organization is confirmed without a page of its own.
        wait_until(lambda: wizard.current_step() in (Step.ORGANIZATION, Step.DONE), "next page")
        wait(300)
        if wizard.current_step() is Step.ORGANIZATION:
            shoot(wizard, "organization-preset-allowed")
    finally:
        close(wizard)

    # A preset with a mistake: reported, and the wizard opens without it.
    problem = PresetError(
        Path("/etc/xdg/zoho-wizard/preset.toml"),
        "that looks like a web address. The client ID looks like 1000.ABC123…",
        line=4,
        field_name="client_id",
    )
    wizard = fresh("bad-preset", preset_error=problem)
    try:
        wait(300)
        shoot(wizard, "details-preset-problem")
    finally:
        close(wizard)

    # An error only the firm's admin can fix (a redirect address Zoho does not know): the
    # main button copies a message for them.
    wizard = fresh("admin-error")
    try:
        wizard.controller.submit_details(
            ConnectionDetails(
                name="Zoho Books",
                client_id=PRACTICE_CLIENT_ID,
                client_secret=PRACTICE_CLIENT_SECRET,
                data_center="us",
                scopes=PRACTICE_SCOPES,
                redirect_uri="http://127.0.0.1:8000/callback",
            )
        )
        wait_step(wizard, Step.FINISHING)
        wait_until(lambda: wizard.finishing_page.error_panel.isVisible(), "the admin's error")
        wait(300)
        shoot(wizard, "finishing-admin-error")
    finally:
        close(wizard)


# --- help: "Before you start" and a "What is …?" answer (pictures 3x-*) ---------------------


def walk_help(shoot: Shooter, sandbox: Sandbox, endpoints: Any, hint: PracticeHint) -> None:
    """The admin's API console checklist ("Before you start", behind "Set up for staff"),
    and the details page's help answers."""
    from PySide6.QtWidgets import QToolTip

    shoot.count = 29  # pictures 30-…
    keyring.set_keyring(ScreenshotKeyring())
    wizard = open_wizard(endpoints, ProfileStore(_TMP / "first-run.json"), hint)
    try:
        wait_step(wizard, Step.WELCOME)
        wizard.welcome_page.admin_button.click()
        wait_step(wizard, Step.ADMIN_SETUP)
        wizard.admin_setup_page.checklist_link.click()
        wait_step(wizard, Step.BEFORE_START)
        shoot(wizard, "before-you-start")
        wizard.next()  # back to "Set up for staff"
        wait_step(wizard, Step.ADMIN_SETUP)
        wizard.button(QWizard.WizardButton.BackButton).click()  # the first screen
        wait_step(wizard, Step.WELCOME)
        to_details(wizard)
        details = wizard.details_page
        button = details.client_id.help
        assert button is not None
        button.setFocus()
        button.click()
        wait(400)
        # A tooltip is a window of its own: draw it onto the wizard's picture.
        shot = wizard.grab()
        tip = next((w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel")), None)
        if tip is not None and tip.isVisible():
            from PySide6.QtGui import QPainter

            painter = QPainter(shot)
            painter.drawPixmap(wizard.mapFromGlobal(tip.pos()), tip.grab())
            painter.end()
        shoot.count += 1
        filename = f"{shoot.count:02d}-details-help.png"
        if shoot.wanted(filename):
            path = shoot.out / filename
            shot.save(str(path))
            shoot.saved.append(path)
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)
        QToolTip.hideText()
    finally:
        close_wizard(wizard)


# --- the first screen, setup files, "Set up for staff" (pictures 4x-*) ------------------------


def walk_first_screens(shoot: Shooter, endpoints: Any, hint: PracticeHint) -> None:
    """The first screen (practice mode, with its practice setup), a setup file others can
    read, the admin's setup opened on the details page, and "Set up for staff"."""
    from zoho_wizard.practice import write_practice_setup

    shoot.count = 39  # pictures 40-…
    folder = _TMP / "from IT"
    setup = write_practice_setup(folder)
    practice = replace(hint, setup_file=str(setup))
    keyring.set_keyring(ScreenshotKeyring())
    wizard = open_wizard(endpoints, ProfileStore(_TMP / "welcome.json"), practice)
    try:
        wait_step(wizard, Step.WELCOME)
        shoot(wizard, "welcome")
        # A setup file saved from an e-mail, readable by everyone: refused, with the fix.
        os.chmod(setup, 0o644)
        wizard.controller.open_setup_file(setup)
        wait_until(lambda: wizard.welcome_page.problem.isVisible(), "the problem")
        wait(300)
        shoot(wizard, "welcome-setup-readable")
        wizard.welcome_page.problem.fix_button.click()
        wait_step(wizard, Step.DETAILS)
        shoot(wizard, "details-setup-opened")
    finally:
        close_wizard(wizard)

    keyring.set_keyring(ScreenshotKeyring())
    wizard = open_wizard(endpoints, ProfileStore(_TMP / "admin.json"), hint)
    try:
        wait_step(wizard, Step.WELCOME)
        wizard.welcome_page.admin_button.click()
        wait_step(wizard, Step.ADMIN_SETUP)
        shoot(wizard, "admin-setup")
        page = wizard.admin_setup_page
        page.set_by.setText("Smith & Co IT")
        page.client_id.setText(PRACTICE_CLIENT_ID)
        page.client_secret.setText(PRACTICE_CLIENT_SECRET)
        target = _TMP / "Smith setup.zohowizard"
        wizard.setup_files.ask_save = lambda _parent, _suggested: target
        wizard.next()  # "Save setup file…"
        wait_until(lambda: page.saved_banner.isVisible(), "saved")
        wait(300)
        shoot(wizard, "admin-setup-saved")
        bar = page.scroller.verticalScrollBar()
        bar.setValue(bar.maximum())
        wait(300)
        shoot(wizard, "admin-setup-handover")
    finally:
        close_wizard(wizard)


def run_walk(out: Path, only: tuple[str, ...]) -> int:
    """One walk in this process (the scheme and scale come from the environment)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        if not only:
            old.unlink()  # a full run replaces every picture (renamed pages leave none behind)
    app = ensure_application()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["saved"] = walk(out, only)
        except BaseException as exc:  # report after the loop ends, never inside Qt
            outcome["error"] = exc
        finally:
            app.quit()

    QTimer.singleShot(0, run)
    app.exec()  # once per process (a second run crashes QtWebEngine)
    if "error" in outcome:
        raise outcome["error"]
    print(f"saved {len(outcome['saved'])} screenshots in {out}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", nargs="?", type=Path, help="folder for the pictures")
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", default="", help="comma-separated words in picture names")
    args = parser.parse_args()
    only = tuple(word for word in args.only.split(",") if word)
    if _CHILD:
        return run_walk(args.out, only)
    if args.out is not None:
        base = args.out
    elif args.scale != 1.0:
        base = Path(tempfile.gettempdir()) / "zoho-wizard-screenshots"
    else:
        base = ROOT / "docs" / "screenshots"
    if args.scale != 1.0:
        base = base / f"scale-{args.scale:g}"
    themes = ("light", "dark") if args.theme == "both" else (args.theme,)
    for theme in themes:
        # The light pictures keep their old names (the README shows them); dark ones go
        # into dark/.
        out = base / "dark" if theme == "dark" else base
        env = dict(os.environ, ZW_SHOTS_CHILD="1", ZOHO_WIZARD_COLOR_SCHEME=theme)
        if args.scale != 1.0:
            env["QT_SCALE_FACTOR"] = f"{args.scale:g}"
        command = [sys.executable, str(Path(__file__).resolve()), str(out)]
        if only:
            command += ["--only", ",".join(only)]
        done = subprocess.run(command, env=env, check=False)
        if done.returncode != 0:
            return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
