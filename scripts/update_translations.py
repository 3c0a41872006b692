"""Extract every translatable string of the wizard into resources/translations/*.ts.

    .venv/bin/python scripts/update_translations.py

Runs pyside6-lupdate over zoho_wizard/ui (and any existing per-language .ts files, so
their translations are kept), then compiles each language's .ts into a .qm with
pyside6-lrelease. The English source catalog is zoho_wizard.ts.

Core never imports Qt, so its fixed texts (data center names, access levels, error
messages and fixes, check results...) are listed first in ``zoho_wizard/ui/core_strings.py``
under the ``core`` context, which the UI uses at display time (``i18n.core_text``). A text
is listed when it is a whole sentence or a table entry written out in core's source;
texts built with f-strings carry data and are shown as they are.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
CORE = ROOT / "zoho_wizard" / "core"
CORE_STRINGS = ROOT / "zoho_wizard" / "ui" / "core_strings.py"
# Core modules whose sentences reach the screen.
CORE_MODULES = (
    "errors",
    "validation",
    "health",
    "connection",
    "flow",
    "store",
    "tokens",
    "books",
    "connect",
    "device",
    "loopback",
    "preset",
    "ways_in",
    "zoho_pages",
    "self_client",
    "feed/view",  # the spreadsheet feed's dialog texts
    "feed/server",
)


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _sentences(path: Path) -> list[str]:
    """Whole sentences written out in a core module (docstrings and f-strings excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):  # parts of f-strings are not whole texts
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and " " in node.value
            and node.value[:1].isupper()
            and node.value.rstrip().endswith((".", "?", "!", "…"))
            and "{" not in node.value
        ):
            found.append(node.value)
    return found


def core_texts() -> list[str]:
    """Every fixed text of core's that the UI may show."""
    sys.path.insert(0, str(ROOT))
    from zoho_wizard.core import scopes
    from zoho_wizard.core.datacenters import DATA_CENTERS

    texts = [dc.label for dc in DATA_CENTERS]
    for module in scopes.MODULES:
        texts += [module.label, module.description]
    texts += [level.label for level in scopes.ACCESS_LEVELS]
    from zoho_wizard.core import access

    texts += list(access.SENTENCE_PARTS)  # the access line's pieces ("View {items}"...)
    texts += [
        "view only",
        "view and change",
        "view, change and delete",
        "Everything in Zoho Books: view, change and delete",
        "Your Zoho name and e-mail address",
        "{module}: {access}",
    ]
    from zoho_wizard.core.feed.lists import FEED_LISTS  # "Use in a spreadsheet…"'s rows

    texts += ["Start page (every list)", *(item.label for item in FEED_LISTS)]
    from zoho_wizard.core import health

    texts += sorted(set(_health_titles(health)))
    for name in CORE_MODULES:
        texts += _sentences(CORE / f"{name}.py")
    seen: set[str] = set()
    return [t for t in texts if t and not (t in seen or seen.add(t))]


def _health_titles(health: object) -> list[str]:
    """The check results' titles ("Staying signed in"...), from health.py's source."""
    tree = ast.parse(Path(health.__file__).read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    titles = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "CheckResult"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
        ):
            titles.append(node.args[1].value)
        if (
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", "") == "title" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            titles.append(node.value.value)
    return titles


def write_core_strings() -> int:
    """Write ``zoho_wizard/ui/core_strings.py``; returns how many texts it lists."""
    texts = core_texts()
    lines = [
        "# ruff: noqa: E501",
        '"""Core\'s fixed texts, listed for the translation catalog (context ``core``).',
        "",
        "Generated by scripts/update_translations.py; do not edit. The UI translates them at",
        "display time with :func:`zoho_wizard.ui.i18n.core_text`.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "CORE_TEXTS = (",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("core", {text!r}),' for text in texts]
    lines += [")", ""]
    CORE_STRINGS.write_text("\n".join(lines), encoding="utf-8")
    return len(texts)


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    count = write_core_strings()
    subprocess.run(
        [sys.executable, "-m", "ruff", "format", "-q", str(CORE_STRINGS)], cwd=ROOT, check=False
    )
    print(f"listed {count} texts of core's in {CORE_STRINGS.relative_to(ROOT)}")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "zoho_wizard" / "ui").rglob("*.py"))
    catalogs = [OUT / "zoho_wizard.ts", *sorted(OUT.glob("zoho_wizard_*.ts"))]
    for catalog in catalogs:
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(catalog)],
            cwd=ROOT,
            check=True,
        )
    for catalog in catalogs[1:]:
        subprocess.run(
            [tool("pyside6-lrelease"), str(catalog), "-qm", str(catalog.with_suffix(".qm"))],
            check=True,
        )
    print(f"updated {', '.join(c.name for c in catalogs)} in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
