"""Data centers in the real window (QWebEngineView against the sandbox).

The app's home is the US (the details page's data center: where it was registered); the
sign-in starts there and nobody is asked where their own account is. A UAE user is sent
on to UAE and connected there; a user in a data center only the sandbox's serverinfo
lists is connected once the wizard learnt it (read while the person signed in); a client
not enabled in the user's data center meets Zoho's "Invalid Client" page, which the
wizard turns into the Multi-DC advice.
"""

from __future__ import annotations

from typing import Any

import pytest
from ui_driver import (
    click,
    fill_details,
    next_button,
    sign_in,
    submit_details,
    wait_step,
    web_click,
)

from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Step
from zoho_wizard.core.own_browser import OwnBrowserPhase, OwnBrowserState
from zoho_wizard.practice import practice_endpoints
from zoho_wizard.sandbox import (
    NEW_DC,
    PRACTICE_AE_EMAIL,
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_NEW_DC_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.ui.own_browser_view import OwnBrowserView
from zoho_wizard.ui.wizard import ConnectWizard

US_ONLY = "1000.USONLYCLIENT000000000000000000"


def _connect_in_the_window(qtbot: Any, wizard: ConnectWizard, email: str) -> None:
    click(qtbot, wizard.details_page.fill_button)  # the practice app, registered in the US
    assert wizard.details_page.data_center_field.value() == "us"
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, email, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    wizard.organization_page.list.setCurrentRow(0)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)


def test_a_uae_user_signs_in_from_the_apps_home_and_is_connected_in_uae(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    _connect_in_the_window(qtbot, wizard, PRACTICE_AE_EMAIL)
    assert [r.dc for r in sandbox.requests_for("auth")] == ["us", "ae"]
    assert [r.dc for r in sandbox.requests_for("token")] == ["ae"]
    profile = wizard.controller.state.profile
    assert profile is not None
    assert (profile.data_center, profile.home_data_center) == ("ae", "us")
    assert profile.api_domain == sandbox.api_domain("ae")
    assert "United Arab Emirates" in wizard.done_page.values["data_center"].text()


def test_a_user_in_a_data_center_only_serverinfo_lists_is_connected(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    # Practice endpoints shaped like Zoho's: the built-in table, plus serverinfo when needed.
    endpoints = practice_endpoints(sandbox)
    assert NEW_DC not in endpoints.accounts
    wizard = make_wizard(endpoints=endpoints)
    before = len(sandbox.requests_for("serverinfo"))  # (the fixtures' own endpoints read it)
    _connect_in_the_window(qtbot, wizard, PRACTICE_NEW_DC_EMAIL)
    assert len(sandbox.requests_for("serverinfo")) == before + 1  # once, off the GUI thread
    assert [r.dc for r in sandbox.requests_for("auth")] == ["us", NEW_DC]
    assert [r.dc for r in sandbox.requests_for("token")] == [NEW_DC]
    profile = wizard.controller.state.profile
    assert profile is not None
    assert profile.data_center == NEW_DC
    assert profile.accounts_server == sandbox.accounts_url(NEW_DC)
    assert profile.api_domain == sandbox.api_domain(NEW_DC)


def test_when_the_read_ahead_failed_the_callback_looks_the_server_up(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    wizard = make_wizard(endpoints=practice_endpoints(sandbox))
    before = len(sandbox.requests_for("serverinfo"))
    sandbox.faults.add("serverinfo", "status", status=502)  # the read ahead fails
    _connect_in_the_window(qtbot, wizard, PRACTICE_NEW_DC_EMAIL)
    # Read ahead (in vain), then at the callback, before the code went anywhere.
    served = sandbox.requests_for("serverinfo")[before:]
    token = sandbox.requests_for("token")
    assert len(served) == 2
    assert [r.dc for r in token] == [NEW_DC]
    assert served[1].at <= token[0].at


def test_the_window_opens_without_reading_serverinfo(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    before = len(sandbox.requests_for("serverinfo"))  # (the fixtures' own endpoints read it)
    wizard = make_wizard(endpoints=practice_endpoints(sandbox))
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    qtbot.waitUntil(lambda: not wizard.controller.worker.busy)  # the first page's work done
    assert len(sandbox.requests_for("serverinfo")) == before  # only a sign-in reads it


@pytest.mark.parametrize("status", [200, 400])
def test_invalid_client_in_the_users_data_center_gives_the_multi_dc_advice(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox, opened_urls: list[str], status: int
) -> None:
    sandbox.auth_error_status = status
    sandbox.register_client(
        US_ONLY, PRACTICE_CLIENT_SECRET, (PRACTICE_REDIRECT_URI,), "server", {"us"}
    )
    wizard = make_wizard()
    fill_details(qtbot, wizard, client_id=US_ONLY, client_secret=PRACTICE_CLIENT_SECRET)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_AE_EMAIL, PRACTICE_PASSWORD)
    # Zoho moved the sign-in to UAE, where this client is unknown: "Invalid client".
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == (
        "Your Zoho account is in another data center, and this app is not set up for it."
    )
    assert "Multi-DC" in wizard.controller.admin_message()  # the admin's fix, to copy
    assert not wizard.finishing_page.timer_box.isVisible()  # no code, no countdown
    assert [r.dc for r in sandbox.requests_for("auth")] == ["us", "ae"]
    assert sandbox.requests_for("token") == []
    assert set(panel.buttons) >= {Action.OPEN_API_CONSOLE, Action.TRY_AGAIN}
    click(qtbot, panel.buttons[Action.OPEN_API_CONSOLE])
    assert opened_urls == ["https://api-console.zoho.com"]  # the home's console


def test_zohos_other_error_pages_served_with_http_200_get_plain_words(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    sandbox.auth_error_status = 200  # the page loads "successfully": no load error at all
    wizard = make_wizard()
    fill_details(
        qtbot,
        wizard,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        redirect_uri="http://127.0.0.1:8000/callback",  # not the registered one
    )
    submit_details(qtbot, wizard)
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == "Zoho says the redirect address is not registered for this client."
    # Only the firm's admin can register it: the main button copies a message for them.
    assert panel.main_button() is panel.buttons[Action.COPY_ADMIN_MESSAGE]
    assert sandbox.requests_for("token") == []


@pytest.mark.parametrize("phase", [OwnBrowserPhase.WAITING, OwnBrowserPhase.TIMED_OUT])
def test_the_own_browser_wait_mentions_invalid_client(qtbot: Any, phase: OwnBrowserPhase) -> None:
    # The person's own browser shows Zoho's pages where this window cannot see them.
    view = OwnBrowserView()
    qtbot.addWidget(view)
    view.show_state(OwnBrowserState(phase, "state", PRACTICE_REDIRECT_URI, "http://x"))
    assert "Invalid Client" in view.hint.text()
    assert "Multi-DC" in view.hint.text()
    assert not view.hint.isHidden()


def test_the_details_page_asks_where_the_app_was_registered(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    # Under Advanced: where the firm's IT admin registered the app, not where anyone is.
    field = wizard.details_page.data_center_field
    assert not field.isVisible()
    assert "registered" in field.data_center.accessibleName()
    assert "registered" in field.hint.text()
    labels = [field.data_center.itemText(i) for i in range(field.data_center.count())]
    assert any("United Arab Emirates" in t and "Books not confirmed" in t for t in labels)
    assert any("Singapore" in t and "Books not confirmed" in t for t in labels)
