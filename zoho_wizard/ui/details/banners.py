"""The strips at the top of the details page: practice mode, the keys' store, the preset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.preset import Preset
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.preset_view import preset_problem


class DetailsBanners(QWidget):
    """Practice mode (with "Fill in practice details"), where the keys will be kept (with
    "Keep this connection for this session only" when nowhere safe), and the firm's preset.

    Signals:
        fillRequested(): put the practice client's details into the form.
        sessionOnlyChanged(): "session only" was ticked or unticked.
    """

    fillRequested = Signal()
    sessionOnlyChanged = Signal()

    def __init__(self, practice_hint: PracticeHint | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice_hint = practice_hint
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.practice_banner = Banner(
            "practice", self.tr("Practice mode — nothing here talks to the real Zoho"), ""
        )
        self.fill_button = QPushButton(self.tr("&Fill in practice details"))
        self.fill_button.setAccessibleName(self.tr("Fill in practice details"))
        self.fill_button.setAccessibleDescription(
            self.tr("Puts the practice client ID, secret and redirect address into the form")
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
        layout.addWidget(self.practice_banner)

        self.keyring_banner = Banner("info", self.tr("Checking where your keys can be kept…"))
        self.session_only = QCheckBox(self.tr("Keep this connection for this session only"))
        self.session_only.setAccessibleName(self.tr("Keep this connection for this session only"))
        self.session_only.setAccessibleDescription(
            self.tr(
                "The keys stay in memory until this program closes; nothing is written to disk. "
                "You will need to connect again next time."
            )
        )
        self.session_only.toggled.connect(lambda _on: self.sessionOnlyChanged.emit())
        self.keyring_banner.extra.addWidget(self.session_only)
        self.session_only.setVisible(False)
        layout.addWidget(self.keyring_banner)

        self.preset_banner = Banner("info")
        self.preset_banner.setVisible(False)
        layout.addWidget(self.preset_banner)

    def render_state(self, ui: ScreenState) -> None:
        """Practice mode, where the keys will be kept, and a preset that could not be used."""
        self.practice_banner.setVisible(ui.practice)
        self.fill_button.setVisible(ui.practice and self.practice_hint is not None)
        self._show_keyring(ui)
        if ui.preset_error is not None:
            title, text = preset_problem(ui.preset_error)
            self.preset_banner.set_kind("warning")
            self.preset_banner.set_text(title, text)
            self.preset_banner.setVisible(True)

    def _show_keyring(self, ui: ScreenState) -> None:
        status = ui.keyring
        if status is None:
            self.keyring_banner.set_kind("info")
            self.keyring_banner.set_text(self.tr("Checking where your keys can be kept…"))
            self.session_only.setVisible(False)
        elif status.usable:
            self.keyring_banner.set_kind("success")
            self.keyring_banner.set_text(
                self.tr("Your keys will be kept in {place}").format(place=status.place),
                self.tr(
                    "The client secret and Zoho's long-lasting key are stored there, "
                    "never in a plain file."
                ),
            )
            self.session_only.setVisible(False)
        else:
            self.keyring_banner.set_kind("warning")
            self.keyring_banner.set_text(
                self.tr("No secure password store is available on this computer"),
                self.tr(
                    "{problem} Your keys are never written to a plain file. To go on, "
                    "keep this connection for this session only: it works until you "
                    "close this program, and you connect again next time."
                ).format(problem=core_text(status.problem)),
            )
            self.session_only.setVisible(True)

    def show_preset(self, preset: Preset) -> None:
        """Say that the firm filled in some details (and, if it locked any, who)."""
        locked_names = sorted(n for n in preset.locked if getattr(preset, n, None) is not None)
        self.preset_banner.set_kind("info")
        self.preset_banner.set_text(
            self.tr("Your firm has filled in some of these details"),
            self.tr("Fields marked with a lock are set by {who} and can't be changed here.").format(
                who=preset.set_by or self.tr("your firm's administrator")
            )
            if locked_names
            else self.tr("You can change them if you need to."),
        )
        self.preset_banner.setVisible(True)

    def tab_chain(self) -> list[QWidget]:
        """Tab order: "Fill in practice details", then "session only"."""
        return [self.fill_button, self.session_only]
