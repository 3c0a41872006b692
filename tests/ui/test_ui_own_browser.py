""" "Use my own browser instead": the same sign-in in the system browser, back via loopback.

The system browser is played by the sandbox's scripted browser (requests, no Qt): it opens
the very URL the wizard asked the desktop to open, signs in, accepts, and then visits the
callback on the wizard's loopback listener, as a real browser would after Zoho's 302.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
import requests
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from ui_driver import click, fill_details, submit_details, wait_step

from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.flow import Step
from zoho_wizard.core.own_browser import (
    OwnBrowserPhase,
    federated_provider,
    is_loopback_redirect,
)
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.sandbox.driver import Browser
from zoho_wizard.ui.wizard import ConnectWizard

CLIENT_ID = "1000.OWNBROWSERCLIENT000000000000"
CLIENT_SECRET = "own-browser-secret-000000000"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Whether a new listener could bind the port now (SO_REUSEADDR, as the listener)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@pytest.fixture
def redirect_uri(sandbox: Sandbox) -> str:
    """A loopback redirect on a port the OS says is free, registered for a desktop client
    (PKCE required, so the test also proves the own browser reused the same verifier)."""
    uri = f"http://127.0.0.1:{free_port()}/callback"
    sandbox.register_client(CLIENT_ID, CLIENT_SECRET, (uri,), "desktop")
    return uri


@pytest.fixture
def system_browser(sandbox: Sandbox) -> Iterator[Browser]:
    """The person's own web browser, scripted."""
    with Browser(sandbox) as browser:
        yield browser


def at_consent(qtbot: Any, wizard: ConnectWizard, redirect_uri: str) -> None:
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    fill_details(
        qtbot, wizard, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uri=redirect_uri
    )
    click(qtbot, wizard.details_page.use_pkce)
    submit_details(qtbot, wizard)


def start_own_browser(qtbot: Any, wizard: ConnectWizard, opened_urls: list[str]) -> str:
    """Click "Use my own browser instead"; return the URL the desktop was asked to open."""
    page = wizard.consent_page
    click(qtbot, page.own_browser_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.own_view)
    assert page.own_view.phase is OwnBrowserPhase.WAITING
    assert opened_urls, "the system browser was not opened"
    return opened_urls[-1]


def test_own_browser_finishes_the_same_sign_in_through_the_loopback_listener(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    redirect_uri: str,
    opened_urls: list[str],
    system_browser: Browser,
) -> None:
    at_consent(qtbot, wizard, redirect_uri)
    request = wizard.controller.state.request
    assert request is not None and request.code_verifier
    url = start_own_browser(qtbot, wizard, opened_urls)

    # The very same request: same state, same PKCE challenge.
    assert url == request.url
    view = wizard.consent_page.own_view
    assert view.title.text() == "Finish signing in with your web browser…"
    assert "continue here automatically" in view.text.text()
    # The embedded page is stopped and unloaded meanwhile, and the port is taken.
    assert wizard.consent_page.browser.page is None
    port = urlsplit(redirect_uri).port
    assert port is not None and not port_is_free(port)

    callback = system_browser.authorize_url(url, email=PRACTICE_EMAIL, password=PRACTICE_PASSWORD)
    assert callback.startswith(redirect_uri + "?")
    answer = requests.get(callback, timeout=10)  # the browser follows Zoho's 302
    assert answer.status_code == 200
    assert "signed in" in answer.text

    wait_step(qtbot, wizard, Step.ORGANIZATION)
    token = sandbox.requests_for("token")
    assert len(token) == 1
    assert token[0].form["redirect_uri"] == redirect_uri
    assert token[0].form["code_verifier"] == request.code_verifier
    qtbot.waitUntil(lambda: port_is_free(port))
    assert not wizard.controller.own_browser.active


def test_a_callback_with_a_foreign_state_is_refused_and_the_wizard_waits_on(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    redirect_uri: str,
    opened_urls: list[str],
    system_browser: Browser,
) -> None:
    at_consent(qtbot, wizard, redirect_uri)
    url = start_own_browser(qtbot, wizard, opened_urls)
    callback = system_browser.authorize_url(url)
    base, _, query = callback.partition("?")
    params = dict(parse_qsl(query))
    params["state"] = "someone-elses-state"
    forged = requests.get(f"{base}?{urlencode(params)}", timeout=10)
    assert forged.status_code == 400
    qtbot.wait(200)  # a wrong move would be queued by now; nothing may have happened
    assert wizard.controller.state.step is Step.CONSENT
    assert wizard.consent_page.own_view.phase is OwnBrowserPhase.WAITING
    assert sandbox.requests_for("token") == []
    listener = wizard.controller.own_browser.listener
    assert listener is not None and listener.rejected == 1

    # The real answer still gets through.
    assert requests.get(callback, timeout=10).status_code == 200
    wait_step(qtbot, wizard, Step.ORGANIZATION)


