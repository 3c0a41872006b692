"""``scope`` in the token answers: Zoho's code exchange names none (reference §13); the
``scope_in_code_response`` switch decides for the sandbox's authorization-code grant."""

from __future__ import annotations

import pytest
from sandbox_helpers import Browser, exchange, refresh

from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, Sandbox

SCOPES = "ZohoBooks.settings.READ ZohoBooks.invoices.READ AaaServer.profile.Read"


@pytest.mark.parametrize("included", [True, False])
def test_the_code_exchange_names_scopes_only_when_switched_on(
    browser: Browser, sandbox: Sandbox, included: bool
) -> None:
    sandbox.scope_in_code_response = included
    params = browser.authorize(access_type="offline")
    body = exchange(sandbox, params["code"]).json()
    assert body["access_token"] and body["refresh_token"]
    assert ("scope" in body) is included
    if included:
        assert body["scope"] == SCOPES
    # Refresh answers keep naming them either way.
    assert refresh(sandbox, body["refresh_token"]).json()["scope"] == SCOPES


def test_a_self_client_code_exchange_follows_the_switch_too(sandbox: Sandbox) -> None:
    sandbox.scope_in_code_response = False
    code = sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ")
    body = exchange(sandbox, code, redirect_uri=None).json()
    assert body["access_token"]
    assert "scope" not in body
