"""Each way in, with its steps in one place.

A way in is how Zoho's one-time code reaches the wizard (:class:`~zoho_wizard.core.flow.WayIn`):
Zoho's page inside the wizard, the person's own browser returning to a listener on this
computer, a code generated in the API console (Self Client), or a code the person approves
on another device (:mod:`zoho_wizard.core.device`, whose keys come without a code). They
differ in how the code is asked for, where it is exchanged, how long it lives, how a
failure is worded and what "try again" means; everything after the code is caught is one
path for all of them (:mod:`zoho_wizard.core.after_sign_in`). A new way in is one more
:class:`WayInSteps`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from zoho_wizard.core import errors
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.authorize import AuthRequest, begin_authorization
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER, by_id
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.core.device import CODE_LIFETIME
from zoho_wizard.core.endpoints import Endpoints

if TYPE_CHECKING:
    from zoho_wizard.core.preset import Preset
from zoho_wizard.core.flow import REDIRECT_CODE_LIFETIME, WayIn

Action = errors.Action


@dataclass(frozen=True)
class Offer:
    """One recovery button: the action it performs and whether it is the main one."""

    action: Action
    primary: bool = False
    label: str = ""  # when empty, the page's default words for the action


def sign_in_offers(error: errors.ZohoWizardError) -> tuple[Offer, ...]:
    """Buttons for a sign-in that failed before any key was issued, most useful first.

    The error's own action leads; a second button always offers a way out (sign in
    again, or back to the details).
    """
    lead = error.action
    if lead in (Action.RETRY, Action.RECONNECT, Action.TRY_AGAIN, Action.CHOOSE_STORAGE):
        return (Offer(Action.TRY_AGAIN, True), Offer(Action.BACK_TO_DETAILS))
    if lead is Action.BACK_TO_DETAILS:
        return (Offer(Action.BACK_TO_DETAILS, True), Offer(Action.TRY_AGAIN))
    if lead in (Action.COPY_REDIRECT_URI, Action.OPEN_API_CONSOLE):
        return (Offer(lead, True), Offer(Action.TRY_AGAIN), Offer(Action.BACK_TO_DETAILS))
    if lead is Action.WAIT:
        return (Offer(Action.WAIT, True), Offer(Action.BACK_TO_DETAILS))
    return (Offer(Action.BACK_TO_DETAILS, True), Offer(Action.TRY_AGAIN))


def self_client_offers(error: errors.ZohoWizardError) -> tuple[Offer, ...]:
    """Buttons for a failed Self Client code: paste a new one, or fix the client."""
    if error.action is Action.OPEN_API_CONSOLE:
        return (Offer(Action.OPEN_API_CONSOLE, True), Offer(Action.TRY_AGAIN, False, "new_code"))
    if error.action is Action.WAIT:
        return (Offer(Action.WAIT, True), Offer(Action.BACK_TO_DETAILS))
    if error.action is Action.BACK_TO_DETAILS:
        return (Offer(Action.BACK_TO_DETAILS, True),)
    return (Offer(Action.TRY_AGAIN, True, "new_code"), Offer(Action.OPEN_API_CONSOLE))


def self_client_failure(error: errors.ZohoWizardError) -> errors.ZohoWizardError:
    """Say a pasted code's failure in Self Client words.

    An expired or spent code cannot be fetched again from here (there is no sign-in to
    repeat): the way forward is a new code from the API console. Other errors (a wrong
    secret, an unknown client, the network) keep their own words.
    """
    if isinstance(error, errors.InvalidCodeError | errors.CodeExpiredError):
        return errors.InvalidCodeError(
            "The code from the API console has expired or was already used.",
            "Generate a new code in Zoho's API console (Self Client → Generate Code) and "
            "paste it here. Paste it soon: the code only lives for the time you picked there.",
            action=errors.Action.TRY_AGAIN,
        )
    return error


def device_offers(error: errors.ZohoWizardError) -> tuple[Offer, ...]:
    """Buttons for a failed device sign-in: a new code, or fix the client."""
    if error.action is Action.OPEN_API_CONSOLE:
        return (Offer(Action.OPEN_API_CONSOLE, True), Offer(Action.BACK_TO_DETAILS))
    if error.action is Action.WAIT:
        return (Offer(Action.WAIT, True), Offer(Action.BACK_TO_DETAILS))
    return (Offer(Action.TRY_AGAIN, True, "new_device_code"), Offer(Action.BACK_TO_DETAILS))


def _same_error(error: errors.ZohoWizardError) -> errors.ZohoWizardError:
    return error


@dataclass(frozen=True)
class WayInSteps:
    """What one way in does differently from the others.

    Attributes:
        way_in: Which way in.
        signs_in: Zoho's sign-in page is shown (embedded or in the person's browser), for
            an authorization request with state and PKCE; "try again" signs in again.
            False: the person brings a code (nothing to repeat: a new code is needed).
        listens_on_loopback: The code comes back to a listener on this computer.
        code_lifetime: Seconds the code lives, or None when the person says (the console
            lets them choose).
        failure: Words a failed exchange in this way's terms.
        offers: The recovery buttons for a failure before any key was issued.
    """

    way_in: WayIn
    signs_in: bool
    listens_on_loopback: bool
    code_lifetime: float | None
    failure: Callable[[errors.ZohoWizardError], errors.ZohoWizardError]
    offers: Callable[[errors.ZohoWizardError], tuple[Offer, ...]]


WAYS_IN: dict[WayIn, WayInSteps] = {
    WayIn.EMBEDDED: WayInSteps(
        WayIn.EMBEDDED, True, False, REDIRECT_CODE_LIFETIME, _same_error, sign_in_offers
    ),
    WayIn.OWN_BROWSER: WayInSteps(
        WayIn.OWN_BROWSER, True, True, REDIRECT_CODE_LIFETIME, _same_error, sign_in_offers
    ),
    WayIn.CONSOLE_CODE: WayInSteps(
        WayIn.CONSOLE_CODE, False, False, None, self_client_failure, self_client_offers
    ),
    # No code to exchange: the keys come with the poll that hears the approval
    # (core.device); the user code lives 5 minutes; "try again" asks for a new code.
    WayIn.DEVICE: WayInSteps(WayIn.DEVICE, False, False, CODE_LIFETIME, _same_error, device_offers),
}


def steps(way_in: WayIn) -> WayInSteps:
    """The steps of ``way_in``."""
    return WAYS_IN[way_in]


def home_accounts_url(endpoints: Endpoints, details: ConnectionDetails) -> str:
    """The accounts server of the app's home data center: where the admin registered the
    client (``details.data_center``; ``accounts.zoho.com`` by default, ``.com.cn`` for
    China).

    Zoho starts every sign-in there and sends each person on to their own data center,
    which the callback names (the exchange goes there); a Self Client code, which no
    callback accompanies, is exchanged there too. The person signing in is never asked
    where their own account is.
    """
    return endpoints.accounts_url(details.data_center)


def new_request(endpoints: Endpoints, details: ConnectionDetails) -> AuthRequest:
    """A fresh authorization request (state, PKCE) for the ways in that sign in, sent to
    the app's home accounts server (:func:`home_accounts_url`)."""
    return begin_authorization(
        accounts_url=home_accounts_url(endpoints, details),
        client_id=details.client_id,
        redirect_uri=details.redirect_uri,
        scopes=details.scopes,
        use_pkce=details.use_pkce,
    )


