"""Milestones for the benchmarks (``benchmarks/run.py``).

When the environment variable ``ZOHO_WIZARD_TIMINGS`` names a file, :func:`mark` appends
one JSON line per milestone: its name, the wall-clock time and the process ID. Otherwise
it does nothing, at the cost of one comparison. Marks carry names and times only, never
anything a person typed or Zoho sent.

The milestones the wizard marks:

``first_paint``        the first wizard page is on screen
``engine_warm``        the web engine finished warming up in the background
``details_submitted``  Next was pressed on the details page
``consent_loaded``     Zoho's sign-in page finished loading
``code_caught``        the redirect with the code was caught
``code_exchanged``     Zoho's token endpoint answered with the keys
``tokens_stored``      the keys are in the password store
"""

from __future__ import annotations

import json
import os
import time

ENV_VAR = "ZOHO_WIZARD_TIMINGS"

_path = os.environ.get(ENV_VAR) or None


def enabled() -> bool:
    """True when milestones are being written."""
    return _path is not None


def mark(name: str) -> None:
    """Append the milestone ``name`` with the current time (when timings are on)."""
    if _path is None:
        return
    line = json.dumps({"mark": name, "t": time.time(), "pid": os.getpid()})
    try:
        with open(_path, "a", encoding="utf-8") as out:
            out.write(line + "\n")
    except OSError:
        pass  # measuring must never break the program
