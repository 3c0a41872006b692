"""Baseline: the floor for the sign-in page. A bare QWebEngineView in a fresh process.

Usage: ``bare_view.py URL [--sign-in EMAIL PASSWORD REDIRECT_URI]``

Marks ``view_start`` just before the profile and view are made (the application object
exists; the imports are done) and ``consent_loaded`` when the page finished loading,
in the file named by ``ZOHO_WIZARD_TIMINGS``, the way the wizard marks its milestones.

With ``--sign-in`` it then does what a person does on the sandbox's page (sign in, press
Accept) and stops at the redirect, refusing it as the wizard does, so the memory of the
whole flow can be compared with the wizard's. Then it quits.
"""

import json
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication


def mark(name: str) -> None:
    with open(os.environ["ZOHO_WIZARD_TIMINGS"], "a", encoding="utf-8") as out:
        out.write(json.dumps({"mark": name, "t": time.time(), "pid": os.getpid()}) + "\n")


class Page(QWebEnginePage):
    redirect_uri = ""

    def acceptNavigationRequest(self, url, navigation_type, is_main_frame):
        if self.redirect_uri and url.toString().startswith(self.redirect_uri):
            mark("code_caught")
            QTimer.singleShot(0, QApplication.quit)
            return False
        return super().acceptNavigationRequest(url, navigation_type, is_main_frame)


def main() -> None:
    url = sys.argv[1]
    sign_in = sys.argv[3:6] if len(sys.argv) >= 6 and sys.argv[2] == "--sign-in" else None
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    mark("view_start")
    profile = QWebEngineProfile(app)  # off the record, as the wizard's
    view = QWebEngineView()
    page = Page(profile, view)
    view.setPage(page)
    view.resize(920, 720)
    view.show()
    loaded = []

    def finished(ok: bool) -> None:
        if not loaded:
            loaded.append(ok)
            mark("consent_loaded")
            if sign_in is None:
                QTimer.singleShot(0, app.quit)
                return
        if sign_in is not None:
            act()

    def act() -> None:
        email, password, redirect_uri = sign_in
        page.redirect_uri = redirect_uri
        page.runJavaScript(
            "(function () {"
            "  if (document.getElementById('accept')) {"
            "    document.getElementById('accept').click(); return; }"
            "  if (document.getElementById('signin')) {"
            f"    document.getElementById('email').value = {json.dumps(email)};"
            f"    document.getElementById('password').value = {json.dumps(password)};"
            "    document.getElementById('signin').click(); }"
            "})()"
        )

    page.loadFinished.connect(finished)
    view.load(QUrl(url))
    QTimer.singleShot(60_000, app.quit)  # never hang a benchmark run
    app.exec()
    del view  # the view (and its page) before the profile, as Qt requires
    profile.deleteLater()


main()
