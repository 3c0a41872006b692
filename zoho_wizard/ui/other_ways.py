"""Connect the pages' "other ways in" intents to the controller.

Kept apart from :mod:`zoho_wizard.ui.wizard` so the wizard only needs one call: a pasted
Self Client code, the own-browser sign-in (and its federated-sign-in offer), signing in
on another device (offered beside it, and under Other ways to connect), and the API
console button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoho_wizard.ui.pages.base import StatePage
    from zoho_wizard.ui.pages.consent import ConsentPage
    from zoho_wizard.ui.pages.details import DetailsPage
    from zoho_wizard.ui.wizard import ConnectWizard


def connect_self_client(wizard: ConnectWizard, details: DetailsPage) -> None:
    """Wire the details page's Self Client code and API console button to the controller."""
    controller = wizard.controller
    details.consoleCodeEntered.connect(controller.console_code_entered)
    details.deviceSubmitted.connect(
        lambda details_, session_only: controller.submit_device(details_, session_only=session_only)
    )
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
    consent.deviceRequested.connect(controller.use_device)
    consent.copyRequested.connect(controller.copy_text)


def device_page(wizard: ConnectWizard) -> StatePage:
    """The page of the sign-in on another device, wired to the controller."""
    from zoho_wizard.ui.pages.device import DeviceSignInPage

    controller = wizard.controller
    page = DeviceSignInPage(controller.clock)
    page.copyRequested.connect(controller.copy_text)
    page.openRequested.connect(controller.open_url)
    page.actionTriggered.connect(controller.perform)
    return page
