"""Calls into the OS password store, made safe on every OS (used by :mod:`.store`).

Two things the ``keyring`` library leaves to its callers:

* **What a backend raises.** Only some failures arrive as ``keyring.errors.KeyringError``.
  The Windows backend lets ``pywintypes.error`` through (1312 "A specified logon session
  does not exist" under Task Scheduler, over SSH, or where a policy blocks stored
  credentials; 1783 and others), the macOS one can raise ``OSError``-like errors from the
  Security framework. Every exception from a backend call is therefore "the password store
  could not be used", so the person is offered "keep for this session only" and a
  half-done save is rolled back, never "Unexpected problem: error".
* **Concurrent writes on Windows.** keyring's ``WinVaultKeyring`` keeps the newest item
  under the bare target (the service name) and moves the previous one to
  ``user@service`` with a read and two writes, with no lock: two writers at once can lose
  one secret. Every write and delete of this program therefore holds a cross-process
  file lock on Windows (the start-up probe, the wizard's workers and scripts caching
  tokens all write). Other stores keep one item per account and need no lock.

Only a real Windows machine can confirm the error numbers Credential Manager gives in each
situation; the tests use a fake backend shaped like ``WinVaultKeyring``.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from zoho_wizard.core import errors

_T = TypeVar("_T")

LOCK_NAME = "password-store.lock"
# Long enough for another process's few writes; a lock never released (a crashed process
# on a network drive) ends as "password store unavailable", which offers a way on.
LOCK_TIMEOUT = 30.0

_thread_lock = threading.RLock()  # filelock's own lock is per thread; this one is not


def writes_need_lock() -> bool:
    """True where the password store's writes must be serialized (Windows)."""
    return sys.platform == "win32"


@contextlib.contextmanager
def writes_serialized(folder: Path) -> Iterator[None]:
    """Hold this program's password-store write lock (a file in ``folder``) on Windows.

    Raises:
        KeyringUnavailableError: another process held the lock for too long.
    """
    if not writes_need_lock():
        yield
        return
    import filelock

    folder.mkdir(parents=True, exist_ok=True)
    with _thread_lock:
        try:
            lock = filelock.FileLock(str(folder / LOCK_NAME), timeout=LOCK_TIMEOUT)
            lock.acquire()
        except (filelock.Timeout, OSError) as exc:
            raise unavailable(exc) from None
        try:
            yield
        finally:
            lock.release()


def reason(exc: BaseException) -> str:
    """The error's name for a message, with its Windows error number when it has one
    (``pywintypes.error`` carries ``winerror``; the text is the OS's, often translated)."""
    number = getattr(exc, "winerror", None)
    if isinstance(number, int):
        return f"{type(exc).__name__} {number}"
    return type(exc).__name__


def unavailable(exc: BaseException) -> errors.KeyringUnavailableError:
    """The plain error for a password store that refused (never holds the secret)."""
    return errors.KeyringUnavailableError(
        f"The system password store refused the request ({reason(exc)})."
    )


def call(operation: Callable[[], _T]) -> _T:
    """Run one password-store call; any failure is :class:`KeyringUnavailableError`.

    When the store could not open its collection (keyring's ``InitError``: seen with
    gnome-keyring while several processes open it at once), it is asked once more after a
    moment before it is called unavailable.

    Raises:
        KeyringUnavailableError: the store refused twice, or refused otherwise.
    """
    import keyring.errors

    try:
        return operation()
    except keyring.errors.InitError:
        time.sleep(0.25)
    except Exception as exc:  # pywintypes.error, OSError... from any backend
        raise unavailable(exc) from None
    try:
        return operation()
    except Exception as exc:
        raise unavailable(exc) from None


def write(folder: Path, operation: Callable[[], _T]) -> _T:
    """:func:`call` a write or delete while holding :func:`writes_serialized`."""
    with writes_serialized(folder):
        return call(operation)
