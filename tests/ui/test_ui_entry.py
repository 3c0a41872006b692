"""``run_wizard``, the entry point the command line calls, in a process of its own.

It owns the QApplication and its one event loop, so it cannot share pytest-qt's: the
test runs it in a child process and closes the window while the sign-in page is open,
which is when a careless teardown of the browser profile crashes at exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from zoho_wizard.core.endpoints import custom_endpoints
    from zoho_wizard.core.store import MemorySecretStore, ProfileStore
    from zoho_wizard.sandbox import (PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET,
        PRACTICE_EMAIL, PRACTICE_PASSWORD, PRACTICE_REDIRECT_URI, Sandbox)
    from zoho_wizard.ui.app import PracticeHint, run_wizard
    from zoho_wizard.ui.wizard import ConnectWizard

    def drive():
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectWizard)]
        if not wizards or wizards[0].controller.ui.keyring is None:
            QTimer.singleShot(20, drive)
            return
        wizard = wizards[0]
        app = QApplication.instance()
        print("app", app.applicationName(), app.organizationName(),
              not app.windowIcon().isNull(), flush=True)
        print("first page:", wizard.current_step().value, flush=True)
        wizard.welcome_page.details_button.click()  # "Enter the app details"
        sign_in_when_on_details(wizard)

    def sign_in_when_on_details(wizard):
        if wizard.current_step().value != "details":
            QTimer.singleShot(20, lambda: sign_in_when_on_details(wizard))
            return
        wizard.details_page.fill_practice()
        wizard.next()

        def close_when_loaded():
            page = wizard.consent_page.browser.page
            # (the browser warmed up ahead shows about:blank until Zoho's page commits)
            if page is None or page.isLoading() or "/oauth/" not in page.url().path():
                QTimer.singleShot(20, close_when_loaded)
                return
            print("sign-in page open:", page.url().path(), flush=True)
            wizard.close()

        close_when_loaded()

    with Sandbox() as sb:
        endpoints = custom_endpoints(sb.accounts_url("us"), practice=True)
        hint = PracticeHint(PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET,
                            PRACTICE_REDIRECT_URI, PRACTICE_EMAIL, PRACTICE_PASSWORD)
        QTimer.singleShot(0, drive)
        code = run_wizard(endpoints, profiles=ProfileStore(Path(sys.argv[1])),
                          secrets_factory=MemorySecretStore, practice_hint=hint)
    print("run_wizard returned", code, flush=True)
    """
)


def test_run_wizard_runs_once_and_tears_the_browser_down_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "connections.json")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    out, err = result.stdout, result.stderr
    assert result.returncode == 0, f"exit {result.returncode}\n{out}\n{err}"
    assert "app Zoho Wizard zoho-wizard True" in out
    assert "first page: welcome" in out  # nothing connected yet: who is there?
    assert "sign-in page open: /accounts/us/oauth/v2/auth" in out
    assert "run_wizard returned 1" in out  # closed before finishing
    assert "Release of profile requested" not in err
    assert "Traceback" not in err
