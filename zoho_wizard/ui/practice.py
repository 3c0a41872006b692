"""What practice mode shows on the details page so anyone can walk the whole flow."""

from __future__ import annotations

from dataclasses import dataclass, field


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
