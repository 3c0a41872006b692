"""Connect and disconnect again and again in one process; report memory after each cycle.

Usage: ``cycles.py CYCLES``. Each cycle opens the wizard in practice mode (web engine
warm-up on, as the program runs it), lets the autopilot connect to the sandbox, then
disconnects that connection from the saved connections (revoked at the sandbox, deleted
here), closes the wizard and measures the memory of the whole process tree. Prints one
JSON line per cycle: ``cycle``, the tree's ``rss`` and ``pss`` and ``processes``, the
program's own ``main_rss`` (bytes) and its count of ``python_objects``. Exits 1 when a
cycle fails. Run it with a password store available (benchmarks/run.sh does).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from proctree import rss_bytes, tree_memory
from PySide6.QtCore import QTimer

from zoho_wizard.practice import practice_secrets, start_practice
from zoho_wizard.ui.app import build_wizard, ensure_application, flush_deletions
from zoho_wizard.ui.autopilot import Autopilot

SETTLE_MS = 500  # let deletions and helper-process exits land before measuring


def main() -> int:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    app = ensure_application()
    app.setQuitOnLastWindowClosed(False)  # each cycle closes its window
    sandbox, endpoints, hint, profiles = start_practice()
    outcome = {"code": 0, "done": 0}

    def fail(why: str) -> None:
        print(f"cycles: {why}", file=sys.stderr)
        outcome["code"] = 1
        app.quit()

    def start_cycle() -> None:
        wizard = build_wizard(
            endpoints,
            profiles=profiles,
            secrets_factory=practice_secrets,
            practice_hint=hint,
            warm_up=True,
        )
        wizard.show()

        def finished(code: int) -> None:
            if code != 0:
                fail(f"cycle {outcome['done'] + 1} did not connect")
                return
            profile = wizard.controller.state.profile
            assert profile is not None
            saved = wizard.controller.saved
            saved.reload()
            saved.disconnect_connection(profile.name)
            wait_disconnected(wizard, profile.name, time.monotonic() + 30)

        pilot = Autopilot(wizard, hint, pause=0.5, on_finished=finished, report=lambda _t: None)
        outcome["pilot"] = pilot  # keep it (and its timer) alive for the cycle
        pilot.start()

    def wait_disconnected(wizard, name: str, deadline: float) -> None:
        saved = wizard.controller.saved
        if saved.state.busy or saved.state.row(name) is not None:
            if time.monotonic() > deadline:
                fail("disconnecting timed out")
                return
            QTimer.singleShot(50, lambda: wait_disconnected(wizard, name, deadline))
            return
        wizard.shutdown()
        wizard.close()

        def delete() -> None:  # on the next loop turn, as closing a window in the app does
            wizard.deleteLater()
            flush_deletions()
            flush_deletions()
            QTimer.singleShot(SETTLE_MS, measure)

        QTimer.singleShot(0, delete)

    def measure() -> None:
        outcome["done"] += 1
        # What a closed wizard leaves is reference cycles between Python wrappers (Qt
        # parents and children, signal closures); Python frees them at its next full
        # collection, at a time of its choosing. Collect now, so each cycle is measured
        # in the same state.
        gc.collect()
        memory = tree_memory(os.getpid())
        record = {
            "cycle": outcome["done"],
            "rss": memory.rss,
            "pss": memory.pss,
            "processes": memory.processes,
            "main_rss": rss_bytes(os.getpid()),
            "python_objects": len(gc.get_objects()),
        }
        print(json.dumps(record), flush=True)
        if outcome["done"] >= cycles:
            app.quit()
        else:
            start_cycle()

    QTimer.singleShot(0, start_cycle)
    QTimer.singleShot(cycles * 30_000, lambda: fail("timed out"))
    app.exec()
    sandbox.stop()
    return outcome["code"]


if __name__ == "__main__":
    sys.exit(main())