def test_a_deny_without_state_ends_the_wait_at_once_with_the_denial(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    redirect_uri: str,
    opened_urls: list[str],
    system_browser: Browser,
) -> None:
    # Zoho may leave state off a Deny; the listener used to wait ten minutes for it.
    sandbox.deny_without_state = True
    at_consent(qtbot, wizard, redirect_uri)
    url = start_own_browser(qtbot, wizard, opened_urls)
    callback = system_browser.authorize_url(url, button="deny")
    assert "state=" not in callback
    page = requests.get(callback, timeout=10)  # the browser follows Zoho's 302
    assert page.status_code == 200
    assert "Nothing was connected" in page.text
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == "You chose not to allow access, so nothing was connected."
    assert sandbox.requests_for("token") == []
    port = urlsplit(redirect_uri).port
    assert port is not None
    qtbot.waitUntil(lambda: port_is_free(port))


def test_cancel_closes_the_listener_and_brings_the_embedded_sign_in_back(
    qtbot: Any, wizard: ConnectWizard, redirect_uri: str, opened_urls: list[str]
) -> None:
    at_consent(qtbot, wizard, redirect_uri)
    request = wizard.controller.state.request
    start_own_browser(qtbot, wizard, opened_urls)
    page = wizard.consent_page
    port = urlsplit(redirect_uri).port
    assert port is not None and not port_is_free(port)

    click(qtbot, page.own_view.reopen_button)  # "Open the page again"
    assert opened_urls[-2:] == [request.url, request.url]

    click(qtbot, page.own_view.cancel_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.embedded)
    assert port_is_free(port)
    assert not wizard.controller.own_browser.active
    # The same request is back in a fresh embedded view.
    qtbot.waitUntil(lambda: page.browser.page is not None)
    assert wizard.controller.state.request == request
    assert wizard.controller.state.step is Step.CONSENT


def test_closing_the_window_closes_the_listener(
    qtbot: Any, make_wizard: Any, redirect_uri: str, opened_urls: list[str]
) -> None:
    wizard = make_wizard()
    at_consent(qtbot, wizard, redirect_uri)
    start_own_browser(qtbot, wizard, opened_urls)
    port = urlsplit(redirect_uri).port
    assert port is not None
    wizard.close()
    assert port_is_free(port)


def test_going_back_to_the_details_closes_the_listener(
    qtbot: Any, wizard: ConnectWizard, redirect_uri: str, opened_urls: list[str]
) -> None:
    at_consent(qtbot, wizard, redirect_uri)
    start_own_browser(qtbot, wizard, opened_urls)
    port = urlsplit(redirect_uri).port
    assert port is not None
    click(qtbot, wizard.button(wizard.WizardButton.CustomButton1))  # "Cancel sign-in"
    wait_step(qtbot, wizard, Step.DETAILS)
    assert port_is_free(port)


def test_a_timeout_is_explained_with_try_again(
    qtbot: Any, wizard: ConnectWizard, redirect_uri: str, opened_urls: list[str]
) -> None:
    wizard.controller.own_browser.timeout = 0.3
    at_consent(qtbot, wizard, redirect_uri)
    start_own_browser(qtbot, wizard, opened_urls)
    view = wizard.consent_page.own_view
    qtbot.waitUntil(lambda: view.phase is OwnBrowserPhase.TIMED_OUT, timeout=5000)
    assert view.title.text() == "The sign-in in your web browser timed out"
    port = urlsplit(redirect_uri).port
    assert port is not None and port_is_free(port)
    assert view.retry_button.isVisible()
    assert view.cancel_button.text() == "Sign in inside this window"

    wizard.controller.own_browser.timeout = 30
    click(qtbot, view.retry_button)
    qtbot.waitUntil(lambda: view.phase is OwnBrowserPhase.WAITING)
    assert len(opened_urls) == 2
    assert not port_is_free(port)


