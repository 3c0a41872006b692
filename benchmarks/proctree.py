"""Memory of a whole process tree (a program and every helper it started), from /proc.

QtWebEngine runs Chromium's zygote, GPU and renderer processes next to the program, so
the program's own resident memory tells half the story. Two sums are kept:

* **RSS**: resident set size of every process in the tree, added up. What the issue's
  target is stated in; it counts pages shared between processes (the Qt libraries, the
  zygote's copy-on-write memory) once per process, so it overstates the real cost.
* **PSS**: proportional set size, where a shared page is split between its sharers. The
  fairer "how much memory does this cost the machine" figure (Linux 4.14+).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024


def children_map() -> dict[int, list[int]]:
    """Parent PID → child PIDs, for every process we can read."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # gone meanwhile
        # The command name is in parentheses and may hold spaces: split after the last ")".
        fields = stat[stat.rfind(b")") + 2 :].split()
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    tree = children_map()
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(tree.get(current, ()))
    return found


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


@dataclass
class TreeMemory:
    rss: int
    pss: int
    processes: int


def tree_memory(pid: int, *, pss: bool = True) -> TreeMemory:
    """The tree's memory now."""
    pids = descendants(pid)
    return TreeMemory(
        rss=sum(rss_bytes(p) for p in pids),
        pss=sum(pss_bytes(p) for p in pids) if pss else 0,
        processes=len(pids),
    )


class PeakSampler:
    """Samples a process tree in a thread until stopped; keeps the peaks.

    RSS every ``interval`` seconds; PSS (slower to read) every fifth sample.
    """

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_processes = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            memory = tree_memory(self.pid, pss=self.samples % 5 == 0)
            self.peak_rss = max(self.peak_rss, memory.rss)
            self.peak_pss = max(self.peak_pss, memory.pss)
            self.peak_processes = max(self.peak_processes, memory.processes)
            self.samples += 1
            time.sleep(self.interval)
