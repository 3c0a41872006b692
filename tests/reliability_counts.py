"""Counters behind the reliability line the test run prints at the end.

A test counts what it tries *before* the action and what survived *after* its
assertions, so a failing test leaves the two numbers apart and the line shows it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass
class Counts:
    """Totals for one test run."""

    faults_injected: int = 0
    faults_survived: int = 0
    bad_inputs_tried: int = 0
    bad_inputs_handled: int = 0
    fuzz_cases: int = 0
    leak_scans: int = 0
    leak_hits: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, name: str, amount: int = 1) -> None:
        """Add to one counter (thread-safe: Qt workers and servers run on threads)."""
        with self._lock:
            setattr(self, name, getattr(self, name) + amount)

    def line(self) -> str:
        """The one-line summary, as printed and quoted in the README."""
        return (
            f"reliability: {self.faults_injected} faults injected, {self.faults_survived} "
            f"survived; {self.bad_inputs_tried} bad inputs tried, {self.bad_inputs_handled} "
            f"handled; {self.fuzz_cases} fuzz cases run; {self.leak_hits} secret-leak hits "
            f"in {self.leak_scans} scans"
        )

    @property
    def clean(self) -> bool:
        """Everything tried was survived or handled, and nothing leaked."""
        return (
            self.faults_survived == self.faults_injected
            and self.bad_inputs_handled == self.bad_inputs_tried
            and self.leak_hits == 0
        )


COUNTS = Counts()


class fault:
    """``with fault(): ...`` counts one injected fault, and its survival on success."""

    def __enter__(self) -> None:
        COUNTS.add("faults_injected")

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            COUNTS.add("faults_survived")


class bad_input:
    """``with bad_input(): ...`` counts one bad input, and that it was handled."""

    def __enter__(self) -> None:
        COUNTS.add("bad_inputs_tried")

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            COUNTS.add("bad_inputs_handled")


def fuzz_case() -> None:
    """Count one generated example (call it first thing in a @given test)."""
    COUNTS.add("fuzz_cases")


def leak_scan(hits: int) -> None:
    """Record one search for secrets and how many it found."""
    COUNTS.add("leak_scans")
    COUNTS.add("leak_hits", hits)
