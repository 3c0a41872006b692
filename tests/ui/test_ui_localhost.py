"""``http://localhost:PORT/callback`` as the registered redirect address (what Zoho's own
tutorials register, if the console refuses ``127.0.0.1``): the wizard signs in with it in
the embedded view and through the person's own browser, and the admin's pages say so in
the console's own words ("Mobile-based Applications")."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from ui_driver import (
    click,
    fill_details,
    next_button,
    sign_in,
    submit_details,
    wait_step,
    web_click,
)

from zoho_wizard.core.flow import Step
from zoho_wizard.core.own_browser import OwnBrowserPhase
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.sandbox.driver import Browser
from zoho_wizard.ui.wizard import ConnectWizard

CLIENT_ID = "1000.LOCALHOSTCLIENT0000000000000"
CLIENT_SECRET = "localhost-secret-0000000000"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def localhost_redirect(sandbox: Sandbox) -> str:
    """A client registered with only the ``localhost`` spelling of a loopback address."""
    uri = f"http://localhost:{free_port()}/callback"
    sandbox.register_client(CLIENT_ID, CLIENT_SECRET, (uri,), "server")
    return uri


@pytest.fixture
def system_browser(sandbox: Sandbox) -> Iterator[Browser]:
    """The person's own web browser, scripted."""
    with Browser(sandbox) as browser:
        yield browser


def details_with(qtbot: Any, wizard: ConnectWizard, redirect_uri: str) -> None:
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    fill_details(
        qtbot, wizard, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uri=redirect_uri
    )
    assert not wizard.details_page.redirect_uri.error.isVisible()  # a valid address
    submit_details(qtbot, wizard)


def test_the_embedded_sign_in_catches_a_localhost_redirect(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    localhost_redirect: str,
    profiles: ProfileStore,
) -> None:
    details_with(qtbot, wizard, localhost_redirect)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    (token,) = sandbox.requests_for("token")
    assert token.form["redirect_uri"] == localhost_redirect
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    # Named after the practice default organization.
    assert profiles.get("Zillum Bookkeeping (practice)").redirect_uri == localhost_redirect


def test_the_own_browser_comes_back_to_a_localhost_redirect(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    localhost_redirect: str,
    opened_urls: list[str],
    system_browser: Browser,
) -> None:
    details_with(qtbot, wizard, localhost_redirect)
    page = wizard.consent_page
    click(qtbot, page.own_browser_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.own_view)
    assert page.own_view.phase is OwnBrowserPhase.WAITING
    callback = system_browser.authorize_url(
        opened_urls[-1], email=PRACTICE_EMAIL, password=PRACTICE_PASSWORD
    )
    assert callback.startswith(localhost_redirect + "?")
    # The browser resolves "localhost" itself and reaches the wizard's listener.
    answer = requests.get(callback, timeout=10)
    assert answer.status_code == 200
    assert "signed in" in answer.text
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    (token,) = sandbox.requests_for("token")
    assert token.form["redirect_uri"] == localhost_redirect


def test_before_you_start_offers_localhost_and_names_the_console_types(
    qtbot: Any, make_wizard: Any
) -> None:
    wizard = make_wizard(first_screen=True)  # the admin's checklist, from the admin's page
    click(qtbot, wizard.welcome_page.admin_button)
    wait_step(qtbot, wizard, Step.ADMIN_SETUP)
    click(qtbot, wizard.admin_setup_page.checklist_link)
    wait_step(qtbot, wizard, Step.BEFORE_START)
    page = wizard.before_start_page
    texts = [w.text() for w in page.step_texts]
    assert "Server-based Applications" in texts[1]
    assert "A Mobile-based Applications client works too" in texts[1]
    assert "Mobile or Desktop" not in " ".join(texts)
    assert page.redirect_shown.text() == "http://127.0.0.1:47214/callback"
    assert page.localhost_hint.isVisible()
    assert page.localhost_hint.text() == (
        "If the console does not accept this address, enter http://localhost:47214/callback "
        "there instead, and put that same address under Advanced on the details page (or in "
        "the setup file for staff): the wizard takes either."
    )
    # Already the localhost spelling: nothing to offer.
    page.show_setup("us", "http://localhost:47214/callback", "", practice=False)
    assert not page.localhost_hint.isVisible()


def test_the_details_page_help_uses_the_console_words(qtbot: Any, wizard: ConnectWizard) -> None:
    wait_step(qtbot, wizard, Step.DETAILS)
    section = wizard.details_page.redirect_section
    redirect = section.redirect_help
    assert redirect.accessibleName() == "What is the redirect address?"
    assert (
        "If the console does not accept http://127.0.0.1:47214/callback, "
        "http://localhost:47214/callback works too" in redirect.accessibleDescription()
    )
    pkce = section.use_pkce_help
    assert pkce.accessibleName() == "What is the mobile-based client type?"
    assert "registered a Mobile-based Applications client" in pkce.accessibleDescription()
    assert section.use_pkce.text() == "Mobile-based client type (use PKCE)"
