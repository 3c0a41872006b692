"""The strips at the top of the details page: practice mode, the password store, the
firm's setup (filled in, just opened, or refused)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Step
from zoho_wizard.core.preset import Preset
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.preset_view import preset_problem


class DetailsBanners(QWidget):
    """Practice mode (with "Fill in practice details"), where the sign-in will be kept
    (with "Keep this connection for this session only" when nowhere safe), the firm's
    setup, and what happened to a setup file just opened.

    Signals:
        fillRequested(): put the practice app's details into the form.
        sessionOnlyChanged(): "session only" was ticked or unticked.
        actionTriggered(object): a setup file's problem's button (an Action).
    """

    fillRequested = Signal()
    sessionOnlyChanged = Signal()
    actionTriggered = Signal(object)

    def __init__(self, practice_hint: PracticeHint | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice_hint = practice_hint
        self._form_shown = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self._make_practice_banner(practice_hint))
        self.keyring_banner = Banner("info", self.tr("Checking where your sign-in can be kept…"))
        self.session_only = QCheckBox(self.tr("Keep this connection for this session only"))
        self.session_only.setAccessibleName(self.tr("Keep this connection for this session only"))
        self.session_only.setAccessibleDescription(
            self.tr(
                "Your sign-in stays in memory until this program closes; nothing is written "
                "to disk. You will need to connect again next time."
            )
        )
        self.session_only.toggled.connect(lambda _on: self.sessionOnlyChanged.emit())
        self.keyring_banner.extra.addWidget(self.session_only)
        self.session_only.setVisible(False)
        layout.addWidget(self.keyring_banner)
        self.preset_banner = Banner("info")
        self.preset_banner.setVisible(False)
        layout.addWidget(self.preset_banner)
        layout.addWidget(self._make_setup_banner())

    def _make_practice_banner(self, practice_hint: PracticeHint | None) -> Banner:
        self.practice_banner = Banner(
            "practice", self.tr("Practice mode — nothing here talks to the real Zoho"), ""
        )
        self.fill_button = QPushButton(self.tr("&Fill in practice details"))
        self.fill_button.setAccessibleName(self.tr("Fill in practice details"))
        self.fill_button.setAccessibleDescription(
            self.tr("Puts the practice app's details into the form")
        )
        self.fill_button.clicked.connect(self.fillRequested)
        self.practice_banner.side.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignVCenter)
        if practice_hint is not None:
            self.practice_banner.set_text(
                self.practice_banner.title.text(),
                self.tr(
                    "Everything runs on this computer. On the practice sign-in page use "
                    "{email} with the password “{password}”."
                ).format(email=practice_hint.email, password=practice_hint.password),
            )
        self.practice_banner.setVisible(False)
        return self.practice_banner

    def _make_setup_banner(self) -> Banner:
        """A setup file that could not be opened, and how to fix that (the offer to delete
        one that was opened is the wizard's SetupFileNotice, above the page)."""
        self.setup_banner = Banner("info")
        self.fix_button = QPushButton(self.tr("Make it private and open it"))
        self.fix_button.setAccessibleName(self.tr("Make it private and open it"))
        self.fix_button.setAccessibleDescription(
            self.tr("Lets only you read the setup file, then opens it")
        )
        self.fix_button.clicked.connect(lambda: self.actionTriggered.emit(Action.FIX_PERMISSIONS))
        self.fix_button.setVisible(False)
        self.setup_banner.side.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setup_banner.setVisible(False)
        return self.setup_banner

    def set_form_shown(self, shown: bool) -> None:
        """The form, or the firm's complete setup as a card (no filling in, no notes on
        what the firm filled in)."""
        self._form_shown = shown

    def render_state(self, ui: ScreenState) -> None:
        """Practice mode, where the sign-in will be kept, and the firm's setup."""
        self.practice_banner.setVisible(ui.practice)
        self.fill_button.setVisible(
            ui.practice and self.practice_hint is not None and self._form_shown
        )
        self._show_keyring(ui)
        if ui.preset_error is not None:
            title, text = preset_problem(ui.preset_error)
            self.preset_banner.set_kind("warning")
            self.preset_banner.set_text(title, text)
            self.preset_banner.setVisible(True)
        elif ui.preset is not None:
            self.preset_banner.setVisible(self._form_shown)
        self._show_setup_news(ui)

    def _show_setup_news(self, ui: ScreenState) -> None:
        error = ui.flow.error if ui.flow.step is Step.DETAILS else None
        refused = error is not None and ui.setup_refused is not None
        if error is not None:
            self.setup_banner.set_kind("warning")
            self.setup_banner.set_text(core_text(error.message), core_text(error.fix))
        self.fix_button.setVisible(refused)
        self.setup_banner.setVisible(error is not None)

    def _show_keyring(self, ui: ScreenState) -> None:
        status = ui.keyring
        if status is None:
            self.keyring_banner.set_kind("info")
            self.keyring_banner.set_text(self.tr("Checking where your sign-in can be kept…"))
            self.session_only.setVisible(False)
            self.keyring_banner.setVisible(self._form_shown)
        elif status.usable:
            # Where exactly (which password store, which entries) is on the receipt.
            self.keyring_banner.set_kind("success")
            self.keyring_banner.set_text(
                self.tr("Your sign-in will be kept in this computer's password store"),
                self.tr("The App secret and Zoho's sign-in are never written to a plain file."),
            )
            self.session_only.setVisible(False)
            self.keyring_banner.setVisible(self._form_shown)
        else:
            self.keyring_banner.set_kind("warning")
            self.keyring_banner.set_text(
                self.tr("No secure password store is available on this computer"),
                self.tr(
                    "{problem} Your sign-in is never written to a plain file. To go on, "
                    "keep this connection for this session only: it works until you "
                    "close this program, and you connect again next time."
                ).format(problem=core_text(status.problem)),
            )
            self.session_only.setVisible(True)
            self.keyring_banner.setVisible(True)

    def show_preset(self, preset: Preset) -> None:
        """Say that the firm filled in some details (and, if it locked any, who)."""
        locked_names = sorted(n for n in preset.locked if getattr(preset, n, None) is not None)
        self.preset_banner.set_kind("info")
        self.preset_banner.set_text(
            self.tr("Your firm has filled in some of these details"),
            self.tr("Those marked with a lock are set by {who} and can't be changed here.").format(
                who=preset.set_by or self.tr("your firm's IT admin")
            )
            if locked_names
            else self.tr("You can change them if you need to."),
        )
        self.preset_banner.setVisible(self._form_shown)

    def tab_chain(self) -> list[QWidget]:
        """Tab order: "Fill in practice details", "session only", the setup file's buttons."""
        return [self.fill_button, self.session_only, self.fix_button]
