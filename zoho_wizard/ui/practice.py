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

    @classmethod
    def for_sandbox(cls) -> PracticeHint:
        """The practice client and sign-in the built-in sandbox accepts."""
        from zoho_wizard.sandbox.practice import (
            PRACTICE_CLIENT_ID,
            PRACTICE_CLIENT_SECRET,
            PRACTICE_EMAIL,
            PRACTICE_PASSWORD,
            PRACTICE_REDIRECT_URI,
        )

        return cls(
            client_id=PRACTICE_CLIENT_ID,
            client_secret=PRACTICE_CLIENT_SECRET,
            redirect_uri=PRACTICE_REDIRECT_URI,
            email=PRACTICE_EMAIL,
            password=PRACTICE_PASSWORD,
        )
