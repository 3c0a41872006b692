"""The per-connection refresh lock of the website's store, across worker processes.

A website runs several worker processes (gunicorn, uWSGI), and two of them may want a
fresh access token for the same client at the same moment. Refreshing under a lock that
every process sees, and re-reading the cached token after taking it
(:meth:`~zoho_wizard.core.connection.SavedConnection.access_token`), makes one refresh
between them, which keeps far below Zoho's 10 refreshes per 10 minutes.

- PostgreSQL: a transaction-scoped advisory lock (``pg_advisory_xact_lock``) on a
  connection of its own, keyed by the connection's user; it is released when that
  transaction ends, also when a worker dies while holding it.
- SQLite (one file on one machine): a file lock beside the database file.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine, RootTransaction

LOCK_TIMEOUT = 60.0


def advisory_key(user: str) -> int:
    """A signed 64-bit advisory-lock key for ``user`` (PostgreSQL's ``bigint``)."""
    digest = hashlib.sha256(f"zoho-wizard/{user}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class AdvisoryLock:
    """``pg_advisory_xact_lock`` for one connection, usable again after each release.

    Each thread holds its own database connection while it has the lock.
    """

    def __init__(self, engine: Engine, user: str) -> None:
        self.engine = engine
        self.key = advisory_key(user)
        self._held = threading.local()

    def __enter__(self) -> AdvisoryLock:
        from sqlalchemy import text

        connection = self.engine.connect()
        transaction = connection.begin()
        try:
            # Waits at most LOCK_TIMEOUT, as the file lock does, rather than forever.
            connection.execute(text(f"SET LOCAL lock_timeout = '{int(LOCK_TIMEOUT)}s'"))
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": self.key})
        except BaseException:
            transaction.rollback()
            connection.close()
            raise
        self._held.pair = (connection, transaction)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pair: tuple[Connection, RootTransaction] = self._held.pair
        del self._held.pair
        connection, transaction = pair
        try:
            transaction.commit()  # ends the transaction, and so releases the lock
        finally:
            connection.close()


def file_lock_path(database: Path, user: str) -> Path:
    """The refresh lock file of ``user``'s connection, beside the SQLite ``database``."""
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]
    return database.parent / f"{database.name}.locks" / f"{digest}.lock"


class FileRefreshLock:
    """A file lock (the desktop's kind) for one connection of an SQLite store."""

    def __init__(self, path: Path) -> None:
        import filelock

        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = filelock.FileLock(str(path), timeout=LOCK_TIMEOUT)

    def __enter__(self) -> FileRefreshLock:
        self._lock.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._lock.release()
