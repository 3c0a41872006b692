"""Two copies of the wizard (or a wizard and a script) writing the connections file at
once: every write survives and the file is never left half-written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from zoho_wizard.core.store import ProfileStore

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from zoho_wizard.core.store import Profile, ProfileStore

    path, prefix, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    while not go.exists():
        time.sleep(0.005)
    store = ProfileStore(path)
    for i in range(count):
        store.save(Profile(
            name=f"{prefix} {i}", client_id="1000.FAKECLIENT0000000000", data_center="eu",
            accounts_server="https://accounts.zoho.eu", api_domain="https://www.zohoapis.eu",
            scopes=("ZohoBooks.settings.READ",)))
    """
)


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), prefix, "40", str(go)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for prefix in ("Wizard A", "Wizard B", "Script")
    ]
    go.touch()  # start together, so the writes really interleave
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err

    loaded = ProfileStore(path).load()
    assert loaded.broken == {}
    assert len(loaded.profiles) == 120
    json.loads(path.read_text(encoding="utf-8"))  # one whole, valid file
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