def console_url(data_center: str) -> str:
    """Zoho's API console for ``data_center`` (the default one's for an unknown id)."""
    try:
        return by_id(data_center).console_url
    except KeyError:
        return by_id(DEFAULT_DATA_CENTER).console_url


def admin_console_url(endpoints: Endpoints, data_center: str) -> str:
    """Where the admin registers the client: Zoho's API console for ``data_center``, or in
    practice mode the practice sandbox's own front page."""
    if endpoints.practice:
        return endpoints.accounts_url(data_center).rstrip("/") + "/"
    return console_url(data_center)


def self_client_console_url(
    endpoints: Endpoints, data_center: str, scopes: tuple[str, ...] = ()
) -> str:
    """Where to generate a Self Client code: Zoho's API console (or, in practice mode,
    the sandbox's page that does the same)."""
    if not endpoints.practice:
        return console_url(data_center)
    query = urlencode({"scope": scope_catalog.join(scopes)}) if scopes else ""
    base = endpoints.accounts_url(data_center).rstrip("/")
    return f"{base}/selfclient" + (f"?{query}" if query else "")


NON_BROWSER_PREFIX = "1004."
"""How Zoho's Non-browser (device) client IDs start, in every example seen (reference §0)."""


@dataclass(frozen=True)
class DeviceApp:
    """The "Non-browser Applications" client a device sign-in uses.

    Attributes:
        client_id: Its ID (``1004.…`` in Zoho's examples).
        client_secret: Its secret (the polls send it).
        name: Its name in the API console: what the person approves ("" when unknown).
    """

    client_id: str
    client_secret: str = field(repr=False)
    name: str = ""


def device_app(
    details: ConnectionDetails | None,
    preset: Preset | None,
    practice: PracticeHint | None = None,
) -> DeviceApp | None:
    """The client for a device sign-in, or None when there is none (then it is not offered).

    The firm's setup file names one (``device_client_id`` and its secret); practice mode
    has the sandbox's; else the details' own client when it is one (entered by hand under
    Other ways: an ID starting ``1004.``).
    """
    if preset is not None and preset.device_client_id and preset.device_client_secret:
        return DeviceApp(
            preset.device_client_id, preset.device_client_secret, preset.device_client_name or ""
        )
    if practice is not None and practice.device_client_id and practice.device_client_secret:
        return DeviceApp(
            practice.device_client_id, practice.device_client_secret, practice.device_client_name
        )
    own = details is not None and details.client_id.startswith(NON_BROWSER_PREFIX)
    if own and details is not None and details.client_secret:
        return DeviceApp(details.client_id, details.client_secret)
    return None


def device_details(details: ConnectionDetails, app: DeviceApp) -> ConnectionDetails:
    """``details`` with the device sign-in's client in place of the app's (the refresh
    token it brings belongs to that client, so the connection is saved with it)."""
    return replace(
        details, client_id=app.client_id, client_secret=app.client_secret, use_pkce=False
    )
