"""The wizard's entry points: :func:`build_wizard` (tests, scripts) and :func:`run_wizard`."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER
from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.preset import Preset, PresetError
from zoho_wizard.core.store import (
    KeyringSecretStore,
    KeyringStatus,
    ProfileStore,
    SecretStore,
    keyring_status,
)
from zoho_wizard.ui.browser import flush_deletions
from zoho_wizard.ui.controller import WizardController
from zoho_wizard.ui.i18n import install_translations
from zoho_wizard.ui.resources import icon
from zoho_wizard.ui.theme import set_application_style
from zoho_wizard.ui.wizard import ConnectWizard

__all__ = ["ConnectWizard", "PracticeHint", "build_wizard", "ensure_application", "run_wizard"]

log = logging.getLogger(__name__)

APP_NAME = "Zoho Wizard"
ORGANIZATION = "zoho-wizard"


SWITCH_INTERVAL = 0.001  # seconds; see run_wizard

DESKTOP_FILE_ID = "io.github.zoho_wizard.ZohoWizard"


class WizardApplication(QApplication):
    """The program's QApplication: also takes the documents the system hands over as
    events (macOS sends a double-clicked setup file as a "file open" event, not on the
    command line).

    Signals:
        fileOpened(str): a file arrived while someone listens (see take_opened_files).
    """

    fileOpened = Signal(str)

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._opened: list[Path] = []

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self._opened.append(Path(event.file()))
            self.fileOpened.emit(event.file())
            return True
        return super().event(event)

    def take_opened_files(self) -> list[Path]:
        """The files that arrived so far (each handed out once)."""
        taken, self._opened = self._opened, []
        return taken


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of this process (created on first use)."""
    app = QApplication.instance()
    if app is None:
        from zoho_wizard.ui.environment import chromium_sandbox_off_needed

        chromium_sandbox_off_needed()  # before QtWebEngine starts
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(ORGANIZATION)
        # What importing QtWebEngineWidgets would set: the web engine is imported later,
        # after the window is on screen (Qt requires this before the application exists).
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = WizardApplication(argv if argv is not None else sys.argv[:1])
        set_application_style(app)  # Fusion on every OS (see theme.set_application_style)
        install_translations(app)
        app.setApplicationDisplayName(APP_NAME)
        # Lets Wayland and task bars match the window to packaging/linux's desktop file.
        app.setDesktopFileName(DESKTOP_FILE_ID)
        app.setWindowIcon(icon("app"))
    assert isinstance(app, QApplication)
    return app


def build_wizard(
    endpoints: Endpoints,
    *,
    profiles: ProfileStore,
    secrets_factory: Callable[[], SecretStore] = KeyringSecretStore,
    practice_hint: PracticeHint | None = None,
    clock: Callable[[], float] = time.time,
    probe_keyring: Callable[[], KeyringStatus] = keyring_status,
    open_url: Callable[[str], Any] | None = None,
    copy_text: Callable[[str], None] | None = None,
    preset: Preset | None = None,
    preset_error: PresetError | None = None,
    warm_up: bool = False,
) -> ConnectWizard:
    """Make the wizard (and the QApplication, if none exists yet) without running it.

    The password store is checked in the background as soon as the wizard starts; call
    ``wizard.show()`` to display it. Tests inject ``clock``, ``open_url`` and
    ``copy_text``; the defaults are the real ones. ``preset`` fills and locks fields;
    ``preset_error`` (a preset that could not be used) is shown on the details page.
    ``warm_up`` starts the web engine and a fresh browser in the background once the
    window is on screen, so Zoho's page opens at once after the details (the program
    does; most tests don't, to keep each test to the helper processes it needs).
    """
    ensure_application()
    controller = WizardController(
        endpoints,
        profiles,
        secrets_factory=secrets_factory,
        clock=clock,
        probe_keyring=probe_keyring,
        open_url=open_url,
        copy_text=copy_text,
        preset=preset,
        preset_error=preset_error,
        practice_hint=practice_hint,
    )
    wizard = ConnectWizard(
        controller,
        practice_hint=practice_hint,
        warm_up=warm_up,
    )
    controller.setParent(wizard)
    wizard.start()
    return wizard


def run_wizard(
    endpoints: Endpoints,
    *,
    profiles: ProfileStore,
    secrets_factory: Callable[[], SecretStore] = KeyringSecretStore,
    practice_hint: PracticeHint | None = None,
    preset: Preset | None = None,
    preset_error: PresetError | None = None,
    autopilot: bool = False,
    autopilot_pause: float = 0.0,
    setup_file: str | Path | None = None,
    connection: str | None = None,
) -> int:
    """Show the wizard and run the application until it closes.

    Returns 0 when the connection was finished, 1 when the window was closed before.
    Runs the event loop once per process (a second run crashes QtWebEngine). With
    ``autopilot`` (practice mode only) the wizard walks itself to Done. ``setup_file``
    (``zoho-wizard FILE``, a double-click on a setup file) is opened as the window
    appears; so is a file macOS hands over with an "open document" event. ``connection``
    (``--connection NAME``, a click on the daily check's notification) is selected on the
    start page, with its Reconnect button forward when it needs attention.
    """
    from zoho_wizard.ui.environment import apply_proxy

    app = ensure_application()
    # Background jobs wait on the network and then need Python for a moment; while the
    # window is busy drawing, they would wait up to 5 ms (Python's default) for each such
    # moment. 1 ms keeps an exchange from queueing behind the window's work.
    sys.setswitchinterval(SWITCH_INTERVAL)
    wizard = build_wizard(
        endpoints,
        profiles=profiles,
        secrets_factory=secrets_factory,
        practice_hint=practice_hint,
        preset=preset,
        preset_error=preset_error,
        warm_up=True,
    )
    files = [Path(setup_file)] if setup_file is not None else []
    if isinstance(app, WizardApplication):
        # Documents the system handed over (macOS: a double-click), now and later.
        files += app.take_opened_files()
        app.fileOpened.connect(wizard.controller.open_setup_file)  # (gone with the window)
    if connection:
        wizard.controller.saved.select(connection)
    for path in files[-1:]:  # (one setup at a time: the last one named)
        wizard.controller.open_setup_file(path)
    # Once the window is on screen, before the web engine starts (QtNetwork is not
    # needed to draw the first page).
    wizard.firstPainted.connect(
        lambda: apply_proxy(endpoints.accounts_url(DEFAULT_DATA_CENTER)),
        Qt.ConnectionType.DirectConnection,
    )
    wizard.show()
    pilot = None
    if autopilot and practice_hint is not None:
        from zoho_wizard.ui.autopilot import Autopilot

        pilot = Autopilot(wizard, practice_hint, pause=autopilot_pause)
        pilot.start()
    app.exec()
    accepted = wizard.result() == ConnectWizard.DialogCode.Accepted.value
    if pilot is not None:
        accepted = accepted and pilot.result == 0
    wizard.shutdown()
    wizard.deleteLater()
    flush_deletions()
    flush_deletions()  # the browser's profile is deleted after its view
    return 0 if accepted else 1
