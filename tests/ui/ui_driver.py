"""Drive the real wizard like a person would: type, click, and use the web page.

No sleeps: every wait is ``qtbot.waitUntil`` on something the person would see.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QWidget, QWizard

from zoho_wizard.core.flow import Step
from zoho_wizard.ui.wizard import ConnectWizard

TIMEOUT_MS = 15_000


class FakeClock:
    """Real time plus an offset the test moves (for the wizard's countdown)."""

    def __init__(self) -> None:
        import time

        self._time = time.time
        self.offset = 0.0

    def __call__(self) -> float:
        return self._time() + self.offset

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.offset += seconds


def wait_step(qtbot: Any, wizard: ConnectWizard, step: Step, timeout: int = TIMEOUT_MS) -> None:
    """Wait until the page for ``step`` is on screen (and the state agrees)."""
    qtbot.waitUntil(
        lambda: wizard.current_step() is step and wizard.controller.state.step is step,
        timeout=timeout,
    )


def enter_details(qtbot: Any, wizard: ConnectWizard) -> None:
    """From the first screen of a new install to the details page, as a person with the
    app's details does: "Enter the app details"."""
    wait_step(qtbot, wizard, Step.WELCOME)
    click(qtbot, wizard.welcome_page.details_button)
    wait_step(qtbot, wizard, Step.DETAILS)


def click(qtbot: Any, button: QAbstractButton) -> None:
    """Click a visible, enabled button with the mouse."""
    assert button.isVisible(), f"button {button.text()!r} is not visible"
    assert button.isEnabled(), f"button {button.text()!r} is disabled"
    # Just shown (under a disclosure, say): a person clicks once it is laid out.
    qtbot.waitUntil(lambda: button.height() > 0 and button.width() > 0)
    if isinstance(button, QCheckBox):
        # A check box reacts to clicks on its box and words, not on empty space.
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_button(wizard: ConnectWizard) -> QAbstractButton:
    """The wizard's Next button (labelled per page)."""
    return wizard.button(QWizard.WizardButton.NextButton)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Replace a line edit's text by typing, as a person (or a paste) would."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        widget.insert(text)  # type: ignore[attr-defined]  # one edit, like a paste
        widget.textEdited.emit(widget.text())  # type: ignore[attr-defined]
    widget.editingFinished.emit()  # type: ignore[attr-defined]


def fill_details(
    qtbot: Any,
    wizard: ConnectWizard,
    *,
    client_id: str,
    client_secret: str,
    redirect_uri: str | None = None,
) -> None:
    """Type the app's details into the details page (the redirect address under
    Advanced)."""
    page = wizard.details_page
    type_into(qtbot, page.client_id.edit, client_id)
    type_into(qtbot, page.client_secret.edit, client_secret)
    if redirect_uri is not None:
        if not page.advanced.isVisible():
            click(qtbot, page.advanced_toggle)
        type_into(qtbot, page.redirect_uri.edit, redirect_uri)


def submit_details(qtbot: Any, wizard: ConnectWizard) -> None:
    """Click "Sign in to Zoho" (never disabled: it says what is missing instead) and wait
    for the consent page."""
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled(), timeout=TIMEOUT_MS)
    assert next_button(wizard).text().replace("&", "") == "Sign in to Zoho"
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.CONSENT)


# --- the web page --------------------------------------------------------------------------


def run_js(qtbot: Any, wizard: ConnectWizard, script: str, timeout: int = TIMEOUT_MS) -> Any:
    """Run ``script`` in the sign-in page and return its result."""
    page = wizard.consent_page.browser.page
    assert page is not None, "no sign-in page is open"
    box: dict[str, Any] = {}
    page.runJavaScript(script, 0, lambda result: box.setdefault("result", result))
    qtbot.waitUntil(lambda: "result" in box, timeout=timeout)
    return box["result"]


def wait_for_element(
    qtbot: Any, wizard: ConnectWizard, element_id: str, timeout: int = TIMEOUT_MS
) -> None:
    """Wait until the sign-in page shows the element with this id."""
    pending: dict[str, Any] = {"busy": False, "found": False}

    def poll() -> bool:
        page = wizard.consent_page.browser.page
        if page is not None and not pending["busy"] and not pending["found"]:
            pending["busy"] = True

            def done(result: Any) -> None:
                pending["busy"] = False
                pending["found"] = bool(result)

            page.runJavaScript(
                f"document.getElementById({json.dumps(element_id)}) !== null", 0, done
            )
        return bool(pending["found"])

    qtbot.waitUntil(poll, timeout=timeout)


def element_text(qtbot: Any, wizard: ConnectWizard, element_id: str) -> str:
    """The visible text of an element in the sign-in page."""
    wait_for_element(qtbot, wizard, element_id)
    return str(
        run_js(qtbot, wizard, f"document.getElementById({json.dumps(element_id)}).textContent")
    )


def web_click(qtbot: Any, wizard: ConnectWizard, element_id: str) -> None:
    """Click an element of the sign-in page (after it appeared)."""
    wait_for_element(qtbot, wizard, element_id)
    run_js(qtbot, wizard, f"document.getElementById({json.dumps(element_id)}).click(); true")


def sign_in(qtbot: Any, wizard: ConnectWizard, email: str, password: str) -> None:
    """Fill Zoho's sign-in form and submit it."""
    wait_for_element(qtbot, wizard, "email")
    run_js(
        qtbot,
        wizard,
        f"document.getElementById('email').value = {json.dumps(email)};"
        f"document.getElementById('password').value = {json.dumps(password)}; true",
    )
    web_click(qtbot, wizard, "signin")


# --- a canary where the redirect would land --------------------------------------------


@dataclass
class Canary:
    """A web server on the redirect URI's port that records every request it gets."""

    port: int = 0
    hits: list[str] = field(default_factory=list)

    @property
    def redirect_uri(self) -> str:
        """A redirect URI pointing at this canary."""
        return f"http://127.0.0.1:{self.port}/callback"


@contextmanager
def canary_server() -> Iterator[Canary]:
    """Run a canary for the duration of the block."""
    canary = Canary()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            canary.hits.append(self.path)
            body = b"the redirect reached the network"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    canary.port = server.server_address[1]
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield canary
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Every visible widget under ``root`` that takes keyboard focus by Tab.

    Web content is skipped: the page's own elements are named by the page.
    """
    from PySide6.QtWebEngineWidgets import QWebEngineView

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        inside_web = False
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QWebEngineView):
                inside_web = True
                break
            parent = parent.parentWidget()
        if not inside_web:
            found.append(widget)
    return found


def describe_widget(widget: QWidget) -> str:
    """A readable identification for assertion messages."""
    text: Callable[[], str] | None = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={shown!r})"


def program_env(tmp_path: Path) -> dict[str, str]:
    """The environment for running the program in a child process: Qt's headless platform
    and user folders of its own under ``tmp_path``."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "ZOHO_WIZARD_CONFIG_DIR": str(tmp_path / "config" / "zoho-wizard"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
