"""Run the real wizard in practice mode and stop on each page while a screen reader looks.

The AT-SPI test (``test_atspi.py``) starts this script in a private D-Bus session on a
virtual X display, with Qt's accessibility bridge on. It opens the wizard as
``zoho-wizard --demo`` does (the practice sandbox, the practice connections file, the real
password store, the first-run help and the browser warm-up), with one saved connection so
that it opens on the saved connections, and walks practice mode page by page. On each page
it prints one line to stdout::

    A11Y {"event": "page", "page": "done", "pid": 1234, "heading": "...", "facts": {...},
          "visible": [...], "focusable": [...]}

and waits for a line on stdin (anything) before it goes on, keeping the window's event
loop running meanwhile: a screen reader's questions are answered by that loop. The last
line is ``A11Y {"event": "end"}`` (or ``{"event": "error", "message": ...}``).

``visible`` is what a sighted person sees: every label, button and check box on screen
with its words and where it is (screen pixels), ``focusable`` every control Tab reaches.
``facts`` are values the page must let a screen reader read, taken from the program's
state (not from the widgets): the organization, data center, access, where the keys are
and the connection's name on Done, the error's words on an error page, and who set up a
complete setup. After Done it opens the wizard again as a new install with the admin's
complete setup (``setup``), then as a new install without one: the first screen
(``welcome``) and "Set up for staff" (``admin-setup``); a page the window does not have
yet is reported as ``{"event": "missing", "page": ..., "why": ...}``.

    python tests/a11y/a11y_driver.py [--pages start,details,...]
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

# QtWebEngineWidgets must be imported before the QApplication exists.
from PySide6 import QtWebEngineWidgets
from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QWidget,
)

from zoho_wizard.core.datacenters import by_id
from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Step
from zoho_wizard.core.grant import Grant
from zoho_wizard.practice import practice_connection, practice_secrets, start_practice
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD
from zoho_wizard.ui.app import build_wizard, ensure_application
from zoho_wizard.ui.browser import flush_deletions
from zoho_wizard.ui.i18n import core_text, describe_access
from zoho_wizard.ui.wizard import PAGE_IDS, ConnectWizard

PAGES = (
    "start",
    "start-busy",
    "start-checked",
    "details",
    "details-problem",
    "before-start",
    "sign-in",
    "error",
    "finishing",
    "organization",
    "done",
    "setup",
    "welcome",
    "admin-setup",
    "device",
)
SAVED_NAME = "Zillum Bookkeeping"
# How long the sandbox holds the exchange, so the finishing page stays up while it is read.
EXCHANGE_DELAY = 10.0

_replies: queue.Queue[str] = queue.Queue()


def _read_stdin() -> None:
    for line in sys.stdin:
        _replies.put(line)
    _replies.put("")  # the test went away: carry on to the end


def wait(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Spin the event loop until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        wait(20)


def emit(event: dict[str, Any]) -> None:
    """One line for the test."""
    sys.stdout.write("A11Y " + json.dumps(event, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# --- what a sighted person sees ------------------------------------------------------------


def _in_web_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWebEngineWidgets.QWebEngineView):
            return True
        parent = parent.parentWidget()
    return False


def _rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    box = QRect(top_left, widget.size())
    return [box.x(), box.y(), box.width(), box.height()]


def _plain(text: str, rich: bool) -> str:
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _shown_text(widget: QWidget) -> str:
    """The words a widget shows on screen (mnemonic ampersands removed)."""
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return ""
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(widget.text())
        )
        return _plain(widget.text(), rich)
    if isinstance(widget, QAbstractButton):
        return _plain(widget.text(), False)
    if isinstance(widget, QGroupBox):
        return _plain(widget.title(), False)
    return ""


def visible_widgets(window: QWidget) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The labelled widgets on screen and the controls Tab reaches, in ``window``."""
    shown: list[dict[str, Any]] = []
    focusable: list[dict[str, Any]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window or _in_web_view(widget):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        entry = {
            "class": type(widget).__name__,
            "qt_name": widget.accessibleName(),
            "rect": _rect(widget),
            "style_role": str(widget.property("role") or ""),
        }
        text = _shown_text(widget)
        if text:
            buddy = widget.buddy() if isinstance(widget, QLabel) else None
            shown.append(
                {
                    **entry,
                    "text": text,
                    "kind": "label" if isinstance(widget, QLabel) else "button",
                    "buddy": _rect(buddy) if buddy is not None and buddy.isVisible() else None,
                }
            )
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            focusable.append({**entry, "text": text})
    return shown, focusable


def error_texts(wizard: ConnectWizard) -> list[str]:
    """The words of the error on screen: the state's error, and field messages shown."""
    texts: list[str] = []
    state = wizard.controller.state
    if state.error is not None:
        texts += [core_text(state.error.message), core_text(state.error.fix)]
    for widget in wizard.findChildren(QLabel):
        if widget.isVisible() and widget.property("role") == "fieldError" and widget.text():
            texts.append(widget.text())
    return [text for text in texts if text]


def done_facts(wizard: ConnectWizard) -> dict[str, Any]:
    """What Done must let a screen reader read, from the saved connection itself."""
    ui = wizard.controller.ui
    profile = wizard.controller.state.profile
    assert profile is not None, "Done without a saved connection"
    grant = Grant.of(profile)
    return {
        "connection_name": profile.name,
        "organization": profile.organization_name,
        "organization_id": profile.organization_id,
        "data_center": core_text(by_id(profile.data_center).label),
        "access": describe_access(grant.granted if grant.granted is not None else grant.requested),
        "secrets_place": ui.secrets_place,
    }


class Walk:
    """Stops on each page (those asked for) and tells the test about it."""

    def __init__(self, pages: tuple[str, ...]) -> None:
        self.pages = pages

    def page(self, wizard: ConnectWizard, name: str, facts: dict[str, Any] | None = None) -> None:
        """Report the page on screen and wait until the test has read it."""
        if name not in self.pages:
            return
        wait(400)  # laid out, painted, and the bridge told about it
        page = wizard.currentPage()
        visible, focusable = visible_widgets(wizard)
        emit(
            {
                "event": "page",
                "page": name,
                "pid": os.getpid(),
                "bus": os.environ.get("DBUS_SESSION_BUS_ADDRESS", ""),
                "step": wizard.current_step().value if wizard.current_step() else None,
                "heading": str(getattr(page, "heading", "") or ""),
                "facts": {"errors": error_texts(wizard), **(facts or {})},
                "visible": visible,
                "focusable": focusable,
            }
        )
        wait_until(lambda: not _replies.empty(), f"the test to read {name}", timeout=300.0)
        _replies.get()


# --- driving -------------------------------------------------------------------------------


def wait_step(wizard: ConnectWizard, step: Step) -> None:
    """Wait until the wizard shows ``step``."""
    wait_until(
        lambda: wizard.current_step() is step and wizard.controller.state.step is step,
        step.value,
    )


def js(wizard: ConnectWizard, script: str) -> Any:
    """Run JavaScript in the sign-in page and return its result."""
    page = wizard.consent_page.browser.page
    assert page is not None
    box: dict[str, Any] = {}
    page.runJavaScript(script, 0, lambda result: box.setdefault("r", result))
    wait_until(lambda: "r" in box, "JavaScript")
    return box["r"]


def wait_element(wizard: ConnectWizard, element_id: str) -> None:
    """Wait for an element of the sign-in page."""
    wait_until(
        lambda: (
            wizard.consent_page.browser.page is not None
            and bool(js(wizard, f"document.getElementById({json.dumps(element_id)}) !== null"))
        ),
        f"#{element_id} in the sign-in page",
    )


def sign_in(wizard: ConnectWizard) -> None:
    """Sign in on the sandbox's page (the person's e-mail and password)."""
    wait_element(wizard, "email")
    js(
        wizard,
        f"document.getElementById('email').value = {json.dumps(PRACTICE_EMAIL)};"
        f"document.getElementById('password').value = {json.dumps(PRACTICE_PASSWORD)};"
        "document.getElementById('signin').click(); true",
    )
    wait_element(wizard, "accept")


def open_wizard(endpoints: Any, profiles: Any, hint: Any, **options: Any) -> ConnectWizard:
    """The wizard as ``zoho-wizard --demo`` opens it (the first-run help and the browser
    warm-up on; an option this version of the window does not take is left out)."""
    wanted = {"first_run_help": True, "warm_up": True, **options}
    accepted = inspect.signature(build_wizard).parameters
    wizard = build_wizard(
        endpoints,
        profiles=profiles,
        secrets_factory=practice_secrets,
        practice_hint=hint,
        **{key: value for key, value in wanted.items() if key in accepted},
    )
    wizard.show()
    return wizard


def close_wizard(wizard: ConnectWizard) -> None:
    """Tear a wizard down the way the app does (browser view before its profile)."""
    wizard.shutdown()
    wizard.close()
    wizard.deleteLater()
    flush_deletions()
    flush_deletions()


def walk_connection(walk: Walk, sandbox: Any, endpoints: Any, hint: Any, profiles: Any) -> None:
    """Saved connections → details → "Before you start" → sign-in → an error → finishing →
    organization → Done."""
    practice_connection(
        sandbox, profiles, SAVED_NAME, endpoints=endpoints, secrets=practice_secrets()
    )
    wizard = open_wizard(endpoints, profiles, hint)
    try:
        wait_step(wizard, Step.START)
        walk.page(wizard, "start")
        saved = wizard.controller.saved
        sandbox.faults.add("organizations", "delay", seconds=EXCHANGE_DELAY)
        wizard.start_page.check_button.click()
        wait_until(lambda: bool(saved.state.busy), "the check to start")
        walk.page(wizard, "start-busy")
        wait_until(lambda: not saved.state.busy, "the check", timeout=60.0)
        walk.page(wizard, "start-checked")
        wizard.controller.new_connection()
        wait_step(wizard, Step.DETAILS)
        wait_until(lambda: wizard.controller.ui.keyring is not None, "the password store check")
        walk.page(wizard, "details")
        details = wizard.details_page
        client_id = getattr(details, "client_id", None)
        if client_id is not None and "details-problem" in walk.pages:
            client_id.edit.setFocus()
            client_id.edit.setText("https://api-console.zoho.com")
            client_id.edit.textEdited.emit(client_id.edit.text())
            client_id.edit.editingFinished.emit()
            walk.page(wizard, "details-problem")
        wizard.controller.show_before_start()
        wait_step(wizard, Step.BEFORE_START)
        walk.page(wizard, "before-start")
        wizard.controller.close_before_start()
        wait_step(wizard, Step.DETAILS)

        details.fill_practice()
        wait_until(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled(), "Next")
        wizard.next()
        wait_step(wizard, Step.CONSENT)
        wait_element(wizard, "email")
        walk.page(wizard, "sign-in")
        sign_in(wizard)
        js(wizard, "document.getElementById('deny').click(); true")
        wait_step(wizard, Step.FINISHING)
        wait_until(lambda: wizard.controller.state.error is not None, "the error")
        walk.page(wizard, "error")

        wizard.controller.perform(Action.TRY_AGAIN)
        wait_step(wizard, Step.CONSENT)
        sign_in(wizard)
        sandbox.faults.add("token", "delay", seconds=EXCHANGE_DELAY)
        js(wizard, "document.getElementById('accept').click(); true")
        wait_step(wizard, Step.FINISHING)
        walk.page(wizard, "finishing")
        wait_step(wizard, Step.ORGANIZATION)
        walk.page(wizard, "organization")
        wait_until(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled(), "Next")
        wizard.next()
        wait_step(wizard, Step.DONE)
        walk.page(wizard, "done", done_facts(wizard))
    finally:
        close_wizard(wizard)


SET_BY = "Smith & Co IT"


def walk_setup(walk: Walk, endpoints: Any, hint: Any, profiles: Any) -> None:
    """A new install with the admin's complete setup: it opens ready to sign in."""
    if "setup" not in walk.pages:
        return
    from zoho_wizard.core.preset import parse_preset
    from zoho_wizard.sandbox import (
        PRACTICE_CLIENT_ID,
        PRACTICE_CLIENT_SECRET,
        PRACTICE_REDIRECT_URI,
    )

    preset = parse_preset(
        "[preset]\n"
        f'set_by = "{SET_BY}"\n'
        f'client_id = "{PRACTICE_CLIENT_ID}"\n'
        f'client_secret = "{PRACTICE_CLIENT_SECRET}"\n'
        'data_center = "us"\n'
        'scopes = ["ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"]\n'
        f'redirect_uri = "{PRACTICE_REDIRECT_URI}"\n',
        profiles.path.parent / "setup.zohowizard",
    )
    profiles.path.unlink(missing_ok=True)
    wizard = open_wizard(endpoints, profiles, hint, preset=preset)
    try:
        wait_step(wizard, Step.DETAILS)
        wait_until(lambda: wizard.controller.ui.keyring is not None, "the password store check")
        walk.page(wizard, "setup", {"set_by": SET_BY})
    finally:
        close_wizard(wizard)


def walk_new_install(walk: Walk, endpoints: Any, hint: Any, profiles: Any) -> None:
    """A new install: the first screen and "Set up for staff" (once the window has pages
    for them)."""
    if "welcome" not in walk.pages and "admin-setup" not in walk.pages:
        return
    if Step.WELCOME not in PAGE_IDS:
        for page in ("welcome", "admin-setup"):
            emit({"event": "missing", "page": page, "why": "the window has no first screen"})
        return
    profiles.path.unlink(missing_ok=True)
    wizard = open_wizard(endpoints, profiles, hint)
    try:
        wait_step(wizard, Step.WELCOME)
        walk.page(wizard, "welcome")
        if Step.ADMIN_SETUP not in PAGE_IDS:
            emit({"event": "missing", "page": "admin-setup", "why": "no page for it yet"})
            return
        wizard.controller.open_admin_setup()
        wait_step(wizard, Step.ADMIN_SETUP)
        walk.page(wizard, "admin-setup")
    finally:
        close_wizard(wizard)


def walk_device(walk: Walk, endpoints: Any, hint: Any, profiles: Any) -> None:
    """The sign-in page → "Sign in on your phone or another computer": the code, the
    address and the countdown as a screen reader reads them."""
    if "device" not in walk.pages:
        return
    wizard = open_wizard(endpoints, profiles, hint)
    try:
        if wizard.controller.state.step is Step.START:
            wizard.controller.new_connection()
        elif wizard.controller.state.step is Step.WELCOME:  # (a new install: no connections)
            wizard.welcome_page.details_button.click()
        wait_step(wizard, Step.DETAILS)
        wait_until(lambda: wizard.controller.ui.keyring is not None, "the password store check")
        wizard.details_page.fill_practice()
        wait_until(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled(), "Next")
        wizard.next()
        wait_step(wizard, Step.CONSENT)
        wait_element(wizard, "email")
        wizard.controller.use_device()
        wait_step(wizard, Step.DEVICE)
        page = wizard.pages[Step.DEVICE]
        wait_until(lambda: page.body.isVisible(), "the device code")
        walk.page(wizard, "device")
    finally:
        close_wizard(wizard)


def run(pages: tuple[str, ...]) -> None:
    """The whole walk (in the event loop)."""
    walk = Walk(pages)
    sandbox, endpoints, hint, profiles = start_practice()
    try:
        walk_connection(walk, sandbox, endpoints, hint, profiles)
        walk_setup(walk, endpoints, hint, profiles)
        walk_new_install(walk, endpoints, hint, profiles)
        walk_device(walk, endpoints, hint, profiles)
    finally:
        sandbox.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page names")
    args = parser.parse_args()
    pages = tuple(page for page in args.pages.split(",") if page)
    threading.Thread(target=_read_stdin, daemon=True).start()
    app = ensure_application()
    outcome: dict[str, Any] = {}

    def go() -> None:
        try:
            run(pages)
        except BaseException as exc:  # reported after the loop ends, never inside Qt
            outcome["error"] = exc
            outcome["trace"] = traceback.format_exc()
        finally:
            app.quit()

    QTimer.singleShot(0, go)
    app.exec()  # once per process (a second run crashes QtWebEngine)
    if "error" in outcome:
        emit({"event": "error", "message": f"{outcome['error']!r}\n{outcome['trace']}"})
        return 1
    emit({"event": "end"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
