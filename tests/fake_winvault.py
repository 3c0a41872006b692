"""A stand-in for keyring's Windows backend (``WinVaultKeyring``) that runs anywhere.

It stores credentials by *target*, as Credential Manager does, and follows keyring's code
exactly: the newest password of a service is kept under the bare target (the service
name); writing another user's password first moves the previous one to
``user@service`` (one read, two writes, no lock). It can also fail as the real one does:
with ``pywintypes.error`` (not a ``KeyringError``), e.g. 1312 "A specified logon session
does not exist" under Task Scheduler or over SSH.
"""

from __future__ import annotations

from collections.abc import Callable

import keyring.backend
import keyring.errors


class error(Exception):
    """Shaped like ``pywintypes.error``: (winerror, funcname, strerror)."""

    __module__ = "pywintypes"

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror = winerror
        self.funcname = funcname
        self.strerror = strerror


NO_LOGON_SESSION = (
    1312,
    "A specified logon session does not exist. It may already have been terminated.",
)


class FakeWinVault(keyring.backend.KeyringBackend):
    """Credential Manager in a dict: ``targets[target] = (username, password)``.

    Attributes:
        fail_with: Raised by every read and write while set (None: works).
        fail_writes_after: When not 0, only writes fail, after this many succeeded
            (a store that fails half way; reads and deletes keep working).
        between_read_and_write: Called by ``set_password`` after its read and before its
            writes (where two unlocked writers interleave).
    """

    priority = -1  # never chosen by keyring itself

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.targets: dict[str, tuple[str, str]] = {}
        self.fail_with: tuple[int, str] | None = None
        self.fail_writes_after = 0
        self.writes = 0
        self.between_read_and_write: Callable[[str], None] | None = None

    def _maybe_fail(self, funcname: str) -> None:
        if self.fail_with is None:
            return
        if self.fail_writes_after and (
            funcname != "CredWrite" or self.writes < self.fail_writes_after
        ):
            return  # only the writes after the first few fail
        raise error(self.fail_with[0], funcname, self.fail_with[1])

    def _read(self, target: str) -> tuple[str, str] | None:
        self._maybe_fail("CredRead")
        return self.targets.get(target)

    def _write(self, target: str, username: str, password: str) -> None:
        self._maybe_fail("CredWrite")
        self.writes += 1
        self.targets[target] = (username, password)

    @staticmethod
    def _compound(username: str, service: str) -> str:
        return f"{username}@{service}"

    def get_password(self, service: str, username: str) -> str | None:
        """As WinVaultKeyring: the bare target when it is this user's, else the compound."""
        found = self._read(service)
        if not found or found[0] != username:
            found = self._read(self._compound(username, service))
        return found[1] if found else None

    def set_password(self, service: str, username: str, password: str) -> None:
        """As WinVaultKeyring: move the previous item to its compound target, then write."""
        existing = self._read(service)
        if self.between_read_and_write is not None:
            self.between_read_and_write(username)
        if existing:
            self._write(self._compound(existing[0], service), existing[0], existing[1])
        self._write(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        """As WinVaultKeyring: remove the user's item under either target."""
        deleted = False
        for target in (service, self._compound(username, service)):
            found = self._read(target)
            if found and found[0] == username:
                self._maybe_fail("CredDelete")
                del self.targets[target]
                deleted = True
        if not deleted:
            raise keyring.errors.PasswordDeleteError(service)
