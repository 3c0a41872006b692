"""Fixtures: a running sandbox, endpoints pointing at it, and the real wizard.

The wizard is torn down the way the app does it (browser view before its profile), and
every test fails on a Qt warning that is not on the short, explained list below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# QtWebEngineWidgets must be imported before pytest-qt creates the QApplication.
from PySide6 import QtWebEngineWidgets  # noqa: F401
from PySide6.QtCore import QtMsgType
from PySide6.QtWebEngineCore import QWebEngineProfile
from PySide6.QtWidgets import QApplication
from ui_driver import FakeClock, enter_details

from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.endpoints import Endpoints, custom_endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.practice import practice_hint as sandbox_practice_hint
from zoho_wizard.sandbox import Sandbox
from zoho_wizard.ui.app import build_wizard
from zoho_wizard.ui.browser import flush_deletions
from zoho_wizard.ui.wizard import ConnectWizard

# Messages Qt prints on a headless machine without a GPU; none concerns the wizard.
HARMLESS_QT_MESSAGES = (
    "QRhiGles2",  # no OpenGL context offscreen; Chromium falls back to software
    "Failed to create RHI",
    "Failed to create context",
    "Failed to initialize graphics backend",
    "GPUInfo not initialized",  # the same GPU probing, reported by Chromium
    # The offscreen platform can't pass a dialog's size hints to a window manager it
    # doesn't have; every QMessageBox shown offscreen says so.
    "This plugin does not support propagateSizeHints()",
    # ...nor raise a window: a tooltip (the "What is …?" answers) raises its own.
    "This plugin does not support raise()",
)


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog: Any) -> Iterator[None]:
    """Fail the test on any Qt warning or error message that is not known harmless (or
    that the test expects: ``@pytest.mark.qt_log_ignore``)."""
    yield
    bad = [
        record.message
        for record in qtlog.records
        if record.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not record.ignored
        and not any(harmless in record.message for harmless in HARMLESS_QT_MESSAGES)
    ]
    assert bad == [], f"Qt warned: {bad}"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A started sandbox; stopped afterwards, and it must not have hit an internal error."""
    with Sandbox() as sb:
        yield sb
        assert sb.errors == []


@pytest.fixture
def endpoints(sandbox: Sandbox) -> Endpoints:
    """Practice-mode endpoints read from the sandbox's ``/oauth/serverinfo``."""
    return custom_endpoints(sandbox.accounts_url("us"), practice=True, label="Practice sandbox")


@pytest.fixture
def profiles(config_path: Path) -> ProfileStore:
    """The connections file, in this test's temporary folder."""
    return ProfileStore(config_path)


@pytest.fixture
def practice_hint() -> PracticeHint:
    """The practice client and sign-in."""
    return sandbox_practice_hint()


@pytest.fixture
def clock() -> FakeClock:
    """The wizard's clock: real time, movable by tests."""
    return FakeClock()


@pytest.fixture
def opened_urls() -> list[str]:
    """Addresses the wizard asked the system browser to open (nothing really opens)."""
    return []


@pytest.fixture
def clipboard() -> list[str]:
    """Texts the wizard put on the clipboard."""
    return []


@pytest.fixture
def make_wizard(
    qtbot: Any,
    endpoints: Endpoints,
    profiles: ProfileStore,
    practice_hint: PracticeHint,
    clock: FakeClock,
    opened_urls: list[str],
    clipboard: list[str],
) -> Iterator[Callable[..., ConnectWizard]]:
    """Build (and show) the real wizard; it is torn down cleanly after the test.

    A new install opens on the first screen; most tests are about what comes after it, so
    the wizard is taken on to the details page ("Enter the app details", as a person with
    the app's details does) unless ``first_screen=True`` keeps it there.
    """
    made: list[ConnectWizard] = []

    def make(*, first_screen: bool = False, **overrides: Any) -> ConnectWizard:
        options: dict[str, Any] = {
            "profiles": profiles,
            "practice_hint": practice_hint,
            "clock": clock,
            "open_url": opened_urls.append,
            "copy_text": clipboard.append,
        }
        options.update(overrides)
        wizard = build_wizard(options.pop("endpoints", endpoints), **options)
        made.append(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        if not first_screen and wizard.controller.state.step is Step.WELCOME:
            enter_details(qtbot, wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.shutdown()
        wizard.close()
        wizard.deleteLater()
    flush_deletions()  # the views (and their pages) first...
    flush_deletions()  # ...then the profiles
    app = QApplication.instance()
    leftover = [c for c in app.children() if isinstance(c, QWebEngineProfile)]
    assert leftover == [], "a browser profile outlived the wizard"


@pytest.fixture
def wizard(make_wizard: Callable[..., ConnectWizard]) -> ConnectWizard:
    """The wizard in practice mode with the default settings."""
    return make_wizard()
