"""Connect the pages' "other ways in" intents to the controller.

Kept apart from :mod:`zoho_wizard.ui.wizard` so the wizard only needs one call: a pasted
Self Client code, the own-browser sign-in (and its federated-sign-in offer), and the API
console button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoho_wizard.ui.wizard import ConnectWizard


def connect_other_ways(wizard: ConnectWizard) -> None:
    """Wire the details and consent pages' other-ways-in signals to the controller."""
    controller = wizard.controller
    details, consent = wizard.details_page, wizard.consent_page
    details.clock = controller.clock  # the paste time and the countdown share one clock
    details.selfClientSubmitted.connect(
        lambda connection, code, pasted_at, lifetime, session_only: controller.submit_self_client(
            connection, code, pasted_at, lifetime, session_only=session_only
        )
    )
    details.consoleRequested.connect(
        lambda data_center, scopes: controller.open_url(
            controller.self_client_console_url(data_center, tuple(scopes))
        )
    )
    consent.federatedSignIn.connect(controller.federated_sign_in)
    consent.ownBrowserRequested.connect(controller.use_own_browser)
    consent.ownBrowserReopened.connect(controller.reopen_own_browser)
    consent.ownBrowserCancelled.connect(controller.cancel_own_browser)
    consent.copyRequested.connect(controller.copy_text)