def test_a_taken_port_is_explained(
    qtbot: Any, wizard: ConnectWizard, redirect_uri: str, opened_urls: list[str]
) -> None:
    at_consent(qtbot, wizard, redirect_uri)
    port = urlsplit(redirect_uri).port
    assert port is not None
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other_wizard:
        other_wizard.bind(("127.0.0.1", port))
        other_wizard.listen(1)
        click(qtbot, wizard.consent_page.own_browser_button)
        view = wizard.consent_page.own_view
        qtbot.waitUntil(lambda: view.phase is OwnBrowserPhase.FAILED)
        assert "another copy of this wizard" in view.title.text()
        assert opened_urls == []  # nothing opened that could never come back
        assert view.retry_button.isVisible()


def test_a_redirect_that_is_not_on_this_computer_explains_what_to_register(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    opened_urls: list[str],
    clipboard: list[str],
) -> None:
    remote = "https://tools.example.com/zoho/callback"
    sandbox.register_client(CLIENT_ID, CLIENT_SECRET, (remote,))
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    fill_details(
        qtbot, wizard, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uri=remote
    )
    submit_details(qtbot, wizard)
    click(qtbot, wizard.consent_page.own_browser_button)
    view = wizard.consent_page.own_view
    qtbot.waitUntil(lambda: view.phase is OwnBrowserPhase.UNSUPPORTED)
    assert opened_urls == []
    assert view.address.text() == DEFAULT_REDIRECT_URI
    click(qtbot, view.copy_button)
    assert clipboard[-1] == DEFAULT_REDIRECT_URI
    click(qtbot, view.back_button)
    wait_step(qtbot, wizard, Step.DETAILS)


def test_a_federated_sign_in_page_brings_the_offer(
    qtbot: Any, wizard: ConnectWizard, redirect_uri: str, opened_urls: list[str]
) -> None:
    at_consent(qtbot, wizard, redirect_uri)
    page = wizard.consent_page
    qtbot.waitUntil(lambda: page.browser.page is not None)
    catching = page.browser.page
    assert not page.federated_banner.isVisible()
    link = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    # A frame going to Google is not the page going there: no offer.
    assert catching.acceptNavigationRequest(
        QUrl("https://accounts.google.com/gsi/iframe"), link, False
    )
    qtbot.wait(50)
    assert not page.federated_banner.isVisible()
    # Zoho's "Sign in with Google": the navigation goes ahead, and the offer appears.
    accepted = catching.acceptNavigationRequest(
        QUrl("https://accounts.google.com/o/oauth2/v2/auth?client_id=zoho"), link, True
    )
    assert accepted is True
    qtbot.waitUntil(lambda: page.federated_banner.isVisible())
    assert not page.own_browser_button.isVisible()  # one offer at a time
    assert "Google" in page.federated_banner.title.text()
    assert "refuses sign-ins inside other programs" in page.federated_banner.body.text()
    catching.triggerAction(QWebEnginePage.WebAction.Stop)  # never reach the internet

    click(qtbot, page.federated_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.own_view)
    assert opened_urls == [wizard.controller.state.request.url]
    assert not page.federated_banner.isVisible()
    click(qtbot, page.own_view.cancel_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.embedded)


@pytest.mark.parametrize(
    ("url", "provider"),
    [
        ("https://accounts.google.com/o/oauth2/auth?x=1", "Google"),
        ("https://ACCOUNTS.GOOGLE.COM./signin", "Google"),
        ("https://login.microsoftonline.com/common/oauth2", "Microsoft"),
        ("https://login.live.com/oauth20_authorize.srf", "Microsoft"),
        ("https://appleid.apple.com/auth/authorize", "Apple"),
        ("https://accounts.zoho.com/signin", None),
        ("https://accounts.google.com.example.net/", None),
        ("https://notaccounts.google.com/", None),
        ("http://[bad", None),
    ],
)
def test_federated_hosts_are_recognised_exactly(url: str, provider: str | None) -> None:
    assert federated_provider(url) == provider


@pytest.mark.parametrize(
    ("uri", "loopback"),
    [
        ("http://127.0.0.1:47214/callback", True),
        ("http://localhost:8080/cb", True),
        ("http://[::1]:9000/cb", True),
        ("http://127.0.0.1/callback", False),  # no port: nothing to listen on
        ("https://127.0.0.1:47214/callback", False),  # the listener speaks plain http
        ("https://tools.example.com/callback", False),
        ("http://127.0.0.1:99999/callback", False),
    ],
)
def test_only_loopback_redirects_can_come_back_from_the_own_browser(
    uri: str, loopback: bool
) -> None:
    assert is_loopback_redirect(uri) is loopback
