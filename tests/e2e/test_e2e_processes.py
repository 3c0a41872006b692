"""Several processes needing a token at the same moment make one refresh between them.

The processes share the config folder (so the refresh lock) and the real Secret Service
(so the cached token), as the wizard, a nightly export and a script would.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from e2e_helpers import FakeClock, connect, expire_cached_token, token_grants

from zoho_wizard.core.connection import CachedToken, lock_path
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import Sandbox

pytestmark = pytest.mark.secret_service

PROCESSES = 3
START_TIMEOUT = 30.0

# Each process opens the connection and touches the keyring first, says it is ready,
# then waits for the start file so the refreshes really happen at the same moment.
SCRIPT = r"""
import sys, time
from pathlib import Path
from zoho_wizard.core.connection import SavedConnection

name, ready, go = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
conn = SavedConnection.open(name)
conn.cached_token()
ready.touch()
deadline = time.monotonic() + 30
while not go.exists():
    if time.monotonic() > deadline:
        sys.exit("the start signal never came")
    time.sleep(0.002)
print(conn.access_token(), flush=True)
"""


def run_together(name: str, env: dict[str, str], folder: Path) -> list[str]:
    """Start the processes, release them at once, and return what each printed."""
    go = folder / "go"
    readies = [folder / f"ready-{i}" for i in range(PROCESSES)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT, name, str(ready), str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for ready in readies
    ]
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not all(r.exists() for r in readies):
            for proc in procs:
                if proc.poll() is not None:
                    _, err = proc.communicate()
                    pytest.fail(f"a process ended before the start: {err}")
            if time.monotonic() > deadline:
                pytest.fail("the processes did not get ready in time")
            time.sleep(0.01)
        go.touch()
        outputs = []
        for proc in procs:
            out, err = proc.communicate(timeout=START_TIMEOUT)
            assert proc.returncode == 0, err
            assert err == ""
            outputs.append(out)
        return outputs
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()


@pytest.mark.parametrize("delay", [0.0, 0.5], ids=["fast", "slow-zoho"])
def test_processes_refreshing_at_once_make_one_refresh(
    delay: float,
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    unique_name: str,
    tmp_path: Path,
) -> None:
    connect(sandbox, ProfileStore(), name=unique_name, session=session, clock=clock)
    secrets = KeyringSecretStore()
    old = expire_cached_token(secrets, unique_name, time.time() - 1)
    sandbox.clear_requests()
    if delay:
        # The first refresh holds the lock this long, so the others really wait for it.
        sandbox.faults.add("token", "delay", times=None, seconds=delay)

    outputs = run_together(unique_name, shared_env, tmp_path)

    printed = {out.strip() for out in outputs}
    assert len(printed) == 1, outputs
    token = printed.pop()
    assert token and token != old.access_token
    assert all(out == token + "\n" for out in outputs)  # the token alone on stdout
    assert len(token_grants(sandbox)) == 1
    assert len(sandbox.requests_for("token")) == 1
    cached = CachedToken.parse(secrets.get(unique_name, "access_token"))
    assert cached is not None and cached.access_token == token
    assert lock_path(unique_name).exists()


def test_processes_with_a_valid_cached_token_make_no_refresh(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    unique_name: str,
    tmp_path: Path,
) -> None:
    made = connect(sandbox, ProfileStore(), name=unique_name, session=session, clock=clock)
    sandbox.clear_requests()
    outputs = run_together(unique_name, shared_env, tmp_path)
    assert outputs == [made.tokens.access_token + "\n"] * PROCESSES
    assert sandbox.requests_for("token") == []
