"""Bundle self-test: proves the frozen app can find everything it needs, then exits.

Run by packaging/smoke-test.sh as ``ZOHO_WIZARD_BUNDLE_SELFTEST=1 zoho-wizard`` (needs a
display, e.g. under xvfb-run). It opens no wizard, uses no network and writes nothing.
Checks, in order:

1. the app icon resolves inside the bundle (not from a source checkout);
2. keyring's backends are registered (entry points survived freezing), including the one
   for this operating system;
3. QtWebEngine starts its helper process (QtWebEngineProcess), renders a page in a
   QWebEngineView, and runs JavaScript that needs ICU data (Intl number formatting).

Prints ``bundle self-test: ok`` and exits 0, or prints what failed and exits 1.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TIMEOUT_MS = 60_000

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>self-test</title></head>
<body><h1 id="t">Zoho Wizard bundle self-test</h1></body></html>"""

SCRIPT = """JSON.stringify({
  text: document.getElementById('t').textContent,
  number: new Intl.NumberFormat('de-DE').format(1234567.891),
  date: new Intl.DateTimeFormat('en-GB', {timeZone: 'UTC'}).format(new Date(0)),
  lang: navigator.language
})"""


def _fail(message: str) -> int:
    print(f"bundle self-test: FAILED: {message}", file=sys.stderr, flush=True)
    return 1


def bundle_roots(frozen_root: str) -> tuple[Path, ...]:
    """Where the bundle's files may be: ``sys._MEIPASS`` (the onedir folder, its
    ``_internal``), and inside a macOS .app, where ``_MEIPASS`` is ``Contents/Frameworks``,
    also ``Contents/Resources``: PyInstaller moves data files there (with links from
    Frameworks), so an icon's real path is under Resources."""
    root = Path(frozen_root).resolve()
    roots = [root]
    if root.name == "Frameworks" and root.parent.name == "Contents":
        roots.append(root.parent / "Resources")
    return tuple(roots)


def inside(path: Path, roots: tuple[Path, ...]) -> bool:
    """True when ``path`` (links followed) lies under one of ``roots``."""
    real = path.resolve()
    return any(real == root or root in real.parents for root in roots)


def _check_files() -> str | None:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is None:
        return "not running from a PyInstaller bundle"
    from zoho_wizard.ui.resources import icon_path

    path = icon_path("app")
    if not inside(path, bundle_roots(frozen_root)):
        return f"the app icon came from outside the bundle: {path}"
    print(f"  icon: {path}", flush=True)
    return None


def _check_keyring() -> str | None:
    from importlib.metadata import entry_points

    names = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    wanted = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}.get(sys.platform)
    if wanted and wanted not in names:
        return f"keyring backend {wanted!r} is not registered (found {names})"
    import keyring.backends  # noqa: F401  (the package must import)

    print(f"  keyring backends: {', '.join(names)}", flush=True)
    return None


def _check_webengine() -> str | None:
    # QtWebEngineWidgets must be imported before the QApplication exists.
    from PySide6 import QtWebEngineWidgets
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    # Off-the-record profile parented to the application; the view/page go first.
    profile = QWebEngineProfile(app)
    view = QtWebEngineWidgets.QWebEngineView()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(640, 400)
    outcome: dict[str, object] = {}
    started = time.monotonic()

    def finish(error: str | None) -> None:
        if "error" not in outcome:
            outcome["error"] = error
            app.quit()

    def got_result(result: object) -> None:
        import json

        try:
            data = json.loads(str(result))
        except ValueError:
            finish(f"JavaScript returned {result!r}")
            return
        outcome["data"] = data
        if data.get("text") != "Zoho Wizard bundle self-test":
            finish(f"the page did not render its text: {data}")
        elif data.get("number") != "1.234.567,891":
            finish(f"ICU data is missing or wrong (Intl gave {data.get('number')!r})")
        else:
            finish(None)

    def loaded(ok: bool) -> None:
        if not ok:
            finish("the test page did not load")
            return
        page.runJavaScript(SCRIPT, 0, got_result)

    page.loadFinished.connect(loaded)
    QTimer.singleShot(TIMEOUT_MS, lambda: finish(f"no answer within {TIMEOUT_MS // 1000} s"))
    view.show()
    page.setHtml(PAGE, QUrl("about:blank"))
    app.exec()  # once per process: a second run crashes QtWebEngine

    # Tear down in the order QtWebEngine needs: view (and its page), then the profile.
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    profile.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    error = outcome.get("error")
    if error:
        return str(error)
    print(
        f"  webengine: page rendered and ICU works in {time.monotonic() - started:.1f} s "
        f"{outcome.get('data')}",
        flush=True,
    )
    print(f"  chromium sandbox: {_sandbox_state()}", flush=True)
    return None


def _sandbox_state() -> str:
    """Whether Chromium's sandbox was on (Chromium exits at startup if it cannot be)."""
    import os

    if os.environ.get("QTWEBENGINE_DISABLE_SANDBOX") == "1":
        return "off (QTWEBENGINE_DISABLE_SANDBOX=1)"
    if "--no-sandbox" in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
        return "off (--no-sandbox)"
    return "on"


def run() -> int:
    """Run every check; 0 when all pass."""
    print("bundle self-test:", flush=True)
    for check in (_check_files, _check_keyring, _check_webengine):
        try:
            problem = check()
        except Exception as exc:  # report anything, this is a diagnostic
            problem = f"{check.__name__}: {type(exc).__name__}: {exc}"
        if problem:
            return _fail(problem)
    print("bundle self-test: ok", flush=True)
    return 0
