"""Signing in with the person's own web browser instead of the embedded one.

Google (and some Microsoft and Apple set-ups) refuse to sign anyone in inside an embedded
browser, so Zoho's "Sign in with Google" fails in the wizard's view. The way out is the
person's normal browser running the *same* authorization request (same state, same PKCE
verifier) and handing the result back through a one-shot listener on the loopback
redirect address (:class:`zoho_wizard.core.loopback.LoopbackListener`).

:class:`OwnBrowserSession` owns that listener. The listener calls back from its own
threads; the session turns each call into a queued signal, so the wizard only ever hears
about it on the GUI thread, and ignores anything from a listener it already closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from zoho_wizard.core.loopback import LoopbackListener

log = logging.getLogger(__name__)

ListenerFactory = Callable[..., "LoopbackListener"]


class OwnBrowserSession(QObject):
    """Runs one loopback listener at a time and reports on the GUI thread.

    Args:
        make_listener: Builds the listener (tests may wrap it to look inside); by default
            a :class:`~zoho_wizard.core.loopback.LoopbackListener`, imported on first use
            (its web server module is not needed to open the window).
        timeout: Seconds the listener waits for the browser before giving up (default:
            the listener's own).

    Signals:
        callbackReceived(str): the browser came back to the redirect address with the
            request's state (the full URL, for the same checks as an embedded catch).
        timedOut(): the listener gave up waiting and closed.
    """

    callbackReceived = Signal(str)
    timedOut = Signal()
    # From the listener's threads; connected queued to the slots below.
    _delivered = Signal(int, str)
    _expired = Signal(int)

    def __init__(
        self,
        make_listener: ListenerFactory | None = None,
        timeout: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_listener = make_listener
        self.timeout = timeout
        self.listener: LoopbackListener | None = None
        self._generation = 0
        queued = Qt.ConnectionType.QueuedConnection
        self._delivered.connect(self._on_delivered, queued)
        self._expired.connect(self._on_expired, queued)

    @property
    def active(self) -> bool:
        """True while a listener is open."""
        return self.listener is not None

    def start(self, redirect_uri: str, state: str) -> None:
        """Listen for ``state`` on ``redirect_uri`` (closing any earlier listener).

        Raises:
            PortInUseError: another program (often another wizard) holds the port.
            ZohoWizardError: the address is not a loopback one, or listening failed.
        """
        self.close()
        self._generation += 1
        generation = self._generation
        from zoho_wizard.core import loopback

        make_listener = self.make_listener or loopback.LoopbackListener
        listener = make_listener(
            redirect_uri,
            state,
            lambda url: self._delivered.emit(generation, url),
            timeout=loopback.DEFAULT_TIMEOUT_SECONDS if self.timeout is None else self.timeout,
            on_timeout=lambda: self._expired.emit(generation),
        )
        listener.start()
        self.listener = listener

    def close(self) -> None:
        """Stop listening and free the port (safe to call at any time)."""
        listener, self.listener = self.listener, None
        self._generation += 1  # anything still in flight from it is ignored
        if listener is not None:
            try:
                listener.close()
            except OSError:  # closing is best effort; the port is freed with the socket
                log.exception("could not close the loopback listener cleanly")

    @Slot(int, str)
    def _on_delivered(self, generation: int, url: str) -> None:
        if generation != self._generation:
            return
        self.close()
        self.callbackReceived.emit(url)

    @Slot(int)
    def _on_expired(self, generation: int) -> None:
        if generation != self._generation:
            return
        self.close()
        self.timedOut.emit()
