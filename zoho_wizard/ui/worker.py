"""Run blocking core functions off the GUI thread; deliver the outcome back on it.

Like Anki's ``QueryOp``: the work is a plain function with no Qt arguments; success or
failure comes back through queued signals, so the callbacks always run on the GUI thread.
A failure is always a :class:`~zoho_wizard.core.errors.ZohoWizardError`: anything else a
work function raises is logged with its traceback and replaced by a plain message, so a
traceback never reaches the window.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from zoho_wizard.core import errors

log = logging.getLogger(__name__)

Progress = Callable[[Any], None]


def unexpected_error(what: str) -> errors.ZohoWizardError:
    """The plain error shown when something failed that nobody planned for."""
    return errors.ZohoWizardError(
        QCoreApplication.translate(
            "Worker", "Something unexpected went wrong while {what}."
        ).format(what=what),
        QCoreApplication.translate(
            "Worker",
            "Try again. If it keeps happening, ask your firm's IT person; the details are in "
            "this program's log file.",
        ),
        action=errors.Action.RETRY,
    )


class _JobSignals(QObject):
    """Lives on the GUI thread; the job emits through it from the pool thread."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self, job_id: int, what: str, work: Callable[[Progress], Any], signals: _JobSignals
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job_id = job_id
        self.what = what
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(lambda value: self.signals.progressed.emit(self.job_id, value))
        except errors.ZohoWizardError as exc:
            self.signals.failed.emit(self.job_id, exc)
        except Exception:  # the boundary: never let a traceback reach the window
            log.exception("unexpected failure while %s", self.what)
            self.signals.failed.emit(self.job_id, unexpected_error(self.what))
        else:
            self.signals.succeeded.emit(self.job_id, result)


class Worker(QObject):
    """Runs work functions on a private thread pool.

    Args:
        parent: Owner; results are delivered while it is alive and not shut down.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._ids = itertools.count(1)
        self._pending: dict[
            int,
            tuple[
                Callable[[Any], None],
                Callable[[errors.ZohoWizardError], None],
                Callable[[Any], None] | None,
            ],
        ] = {}
        self._closed = False
        self._signals = _JobSignals(self)
        # Queued on purpose: even if a job finishes before start() returns, the callback
        # runs later, on the GUI thread, from the event loop.
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.succeeded.connect(self._on_succeeded, queued)
        self._signals.failed.connect(self._on_failed, queued)
        self._signals.progressed.connect(self._on_progressed, queued)

    def start(
        self,
        what: str,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[errors.ZohoWizardError], None],
        on_progress: Callable[[Any], None] | None = None,
    ) -> int:
        """Run ``work(report)`` in the background.

        Args:
            what: Words for logs and the generic error ("saving your keys").
            work: The blocking function; ``report(value)`` sends progress to the GUI.
            on_success: Called on the GUI thread with the result.
            on_failure: Called on the GUI thread with a ZohoWizardError.
            on_progress: Called on the GUI thread with each reported value.
        """
        job_id = next(self._ids)
        self._pending[job_id] = (on_success, on_failure, on_progress)
        self._pool.start(_Job(job_id, what, work, self._signals))
        return job_id

    @property
    def busy(self) -> bool:
        """True while a job has not delivered its outcome yet."""
        return bool(self._pending)

    def shutdown(self, wait_ms: int = 20_000) -> bool:
        """Stop delivering outcomes and wait for running jobs; True if all finished."""
        self._closed = True
        self._pending.clear()
        return self._pool.waitForDone(wait_ms)

    @Slot(int, object)
    def _on_succeeded(self, job_id: int, result: Any) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks and not self._closed:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: errors.ZohoWizardError) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks and not self._closed:
            callbacks[1](error)

    @Slot(int, object)
    def _on_progressed(self, job_id: int, value: Any) -> None:
        callbacks = self._pending.get(job_id)
        if callbacks and callbacks[2] and not self._closed:
            callbacks[2](value)
