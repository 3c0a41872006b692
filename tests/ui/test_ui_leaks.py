"""Secrets never leak: a whole connection at DEBUG level, then a search of every file it
could have touched for every secret the sandbox issued and the client secret."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from reliability_counts import leak_scan
from ui_driver import click, next_button, sign_in, submit_details, wait_step, web_click

from zoho_wizard.core.flow import Step
from zoho_wizard.core.logs import encoded_forms, setup_logging
from zoho_wizard.sandbox import PRACTICE_CLIENT_SECRET, PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.ui.wizard import ConnectWizard


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    folder = tmp_path / "logs"
    setup_logging(folder, debug=True)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)  # logs every URL it requests
    yield folder
    for handler in [h for h in root.handlers if getattr(h, "_zoho_wizard", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _hits(folders: list[Path], secrets: set[str]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            # Each secret as it is, percent-encoded and base64-encoded (issue 14).
            found += [
                f"{path}: {s[:8]}…"
                for s in secrets
                if any(form.encode() in data for form in encoded_forms(s))
            ]
    return found


def test_a_whole_connection_at_debug_level_leaves_no_secret_in_any_file(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    debug_log: Path,
    config_path: Path,
    tmp_path: Path,
) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)

    log_text = (debug_log / "zoho-wizard.log").read_text(encoding="utf-8")
    assert "POST" in log_text or "token" in log_text  # DEBUG really logged the traffic
    secrets = sandbox.issued_secrets() | {PRACTICE_CLIENT_SECRET}
    assert len(secrets) >= 4  # a code, an access token, a refresh token, the secret
    hits = _hits([debug_log, config_path.parent, tmp_path], secrets)
    leak_scan(len(hits))
    assert hits == []
    # What the window showed on the way holds no secret either.
    shown = " ".join(w.text() for w in wizard.findChildren(QLabel))
    assert not any(s in shown for s in secrets)
