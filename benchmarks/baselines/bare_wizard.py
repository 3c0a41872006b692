"""Baseline: the floor for start-up. A bare PySide6 QWizard with one page, nothing else.

Marks ``first_paint`` exactly as the wizard does (after the first paint event, from a
zero-length timer), then quits.

With ``--qt-classes`` it first imports the ``Qt`` namespace and the Qt classes the
wizard's first page uses (without using them): what Qt for Python charges any program
for those types, before any code of its own.
"""

import json
import os
import sys
import time

if "--qt-classes" in sys.argv:
    from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal  # noqa: F401
    from PySide6.QtGui import (  # noqa: F401
        QAction,
        QColor,
        QDesktopServices,
        QFont,
        QFontMetrics,
        QGuiApplication,
        QIcon,
        QKeyEvent,
        QPainter,
        QPalette,
        QPixmap,
    )
    from PySide6.QtWidgets import (  # noqa: F401
        QAbstractButton,
        QComboBox,
        QFrame,
        QGridLayout,
        QHBoxLayout,
        QMessageBox,
        QPushButton,
        QScrollArea,
        QSizePolicy,
        QStyle,
        QTextBrowser,
        QToolButton,
    )

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


def mark(name: str) -> None:
    with open(os.environ["ZOHO_WIZARD_TIMINGS"], "a", encoding="utf-8") as out:
        out.write(json.dumps({"mark": name, "t": time.time(), "pid": os.getpid()}) + "\n")


class Wizard(QWizard):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self, first_painted)


def first_painted() -> None:
    mark("first_paint")
    QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv[:1])
wizard = Wizard()
page = QWizardPage()
page.setTitle("Connect Zoho Books")
QVBoxLayout(page).addWidget(QLabel("A bare wizard page."))
wizard.addPage(page)
wizard.resize(920, 720)
wizard.show()
app.exec()
