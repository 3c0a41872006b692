"""What the details page collects: a connection's client, data center and scopes.

Kept apart from :mod:`zoho_wizard.core.connect` (which does the HTTP) so that the window
can open without loading the connection machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["USERINFO_SCOPE", "ConnectionDetails", "PracticeHint"]

USERINFO_SCOPE = "AaaServer.profile.Read"


@dataclass(frozen=True)
class ConnectionDetails:
    """What the details page collected.

    Attributes:
        name: The connection's name (one per client business, typically).
        client_id: From Zoho's API console.
        client_secret: From Zoho's API console; never logged or shown.
        data_center: The app's home data center: where the firm's admin registered the
            client in Zoho's API console. The sign-in starts there; Zoho sends each person
            on to their own data center (the callback says which).
        scopes: Scopes to request.
        redirect_uri: The redirect URI registered for the client.
        use_pkce: Send PKCE (needed for Zoho's desktop client type).
    """

    name: str
    client_id: str
    client_secret: str = field(repr=False)
    data_center: str
    scopes: tuple[str, ...]
    redirect_uri: str
    use_pkce: bool = False


@dataclass(frozen=True)
class PracticeHint:
    """The practice client and sign-in, offered by the "Fill in practice details" button.

    All values are fake and only work against the local practice sandbox.
    """

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str
    email: str
    password: str = field(repr=False)
    # A setup file for the practice app (practice mode writes one, so anyone can try the
    # bookkeeper's way in); "" when there is none.
    setup_file: str = ""
    # The practice Non-browser client (device sign-in), and its name; "" for none.
    device_client_id: str = ""
    device_client_secret: str = field(default="", repr=False)
    device_client_name: str = ""
