"""Running something on the next turn of the event loop, safely."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def call_soon(owner: QObject, function: Callable[[], object]) -> None:
    """Call ``function`` on the next event-loop turn, unless ``owner`` is deleted first.

    ``QTimer.singleShot(0, owner, function)`` does the same, but when ``owner`` goes
    first Qt for Python keeps ``function`` (and whatever it refers to, usually the owner's
    whole Python side) alive for good. Here the timer is the owner's child: deleted with
    it, it lets go of ``function``.
    """
    call_later(owner, 0, function)


def call_later(owner: QObject, delay_ms: int, function: Callable[[], object]) -> None:
    """Call ``function`` after ``delay_ms``, unless ``owner`` is deleted first (see
    :func:`call_soon`)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(function)
    timer.timeout.connect(timer.deleteLater)
    timer.start(delay_ms)
