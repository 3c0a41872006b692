""" "Use in a spreadsheet…": the start page's button, the dialog, and the feed behind it.

In practice mode (the tests' wizard) the feed runs inside the window: the addresses the
dialog shows are fetched with a real HTTP client. For a saved connection the dialog starts
``zoho-wizard serve`` as a process of its own, against the real Secret Service; the test
stops that process at the end.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from ui_driver import click, wait_step
from ui_saved import make_saved

from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.feed.server import feed_answers
from zoho_wizard.core.feed.view import FeedPhase, SpreadsheetState
from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import Sandbox
from zoho_wizard.sandbox.books_data import INVOICE_COUNT
from zoho_wizard.ui.spreadsheet import SpreadsheetDialog
from zoho_wizard.ui.wizard import ConnectWizard

FEED_SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "ZohoBooks.contacts.READ")


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as client:
        client.trust_env = False
        yield client


def open_dialog(qtbot: Any, wizard: ConnectWizard, name: str) -> SpreadsheetDialog:
    wizard.controller.saved.select(name)
    assert wizard.controller.saved.state.selected == name
    button = wizard.start_page.spreadsheet_button
    assert button.isEnabled() and button.accessibleName() == "Use in a spreadsheet"
    click(qtbot, button)
    qtbot.waitUntil(lambda: wizard.findChild(SpreadsheetDialog) is not None)
    dialog = wizard.findChild(SpreadsheetDialog)
    assert isinstance(dialog, SpreadsheetDialog)
    qtbot.waitUntil(lambda: dialog.state.phase is not FeedPhase.LOADING, timeout=15_000)
    return dialog


def shown_address(dialog: SpreadsheetDialog, label: str) -> str:
    for index, (caption, _address) in enumerate(dialog.state.addresses()):
        if caption == label:
            return dialog.rows[index][0].text()
    raise AssertionError(label)


def test_use_in_a_spreadsheet_shows_addresses_that_answer_with_csv(
    qtbot: Any,
    make_wizard: Callable[..., ConnectWizard],
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
    clipboard: list[str],
    http: requests.Session,
) -> None:
    make_saved(sandbox, endpoints, profiles, "Acme Ltd", scopes=FEED_SCOPES)
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    dialog = open_dialog(qtbot, wizard, "Acme Ltd")
    assert dialog.state.phase is FeedPhase.RUNNING  # practice mode: inside the window
    assert dialog.status.title.text() == "The feed is running (practice mode)"
    assert not dialog.start_button.isVisible()
    invoices = shown_address(dialog, "Invoices")
    assert invoices.startswith("http://127.0.0.1:") and invoices.endswith("/books/invoices.csv")
    answer = http.get(invoices)
    assert answer.status_code == 200
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert len(rows) == INVOICE_COUNT

    index = [label for label, _ in dialog.state.addresses()].index("Invoices")
    field, copy = dialog.rows[index]
    assert field.accessibleName() == "Address of Invoices"
    assert copy.accessibleName() == "Copy the address of Invoices"
    click(qtbot, copy)
    assert clipboard[-1] == invoices

    # "New address": the old one stops answering, the new one answers.
    dialog.confirm = lambda _parent: True
    click(qtbot, dialog.new_address_button)
    qtbot.waitUntil(lambda: shown_address(dialog, "Invoices") != invoices, timeout=15_000)
    assert http.get(invoices).status_code == 404
    assert http.get(shown_address(dialog, "Invoices")).status_code == 200
    # Every control a screen reader reaches is named, with the words it shows.
    from PySide6.QtWidgets import QLineEdit, QPushButton

    for control in dialog.findChildren(QPushButton) + dialog.findChildren(QLineEdit):
        assert control.accessibleName(), control
        if isinstance(control, QPushButton) and control.text() != "Copy":
            assert control.accessibleName() == control.text().rstrip("…")
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_session_only_connection_says_why_it_cannot_be_used() -> None:
    from zoho_wizard.core.feed.view import SESSION_ONLY_PROBLEM

    state = SpreadsheetState("Acme", "Acme Ltd", 47280, phase=FeedPhase.UNAVAILABLE)
    assert SESSION_ONLY_PROBLEM[0].startswith("This connection's keys are kept only")
    assert state.addresses() == [] and not state.can_start


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.secret_service
def test_start_the_feed_runs_zoho_wizard_serve_that_outlives_the_dialog(
    qtbot: Any,
    sandbox: Sandbox,
    endpoints: Endpoints,
    monkeypatch: pytest.MonkeyPatch,
    http: requests.Session,
) -> None:
    # The feed process reads the saved connections and the real password store, as a
    # person's would.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    profiles = ProfileStore()
    name = f"Feed {os.getpid()}"
    make_saved(sandbox, endpoints, profiles, name, scopes=FEED_SCOPES)
    secrets = KeyringSecretStore()
    port = free_port()
    from zoho_wizard.ui.worker import Worker

    worker = Worker()
    dialog = SpreadsheetDialog(
        SpreadsheetState(name, "Zillum Bookkeeping (practice)", port), secrets, worker, print
    )
    qtbot.addWidget(dialog)
    dialog.show()
    pid = None
    try:
        qtbot.waitUntil(lambda: dialog.state.phase is FeedPhase.STOPPED, timeout=15_000)
        assert dialog.status.title.text() == "The feed is not running"
        assert dialog.start_button.isVisible() and dialog.start_button.isEnabled()
        click(qtbot, dialog.start_button)
        qtbot.waitUntil(lambda: dialog.state.phase is not FeedPhase.STARTING, timeout=60_000)
        assert dialog.state.phase is FeedPhase.RUNNING, dialog.state.problem
        pid = dialog.started_pid
        assert pid is not None
        assert dialog.startup_button.isVisible()
        dialog.close()
        answer = http.get(shown_address(dialog, "Invoices"))
        assert answer.status_code == 200
        assert answer.content.decode("utf-8-sig").count("\n") == 1 + INVOICE_COUNT
    finally:
        worker.shutdown()
        if pid is not None:
            os.kill(pid, signal.SIGTERM)  # the process this test started
            qtbot.waitUntil(lambda: not feed_answers(port, dialog.state.key), timeout=30_000)
        for kind in ("client_secret", "refresh_token", "access_token", "feed_key"):
            secrets.delete(name, kind)
        profiles.delete(name)
