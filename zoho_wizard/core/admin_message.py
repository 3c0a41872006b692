"""Plain-text messages for the firm's IT admin, for the things only the admin can do.

Staff never see client IDs or consoles on their own screens; when something needs the
admin (registering the app, a redirect address, Multi-DC, a wrong secret in a setup file),
the wizard's main button copies one of these messages, ready to paste into an e-mail or
a chat. Each says what happened, which app and where, and exactly what to change.
"""

from __future__ import annotations

from dataclasses import dataclass

from zoho_wizard.core import errors
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER, by_id

# Errors that are fixed in Zoho's API console, not on this computer.
_CONSOLE_FIXES: dict[type[errors.ZohoWizardError], str] = {
    errors.InvalidClientError: (
        "In Zoho's API console, check that this app exists. If staff have Zoho accounts in "
        "other data centers, open the app's Settings tab and turn on Multi-DC for those "
        "data centers."
    ),
    errors.InvalidRedirectUriError: (
        "In Zoho's API console, open the app and add this address, exactly, under "
        "Authorized Redirect URIs: {redirect_uri} (if the console refuses it, "
        "{localhost_uri} works too)."
    ),
    errors.InvalidClientSecretError: (
        "The app secret in the setup file is not the one Zoho has. Copy it again from the "
        "app's Client Secret tab in Zoho's API console and send a new setup file."
    ),
    errors.InvalidScopeError: (
        "Zoho did not accept the access the setup asks for. Check the access chosen in "
        "“Set up for staff…” and send a new setup file."
    ),
}


def admin_can_fix(error: errors.ZohoWizardError | None) -> bool:
    """True for errors fixed in Zoho's API console (or a new setup file), not here."""
    return error is not None and type(error) in _CONSOLE_FIXES


@dataclass(frozen=True)
class AppFacts:
    """What identifies the app to the admin (nothing secret).

    Attributes:
        client_id: The app's ID (Zoho calls it the client ID).
        data_center: Where the app was registered (its home data center's id).
        redirect_uri: The redirect address the wizard uses.
        console_url: Zoho's API console for that data center.
    """

    client_id: str
    data_center: str
    redirect_uri: str
    console_url: str


def _data_center_label(dc_id: str) -> str:
    try:
        return by_id(dc_id).label
    except KeyError:
        return by_id(DEFAULT_DATA_CENTER).label


def _localhost(redirect_uri: str) -> str:
    return redirect_uri.replace("://127.0.0.1:", "://localhost:", 1)


def message_for_admin(error: errors.ZohoWizardError, app: AppFacts) -> str:
    """The message to copy for the admin about ``error`` (plain text, several lines)."""
    fix = _CONSOLE_FIXES.get(type(error), error.fix).format(
        redirect_uri=app.redirect_uri, localhost_uri=_localhost(app.redirect_uri)
    )
    return "\n".join(
        [
            "Hello,",
            "",
            "I tried to connect Zoho Books with Zoho Wizard and it stopped with:",
            f"  “{error.message}”",
            "",
            "What needs changing (in Zoho's API console):",
            f"  {fix}",
            "",
            "The app:",
            f"  App ID (Zoho calls it the client ID): {app.client_id or '(none entered)'}",
            f"  Registered in: {_data_center_label(app.data_center)}",
            f"  Redirect address: {app.redirect_uri}",
            f"  API console: {app.console_url}",
            "",
            "Thank you!",
        ]
    )


def setup_steps_for_it(redirect_uri: str, console_url: str) -> str:
    """Everything the admin needs to register the app and hand it to staff, as text."""
    return "\n".join(
        [
            "Hello,",
            "",
            "I'd like to connect our Zoho Books to our firm's tools with Zoho Wizard. It "
            "needs an app registered once in Zoho's API console. Could you:",
            "",
            f"1. Open Zoho's API console ({console_url}) and sign in with the firm's Zoho account.",
            "2. Choose Add Client, then Server-based Applications.",
            "3. Give it a name (for example “Zoho Wizard”) and the firm's website as the "
            "homepage. Under Authorized Redirect URIs enter exactly:",
            f"   {redirect_uri}",
            f"   (if the console refuses it, {_localhost(redirect_uri)} works too)",
            "4. Choose Create.",
            "5. If staff have Zoho accounts in other data centers, open the Settings tab "
            "and turn on Multi-DC for them.",
            "6. Open Zoho Wizard, choose “I'm the admin: set up for staff”, enter the App "
            "ID and App secret from the Client Secret tab, and save a setup file. Send me "
            "the setup file; I open it and sign in.",
            "",
            "Thank you!",
        ]
    )
