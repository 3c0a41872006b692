"""Counters behind the reliability line the test run prints at the end.

Faults and bad inputs are counted by tests/conftest.py from the sandbox's fired faults
and the ``fault`` / ``bad_input`` markers; a failing test leaves "tried" and "survived"
apart, so the line shows it. Fuzz cases and leak scans are counted by the tests.
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


def fuzz_case() -> None:
    """Count one generated example (call it first thing in a @given test)."""
    COUNTS.add("fuzz_cases")


def leak_scan(hits: int) -> None:
    """Record one search for secrets and how many it found."""
    COUNTS.add("leak_scans")
    COUNTS.add("leak_hits", hits)
