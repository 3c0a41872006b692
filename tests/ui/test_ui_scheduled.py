"""The start page with a connection for scheduled jobs (a Self Client's, made with
``connect --unattended``): its row says so, Check gets a token with the grant, no sign-in
Reconnect is offered, and Disconnect says there is nothing to revoke at Zoho.

The connections are made through core against the sandbox; the wizard then opens on them
and is driven by clicks, with the sandbox's record of requests as the proof.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_driver import click, wait_step
from ui_saved import DEFAULT_ORG, make_saved, secret

from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.core.unattended import SelfClientDetails, connect_unattended
from zoho_wizard.sandbox import PRACTICE_SELF_CLIENT_ID, PRACTICE_SELF_CLIENT_SECRET, Sandbox
from zoho_wizard.ui.pages.saved_list import ROW_ROLE
from zoho_wizard.ui.wizard import ConnectWizard

MakeWizard = Callable[..., ConnectWizard]
JOBS = "Nightly export"


@pytest.fixture
def saved(sandbox: Sandbox, endpoints: Endpoints, profiles: ProfileStore) -> None:
    """A signed-in connection ("Acme Ltd") and one for scheduled jobs ("Nightly export")."""
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    connect_unattended(
        SelfClientDetails(
            client_id=PRACTICE_SELF_CLIENT_ID,
            client_secret=PRACTICE_SELF_CLIENT_SECRET,
            organization_id=DEFAULT_ORG[0],
            name=JOBS,
        ),
        endpoints=endpoints,
        profiles=profiles,
        secrets=KeyringSecretStore(),
    )
    sandbox.clear_requests()


def row_texts(wizard: ConnectWizard) -> dict[str, str]:
    """Each row's accessible text (what it shows), by connection name."""
    lst = wizard.start_page.list
    items = [lst.item(i) for i in range(lst.count())]
    return {item.data(ROW_ROLE).name: item.text() for item in items}


def select(qtbot: Any, wizard: ConnectWizard, name: str) -> None:
    """Click the row of the connection called ``name``."""
    lst = wizard.start_page.list
    for i in range(lst.count()):
        if lst.item(i).data(ROW_ROLE).name == name:
            rect = lst.visualItemRect(lst.item(i))
            qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert wizard.controller.saved.state.selected == name
            return
    raise AssertionError(f"no row for {name!r}")


def wait_idle(qtbot: Any, wizard: ConnectWizard) -> None:
    """Wait until the start page's background work is over."""
    qtbot.waitUntil(lambda: not wizard.controller.saved.state.busy, timeout=15_000)


def test_its_row_says_for_scheduled_jobs_and_offers_no_sign_in(
    qtbot: Any, make_wizard: MakeWizard, saved: None
) -> None:
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    texts = row_texts(wizard)
    assert texts[JOBS].startswith(
        f"{JOBS}. {DEFAULT_ORG[1]} · for scheduled jobs · United States (zoho.com) · connected "
    )
    assert "for scheduled jobs" not in texts["Acme Ltd"]
    page = wizard.start_page
    select(qtbot, wizard, JOBS)
    assert page.check_button.isEnabled() and page.disconnect_button.isEnabled()
    assert not page.reconnect_button.isEnabled()  # made again with its Self Client, not a sign-in
    assert "scheduled jobs" in page.reconnect_button.toolTip()
    select(qtbot, wizard, "Acme Ltd")
    assert page.reconnect_button.isEnabled()
    assert page.reconnect_button.toolTip().startswith("Signs in to Zoho again")


def test_check_gets_a_token_with_the_grant(
    qtbot: Any, make_wizard: MakeWizard, saved: None, sandbox: Sandbox
) -> None:
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    select(qtbot, wizard, JOBS)
    click(qtbot, page.check_button)
    wait_idle(qtbot, wizard)
    assert page.results.title.text() == f"“{JOBS}” works"
    grant = next(t for t in page.results.texts() if t.startswith("Access for scheduled jobs"))
    assert "Zoho gave this connection access with its Self Client just now" in grant
    forms = [{**r.query, **r.form} for r in sandbox.requests_for("token")]
    assert [f["grant_type"] for f in forms] == ["client_credentials"]
    assert forms[0]["soid"] == f"ZohoBooks.{DEFAULT_ORG[0]}"

    # The Self Client's secret changed in the API console: the check says so plainly, and
    # its fix (not a sign-in) is what is offered.
    sandbox.register_client(
        PRACTICE_SELF_CLIENT_ID, "a-new-secret-0123456789abcdef", (), "self", ("us",)
    )
    click(qtbot, page.check_button)
    wait_idle(qtbot, wizard)
    assert page.results.title.text() == f"“{JOBS}” needs attention"
    grant = next(t for t in page.results.texts() if t.startswith("Access for scheduled jobs"))
    assert "Zoho did not accept the Self Client's ID and secret." in grant
    assert "zoho-wizard connect --unattended" in grant
    assert not page.results.reconnect_button.isVisible()
    assert not page.reconnect_button.isEnabled()


def test_disconnect_says_there_is_nothing_to_revoke(
    qtbot: Any, make_wizard: MakeWizard, saved: None, sandbox: Sandbox, profiles: ProfileStore
) -> None:
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    select(qtbot, wizard, JOBS)
    click(qtbot, page.disconnect_button)
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    box = page.confirm_box
    assert box is not None
    assert "nothing to revoke at Zoho" in box.informativeText()
    assert "scheduled jobs that use it stop working" in box.informativeText()
    confirm = next(b for b in box.buttons() if b.text() == "Disconnect")
    click(qtbot, confirm)
    wait_idle(qtbot, wizard)

    assert sandbox.requests_for("revoke") == []
    assert set(profiles.load().profiles) == {"Acme Ltd"}
    assert secret(JOBS, "client_secret") is None and secret(JOBS, "access_token") is None
    notice = page.notice
    assert notice.isVisible() and notice.kind() == "success"
    assert notice.title.text() == f"“{JOBS}” is disconnected"
    lines = notice.body.text().splitlines()
    assert "no refresh token, so there was nothing to revoke at Zoho" in lines[0]
    assert "Self Client stays in Zoho's API console" in lines[1]
    assert lines[2] == "Removed from the password store: client secret, access token."
    assert list(row_texts(wizard)) == ["Acme Ltd"]
