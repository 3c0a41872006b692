"""A keyring backend that keeps passwords in a dict, for tests and scripted demos.

It is never chosen by keyring's auto-detection (priority -1, so it is not chained with a
real store either); code selects it explicitly with ``keyring.set_keyring(MemoryKeyring())``.
The wizard itself never uses it: real keys only go to the operating system's store.
"""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Passwords in a dict: ``items[(service, username)]``."""

    priority = -1

    def __init__(self) -> None:
        # keyring's own __init__ (it reads KEYRING_PROPERTY_* variables) has no annotations.
        super().__init__()  # type: ignore[no-untyped-call]
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """The stored password, or None."""
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store or replace a password."""
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Remove a password; raises PasswordDeleteError when there is none."""
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
