"""Extract every translatable string of the wizard into resources/translations/*.ts.

    .venv/bin/python scripts/update_translations.py

Runs pyside6-lupdate over zoho_wizard/ui (and any existing per-language .ts files, so
their translations are kept), then compiles each language's .ts into a .qm with
pyside6-lrelease. The English source catalog is zoho_wizard.ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
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
