"""The start page's line about the daily check (``zoho-wizard watch --install``): when it
last ran and what it found, or nothing when the daily check is not set up.

What is said is decided in :func:`zoho_wizard.core.watch.last_check`; this puts it into
(translated) words.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from zoho_wizard.core.schedule import schedule_here
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.core.watch import Day, LastCheck, last_check, read_state, state_path
from zoho_wizard.ui.theme import set_role


def watch_words(last: LastCheck) -> str:
    """The line for ``last``, translated (context ``WatchLine``, written out in full so
    pyside6-lupdate files them there)."""
    if last.at is None:
        return QCoreApplication.translate(
            "WatchLine", "Checked automatically every day; the first check has not run yet."
        )
    clock = f"{last.at:%H:%M}"
    if last.day is Day.TODAY:
        when = QCoreApplication.translate("WatchLine", "today at {time}").format(time=clock)
    elif last.day is Day.YESTERDAY:
        when = QCoreApplication.translate("WatchLine", "yesterday at {time}").format(time=clock)
    else:
        when = QCoreApplication.translate("WatchLine", "on {day} {month} at {time}").format(
            day=last.at.day, month=f"{last.at:%B}", time=clock
        )
    if len(last.attention) == 1:
        found = QCoreApplication.translate("WatchLine", "“{name}” needs attention").format(
            name=last.attention[0]
        )
    elif last.attention:
        found = QCoreApplication.translate(
            "WatchLine", "{count} connections need attention"
        ).format(count=len(last.attention))
    elif last.not_checked:
        found = QCoreApplication.translate(
            "WatchLine", "some could not be checked then; they are checked again the next day"
        )
    else:
        found = QCoreApplication.translate("WatchLine", "all working")
    return QCoreApplication.translate("WatchLine", "Checked automatically {when}: {found}.").format(
        when=when, found=found
    )


class WatchLine(QLabel):
    """One line under the saved connections: the last automatic check, or hidden.

    Args:
        connections_file: The connections file the start page lists (the line is shown
            only for the one the daily check checks, so never in practice mode).
        installed: Whether the daily check is set up (default: its files are in place).
        clock: Epoch seconds (for "today" and "yesterday").
    """

    def __init__(
        self,
        connections_file: Path,
        *,
        installed: Callable[[], bool] = lambda: schedule_here().installed(),
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.connections_file = connections_file
        self.installed = installed
        self.clock = clock
        self.setWordWrap(True)
        self.hide()

    def refresh(self) -> None:
        """Read the last automatic check again (a small local file) and show it."""
        last = last_check(
            read_state(state_path()),
            installed=self.installed(),
            listed=self.connections_file,
            watched=ProfileStore().path,
            now=self.clock(),
        )
        if last is None:
            self.hide()
            return
        set_role(self, "warningText" if last.attention else "hint")
        self.setText(watch_words(last))
        self.setAccessibleName(self.text())
        self.show()
