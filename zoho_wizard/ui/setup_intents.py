"""The first screen's and the admin's intents: setup files, "Set up for staff", messages
for IT, and naming the connection on Done. Each applies a core transition
(:mod:`zoho_wizard.core.navigation`, :mod:`zoho_wizard.core.setup_file`) through the
controller's shell; file and password-store work runs on the worker.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from zoho_wizard.core import admin_message, errors, navigation, setup_file
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER
from zoho_wizard.core.flow import Step
from zoho_wizard.ui.controller_base import ControllerBase

if TYPE_CHECKING:
    from zoho_wizard.core.store import Profile
    from zoho_wizard.ui.worker import Progress

log = logging.getLogger(__name__)


class SetupIntents(ControllerBase):
    """What the first screen, "Set up for staff" and the Done page's name ask for."""

    # --- the first screen ------------------------------------------------------------------

    def enter_details(self) -> None:
        """ "Enter the app details": on to the details page."""
        self._set_flow(navigation.enter_details(self.state))

    def back_to_welcome(self) -> None:
        """Details → the first screen (a new install)."""
        self._set_flow(navigation.back_to_welcome(self.state), failed_at=None)

    def open_setup_file(self, path: str | Path, *, offer_delete: bool = True) -> None:
        """Open the admin's setup file: check it, keep its secret in the password store,
        then show it as one card ready to sign in.

        ``offer_delete`` False: the admin tries the file just saved (it is not offered for
        deletion; it is the copy to hand out).
        """
        if not navigation.can_open_setup(self.state):
            log.info("a setup file arrived during a sign-in; it is not opened")
            return
        target = Path(path)
        secrets = self.secrets_factory()
        remember = setup_file.remembered_path(practice=self.endpoints.practice)

        def work(_report: Progress) -> setup_file.OpenedSetup:
            return setup_file.open_setup_file(target, secrets, remember)

        self.worker.start(
            "opening the setup file",
            work,
            on_success=lambda opened: self._setup_opened(opened, offer_delete),
            on_failure=lambda error: self._setup_failed(error, target),
        )

    def make_private_and_open(self) -> None:
        """The setup file others could read: make it private, then open it."""
        path = self._ui.setup_refused
        if path is None:
            return
        try:
            setup_file.make_private(path)
        except errors.ZohoWizardError as exc:
            self._setup_failed(exc, path)
            return
        self.open_setup_file(path)

    def _setup_opened(self, opened: setup_file.OpenedSetup, offer_delete: bool = True) -> None:
        if not navigation.can_open_setup(self.state):
            return  # a sign-in started meanwhile
        state = navigation.setup_opened(replace(self.state, error=None))
        self.connector = None
        self._set_flow(
            state,
            preset=opened.preset,
            preset_error=None,
            setup_refused=None,
            setup_opened=opened.path if opened.secret_stored and offer_delete else None,
            notice="",
            failed_at=None,
        )

    def _setup_failed(self, error: errors.ZohoWizardError, path: Path) -> None:
        refused = path if isinstance(error, setup_file.SetupFileReadableError) else None
        self._set_flow(replace(self.state, error=error), setup_refused=refused)

    def delete_opened_setup_file(self) -> None:
        """Delete the setup file that held the secret (it is in the password store now)."""
        path = self._ui.setup_opened
        if path is None:
            return
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            problem = errors.StorageError(
                f"The setup file could not be deleted ({exc.strerror}).",
                f"Delete it yourself: {path}",
                action=errors.Action.NONE,
            )
            self._set_flow(replace(self.state, error=problem))
            return
        deleted = QCoreApplication.translate("SetupIntents", "The setup file was deleted.")
        self._set(replace(self._ui, setup_opened=None, notice=deleted))

    def copy_setup_steps(self) -> None:
        """ "Copy the setup steps for IT": everything the admin needs, as text."""
        console = self.admin_console_url(DEFAULT_DATA_CENTER)
        self.copy_text(admin_message.setup_steps_for_it(DEFAULT_REDIRECT_URI, console))

    # --- the admin: "Set up for staff" ------------------------------------------------------

    def open_admin_setup(self) -> None:
        """First screen or saved connections → "Set up for staff"."""
        self._set_flow(navigation.open_admin_setup(self.state), notice="")

    def close_admin_setup(self) -> None:
        """ "Set up for staff" → back where it was opened from."""
        state = navigation.close_admin_setup(self.state, self.saved.state.has_any)
        self._set_flow(state, notice="")

    def save_setup_file(self, path: str | Path, draft: setup_file.SetupDraft) -> None:
        """Write the setup file for staff (private when it holds the secret)."""
        target = Path(path)
        self.worker.start(
            "saving the setup file",
            lambda _report: setup_file.save_setup_file(target, draft),
            on_success=self._setup_saved,
            on_failure=lambda error: self._set_flow(replace(self.state, error=error)),
        )

    def _setup_saved(self, saved: Path) -> None:
        notice = QCoreApplication.translate("SetupIntents", "Setup file saved: {path}")
        self._set_flow(replace(self.state, error=None), notice=notice.format(path=saved))

    # --- errors only the admin can fix -----------------------------------------------------

    def admin_message(self) -> str:
        """The message "Copy a message for your IT admin" copies for the current error."""
        error = self.state.error or errors.ZohoWizardError()
        details = self.state.details
        app = admin_message.AppFacts(
            client_id=details.client_id if details else "",
            data_center=details.data_center if details else DEFAULT_DATA_CENTER,
            redirect_uri=details.redirect_uri if details else DEFAULT_REDIRECT_URI,
            console_url=self.admin_console_url(
                details.data_center if details else DEFAULT_DATA_CENTER
            ),
        )
        return admin_message.message_for_admin(error, app)

    # --- Done: the name the firm's tools use -----------------------------------------------

    def rename_connection(self, new_name: str) -> None:
        """Done: give the new connection the name the firm's tools will use."""
        state = self.state
        profile = state.profile
        if state.step is not Step.DONE or profile is None or self.connector is None:
            return
        connector = self.connector
        self.worker.start(
            "renaming the connection",
            lambda _report: connector.rename(profile, new_name),
            on_success=self._renamed,
            on_failure=lambda error: self._set_flow(replace(self.state, error=error)),
        )

    def _renamed(self, profile: Profile) -> None:
        place = self._after().where_kept(profile.name)
        state = replace(self.state, profile=profile, error=None)
        self._set_flow(state, secrets_place=place)
