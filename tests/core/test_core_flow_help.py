"""The "Before you start" step: reached from the details and back, losing nothing."""

from __future__ import annotations

import dataclasses

from zoho_wizard.core import flow as f
from zoho_wizard.core import navigation
from zoho_wizard.core.connect import ConnectionDetails
from zoho_wizard.core.flow import Step

DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-secret-0123456789",
    data_center="eu",
    scopes=("ZohoBooks.settings.READ",),
    redirect_uri="http://127.0.0.1:47214/callback",
)


def test_details_to_before_start_and_back_keeps_a_reconnect_and_its_details() -> None:
    state = navigation.reconnect(DETAILS)
    shown = navigation.open_before_start(state)
    assert shown.step is Step.BEFORE_START
    assert shown.details == DETAILS and shown.reconnect_of == "Acme Ltd"
    back = navigation.close_before_start(shown)
    assert back == state  # exactly the details as they were


def test_next_from_before_start_is_the_details() -> None:
    details = navigation.enter_details(navigation.initial_state(has_connections=False))
    shown = navigation.open_before_start(details)
    assert f.next_step(shown) is Step.DETAILS
    assert navigation.close_before_start(shown).step is Step.DETAILS


def test_before_start_is_only_reachable_from_the_details() -> None:
    # Mid sign-in (or on the list of saved connections) the help page would lose the
    # attempt, so the transition does nothing there.
    for step in (Step.START, Step.CONSENT, Step.FINISHING, Step.ORGANIZATION, Step.DONE):
        state = dataclasses.replace(f.WizardState(), step=step)
        assert navigation.open_before_start(state) is state
        assert navigation.close_before_start(state) is state


def test_opening_before_start_clears_a_stale_error() -> None:
    from zoho_wizard.core import errors

    state = dataclasses.replace(f.WizardState(), error=errors.ZohoWizardError("x", "y"))
    assert navigation.open_before_start(state).error is None
