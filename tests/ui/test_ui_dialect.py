"""The real wizard against a plain OAuth 2.0 server, and Zoho's token-endpoint limits.

A plain server (RFC 6749: no ``location``/``accounts-server`` on the redirect, no
``api_domain`` in the token answer, RFC 9207's ``iss``) walked to Done through the
embedded browser; and the sandbox's "five new refresh tokens a minute" switch met the way
a person would: a wait with its timer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import requests
from ui_driver import click, next_button, sign_in, submit_details, wait_step, web_click

from zoho_wizard.core.endpoints import custom_endpoints
from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    Sandbox,
)
from zoho_wizard.ui.wizard import ConnectWizard

MakeWizard = Callable[..., ConnectWizard]


def _sign_in(qtbot: Any, wizard: ConnectWizard) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")


def test_a_plain_oauth_server_walks_to_done(
    qtbot: Any, make_wizard: MakeWizard, sandbox: Sandbox, profiles: ProfileStore
) -> None:
    sandbox.plain_oauth = True
    sandbox.send_iss = True
    # A staging server given with --accounts-url and --api-url (it names no api_domain).
    endpoints = custom_endpoints(
        sandbox.accounts_url("us"), sandbox.api_domain("us"), practice=True, label="Staging"
    )
    wizard = make_wizard(endpoints=endpoints)
    _sign_in(qtbot, wizard)
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    verified = wizard.controller.state.verified
    assert verified is not None and verified.location is None
    assert verified.accounts_server == sandbox.accounts_url("us")  # where the request went
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)

    done = wizard.done_page
    assert done.who.text() == f"Connected as {PRACTICE_EMAIL}"
    assert "Zillum Bookkeeping (practice)" in done.values["organization"].text()
    # Zoho-style scope reporting is absent: the access asked for is what is shown.
    assert "Organization settings: view only" in done.values["access"].text()
    (profile,) = profiles.load().profiles.values()
    # The --api-url override is used while given, never stored (issue 14): the saved
    # connection keeps the data center's API domain.
    assert profile.api_domain == "https://www.zohoapis.com"
    assert sandbox.requests_for("organizations")
    assert profile.granted_scopes == ()
    assert [r.form.get("grant_type") for r in sandbox.requests_for("token")] == [
        "authorization_code"
    ]


def test_the_sixth_new_refresh_token_in_a_minute_shows_a_wait_with_its_timer(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    sandbox.refresh_tokens_per_minute = 5
    for _ in range(5):  # five sign-ins a moment ago (the practice user, this client)
        code = sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ")
        answer = requests.post(
            f"{sandbox.accounts_url('us')}/oauth/v2/token",
            data={
                "grant_type": "authorization_code",
                "client_id": PRACTICE_CLIENT_ID,
                "client_secret": PRACTICE_CLIENT_SECRET,
                "code": code,
            },
            timeout=10,
        )
        assert "refresh_token" in answer.json()
    _sign_in(qtbot, wizard)
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == (
        "Zoho is limiting requests because too many were made in a short time."
    )
    wait_button = panel.buttons[Action.WAIT]
    assert not wait_button.isEnabled()
    assert wait_button.text() == "Try again in 15:00"
    assert wizard.controller.profiles.load().profiles == {}
