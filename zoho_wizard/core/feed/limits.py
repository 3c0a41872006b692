"""Books' limits, held by the feed: 100 calls a minute per organization, and the day's count.

**A call waits its turn.** A spreadsheet refresh of a long list makes several Books calls
(one per page of 200) inside one request to the feed, and a refused page would make the
whole list be fetched again. So a call that would go beyond Books' 100 a minute waits for
its slot, up to :data:`MAX_WAIT_SECONDS` (Power Query waits 100 seconds for an answer by
default). Only when the wait would be longer does the feed answer 429 with ``Retry-After``
in seconds: Power Query's Web.Contents retries a 429 up to three times and honours
``Retry-After`` up to 120 seconds (Microsoft's "Status code handling with Web.Contents"),
and Power BI's scheduled refresh does the same.

**The day's calls are counted** per organization (the feed's own calls: other tools using
the same organization count against Zoho's daily limit too, and the feed cannot see them),
by this computer's date, in a small file so a restart keeps the count. Zoho's daily limit
depends on the organization's plan (reference §8: Free 1,000 calls a day; Premium, Elite
and Ultimate 10,000; the plans between are not confirmed there), and the plan is not
known here, so the range is told, not a single number.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import json
import math
import threading
import time
from collections.abc import Callable
from pathlib import Path

from zoho_wizard.core import errors
from zoho_wizard.core.store import write_atomic

CALLS_PER_MINUTE = 100
"""Books' limit per organization (reference §8)."""

MAX_WAIT_SECONDS = 45.0
"""The longest a call waits for its slot before the feed answers 429 instead."""

DAILY_LIMIT_WORDS = (
    "Zoho Books allows each organization 1,000 calls a day on the Free plan and up to "
    "10,000 on Premium and higher plans; every tool using the organization counts."
)


class FeedBusyError(errors.ZohoWizardError):
    """More calls than Books allows a minute are waiting; try again after ``retry_after``."""

    default_message = "The spreadsheet feed is making as many calls to Zoho Books as it allows."
    default_fix = "Refresh again in {seconds} seconds; nothing needs changing."
    action = errors.Action.WAIT

    def __init__(self, retry_after: float) -> None:
        self.retry_after = max(1, math.ceil(retry_after))
        super().__init__(None, self.default_fix.format(seconds=self.retry_after))


class RateLimiter:
    """At most ``per_window`` calls per ``window`` seconds for each key (organization).

    A call beyond it is given the next free slot and sleeps until then, or is refused with
    :class:`FeedBusyError` when the slot is more than ``max_wait`` seconds away. Slots are
    handed out under a lock, so callers on many threads keep to the limit together.

    Args:
        per_window: Calls allowed per window.
        window: The window in seconds.
        max_wait: The longest a call may wait for its slot.
        clock: Seconds (monotonic); tests inject one.
        sleep: Waits a number of seconds; tests inject one that moves their clock.
    """

    def __init__(
        self,
        per_window: int = CALLS_PER_MINUTE,
        window: float = 60.0,
        *,
        max_wait: float = MAX_WAIT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.per_window = per_window
        self.window = window
        self.max_wait = max_wait
        self.clock = clock
        self.sleep = sleep
        self._slots: dict[str, collections.deque[float]] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> float:
        """Take a slot for one call; returns the seconds waited for it.

        Raises:
            FeedBusyError: the next free slot is more than ``max_wait`` seconds away.
        """
        with self._lock:
            now = self.clock()
            slots = self._slots.setdefault(key, collections.deque(maxlen=self.per_window))
            slot = now
            if len(slots) == self.per_window:
                slot = max(now, slots[0] + self.window)
            wait = slot - now
            if wait > self.max_wait:
                raise FeedBusyError(wait)
            slots.append(slot)
        if wait > 0:
            self.sleep(wait)
        return wait


class DailyUsage:
    """The feed's calls to Books today, per organization, kept across restarts.

    Args:
        path: The file they are kept in (None: in memory only, as practice mode does).
        today: Today's date as ``YYYY-MM-DD`` (this computer's date); tests inject one.
    """

    def __init__(
        self,
        path: Path | None,
        today: Callable[[], str] = lambda: datetime.date.today().isoformat(),
    ) -> None:
        self.path = path
        self.today = today
        self._lock = threading.Lock()
        self._date = ""
        self._calls: dict[str, int] = {}
        self._read()

    def _read(self) -> None:
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return  # none yet, or unreadable: start counting afresh
        calls = data.get("calls") if isinstance(data, dict) else None
        if isinstance(calls, dict) and isinstance(data.get("date"), str):
            self._date = data["date"]
            self._calls = {str(k): v for k, v in calls.items() if isinstance(v, int)}

    def _roll(self) -> None:
        today = self.today()
        if today != self._date:
            self._date, self._calls = today, {}

    def add(self, organization_id: str, calls: int = 1) -> int:
        """Count calls to Books for an organization; returns today's count after them."""
        with self._lock:
            self._roll()
            count = self._calls.get(organization_id, 0) + calls
            self._calls[organization_id] = count
            if self.path is not None:
                # (Not written: the count is still right while the feed runs.)
                with contextlib.suppress(OSError):
                    write_atomic(self.path, json.dumps({"date": self._date, "calls": self._calls}))
            return count

    def calls_today(self, organization_id: str) -> int:
        """The feed's calls to Books for an organization today."""
        with self._lock:
            self._roll()
            return self._calls.get(organization_id, 0)
