"""Walk practice mode page by page and save a screenshot of each page.

Run under a virtual display so the pictures match a real desktop:

    xvfb-run -a -s "-screen 0 1280x900x24" python scripts/screenshots.py [OUT_DIR]

Pictures go to ``docs/screenshots/NN-page.png``. Everything runs against a local practice
sandbox; nothing talks to Zoho. The token endpoint is slowed down a little so the
finishing page's countdown can be captured.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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

from zoho_wizard.core.endpoints import custom_endpoints  # noqa: E402
from zoho_wizard.core.errors import Action  # noqa: E402
from zoho_wizard.core.flow import Step  # noqa: E402
from zoho_wizard.core.store import ProfileStore  # noqa: E402
from zoho_wizard.sandbox import (  # noqa: E402
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.ui.app import build_wizard, ensure_application  # noqa: E402
from zoho_wizard.ui.browser import flush_deletions  # noqa: E402
from zoho_wizard.ui.practice import PracticeHint  # noqa: E402
from zoho_wizard.ui.wizard import ConnectWizard  # noqa: E402


class ScreenshotKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring that calls itself the Secret Service, like a GNOME desktop."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


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
    """Saves numbered screenshots of the wizard."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.count = 0
        self.saved: list[Path] = []

    def __call__(self, wizard: ConnectWizard, name: str) -> None:
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}.png"
        if not wizard.grab().save(str(path)):
            raise OSError(f"could not save {path}")
        self.saved.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)


def walk(out: Path) -> list[Path]:
    """Drive the whole flow and the common detours; return the saved pictures."""
    shoot = Shooter(out)
    hint = PracticeHint(
        PRACTICE_CLIENT_ID,
        PRACTICE_CLIENT_SECRET,
        PRACTICE_REDIRECT_URI,
        PRACTICE_EMAIL,
        PRACTICE_PASSWORD,
    )
    with Sandbox() as sandbox:
        endpoints = custom_endpoints(
            sandbox.accounts_url("us"), practice=True, label="Practice sandbox"
        )
        profiles = ProfileStore(_TMP / "connections.json")
        keyring.set_keyring(ScreenshotKeyring())
        wizard = build_wizard(
            endpoints,
            profiles=profiles,
            practice_hint=hint,
            open_url=lambda _url: None,
            copy_text=lambda _text: None,
        )
        wizard.show()
        try:
            wait_until(lambda: wizard.controller.ui.keyring is not None, "keyring check")
            wait(300)
            shoot(wizard, "details")
            details = wizard.details_page
            details.client_id.edit.setText("https://api-console.zoho.com")
            details.client_id.edit.editingFinished.emit()
            wait(200)
            shoot(wizard, "details-check")
            details.fill_practice()
            details.advanced_toggle.setChecked(True)
            wait(100)
            details.scroller.verticalScrollBar().setValue(
                details.scroller.verticalScrollBar().maximum()
            )
            wait(300)
            shoot(wizard, "details-access-and-advanced")
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
            shoot(wizard, "finishing-countdown")

            wait_step(wizard, Step.ORGANIZATION)
            shoot(wizard, "organization")
            wizard.next()
            wait_step(wizard, Step.DONE)
            shoot(wizard, "done")
        finally:
            wizard.shutdown()
            wizard.close()
            wizard.deleteLater()
            flush_deletions()
            flush_deletions()

        # The same details page on a computer without a password store.
        keyring.set_keyring(keyring.backends.fail.Keyring())
        wizard = build_wizard(
            endpoints,
            profiles=ProfileStore(_TMP / "other-computer.json"),
            practice_hint=hint,
            open_url=lambda _url: None,
            copy_text=lambda _text: None,
        )
        wizard.show()
        try:
            wait_until(lambda: wizard.controller.ui.keyring is not None, "keyring check")
            wizard.details_page.fill_practice()
            wait(300)
            shoot(wizard, "details-no-keyring")
        finally:
            wizard.shutdown()
            wizard.close()
            wizard.deleteLater()
            flush_deletions()
            flush_deletions()
    return shoot.saved


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["saved"] = walk(out)
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


if __name__ == "__main__":
    raise SystemExit(main())
