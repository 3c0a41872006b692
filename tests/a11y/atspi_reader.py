"""Read one application's accessible tree from the desktop accessibility bus (AT-SPI), as a
screen reader does, and print it as JSON.

Runs with the system's Python (``/usr/bin/python3``), which has the GObject bindings
(Debian: python3-gi and gir1.2-atspi-2.0); the project's virtual environment need not
have them. The test runs it as a subprocess, inside the same private D-Bus session as the
program it reads:

    python3 tests/a11y/atspi_reader.py --pid 1234 [--timeout 20] [--all]

Each object is ``{"role", "name", "description", "text", "states", "extents", "id",
"relations", "children"}``: ``text`` is the Text interface's contents (line edits, web
text) or null, ``extents`` is ``[x, y, width, height]`` on the screen, ``id`` Qt's
accessible id, ``relations`` maps a relation (``labelled-by``...) to its targets' names. Only
what is on screen is read (objects without the "showing" state are left out with their
children, as a screen reader skips them) unless ``--all`` is given.

Exit codes: 0 the tree was printed; 2 the bindings are missing; 3 the bus or the
application could not be reached in time (the reason on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib
except (ImportError, ValueError) as exc:  # no python3-gi, or no gir1.2-atspi-2.0
    print(f"atspi_reader: the AT-SPI bindings are missing: {exc}", file=sys.stderr)
    raise SystemExit(2) from exc

MAX_DEPTH = 60  # a cycle in a broken tree must not hang the test


def find_application(pid: int, timeout: float) -> Any:
    """The registered application of process ``pid`` (waits for it to register)."""
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while True:
        desktop = Atspi.get_desktop(0)
        seen = []
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is None:
                continue
            try:
                if app.get_process_id() == pid:
                    return app
                seen.append(f"{app.get_name()} (pid {app.get_process_id()})")
            except GLib.Error:
                continue  # an application that went away while we looked
        if time.monotonic() > deadline:
            raise LookupError(
                f"no application of process {pid} on the accessibility bus after "
                f"{timeout:g} s; registered: {seen or 'none'}"
            )
        time.sleep(0.2)


def _text(node: Any, interfaces: list[str]) -> str | None:
    if "Text" not in interfaces:
        return None
    count = Atspi.Text.get_character_count(node)
    return str(Atspi.Text.get_text(node, 0, count))


def _extents(node: Any, interfaces: list[str]) -> list[int] | None:
    if "Component" not in interfaces:
        return None
    box = Atspi.Component.get_extents(node, Atspi.CoordType.SCREEN)
    return [box.x, box.y, box.width, box.height]


def _relations(node: Any) -> dict[str, list[str]]:
    """Each relation (``labelled-by``, ``label-for``, ...) with its targets' names."""
    found: dict[str, list[str]] = {}
    for relation in node.get_relation_set() or []:
        kind = relation.get_relation_type().value_nick
        targets = [relation.get_target(i) for i in range(relation.get_n_targets())]
        found.setdefault(kind, []).extend(t.get_name() or "" for t in targets if t is not None)
    return found


def read(node: Any, *, everything: bool, depth: int = 0) -> dict[str, Any] | None:
    """One object and (what is showing of) its children; None when it is not showing."""
    states = sorted(state.value_nick for state in node.get_state_set().get_states())
    if not everything and depth > 0 and "showing" not in states:
        return None
    interfaces = list(node.get_interfaces())
    children: list[dict[str, Any]] = []
    if depth < MAX_DEPTH:
        for index in range(node.get_child_count()):
            child = node.get_child_at_index(index)
            if child is None:
                continue
            try:
                entry = read(child, everything=everything, depth=depth + 1)
            except GLib.Error:
                continue  # deleted while we read (a page switching): not on screen
            if entry is not None:
                children.append(entry)
    return {
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "text": _text(node, interfaces),
        "states": states,
        "extents": _extents(node, interfaces),
        "id": node.get_accessible_id() or "",
        "relations": _relations(node),
        "children": children,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pid", type=int, required=True, help="the application's process")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for it")
    parser.add_argument("--all", action="store_true", help="also objects not on screen")
    args = parser.parse_args()
    try:
        app = find_application(args.pid, args.timeout)
        tree = read(app, everything=args.all)
    except (LookupError, GLib.Error) as exc:
        print(f"atspi_reader: {exc}", file=sys.stderr)
        return 3
    json.dump(tree, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
