"""Connect the pages' "other ways in" intents to the controller.

Kept apart from :mod:`zoho_wizard.ui.wizard` so the wizard only needs one call: a pasted
Self Client code, the own-browser sign-in (and its federated-sign-in offer), and the API
console button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoho_wizard.ui.pages.consent import ConsentPage
    from zoho_wizard.ui.pages.details import DetailsPage
    from zoho_wizard.ui.wizard import ConnectWizard


def connect_self_client(wizard: ConnectWizard, details: DetailsPage) -> None:
    """Wire the details page's Self Client code and API console button to the controller."""
    controller = wizard.controller
    details.consoleCodeEntered.connect(controller.console_code_entered)
    details.selfClientSubmitted.connect(
        lambda connection, code, lifetime, session_only: controller.submit_self_client(
            connection, code, lifetime, session_only=session_only
        )
    )
    details.consoleRequested.connect(
        lambda data_center, scopes: controller.open_url(
            controller.self_client_console_url(data_center, tuple(scopes))
        )
    )


def connect_own_browser(wizard: ConnectWizard, consent: ConsentPage) -> None:
    """Wire the consent page's own-browser sign-in (and federated offer) to the controller."""
    controller = wizard.controller
    consent.federatedSignIn.connect(controller.federated_sign_in)
    consent.ownBrowserRequested.connect(controller.use_own_browser)
    consent.ownBrowserReopened.connect(controller.reopen_own_browser)
    consent.ownBrowserCancelled.connect(controller.cancel_own_browser)
    consent.copyRequested.connect(controller.copy_text)
