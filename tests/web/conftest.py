"""Fixtures for the website's tests: the sandbox over real HTTP, a store on SQLite or on a
real PostgreSQL server this test session starts, and the handler for the practice
website client.

PostgreSQL: Debian's ``postgresql`` binaries, ``initdb`` in a temporary folder (run as the
unprivileged ``postgres`` user when the tests run as root, which PostgreSQL refuses),
listening on 127.0.0.1 at a port the OS chose, stopped at the end of the session. Without
the binaries the PostgreSQL cases are skipped here, and fail in CI (which installs them:
scripts/setup.sh --test).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from web_helpers import web_client

from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.practice import practice_endpoints
from zoho_wizard.sandbox import Sandbox
from zoho_wizard.web import ConnectionStore, SecretBox, WebHandler
from zoho_wizard.web.crypto import new_key


class MovableClock:
    """Real time plus an offset the test moves (the sandbox's codes expire by it)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@pytest.fixture
def sandbox_clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def sandbox(sandbox_clock: MovableClock) -> Iterator[Sandbox]:
    """A started sandbox; it must not hit an internal error."""
    with Sandbox(clock=sandbox_clock) as sb:
        yield sb
        assert sb.errors == []


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """The handler's HTTP session (closed afterwards: no ResourceWarning)."""
    with requests.Session() as s:
        yield s


@pytest.fixture
def endpoints(sandbox: Sandbox, http: requests.Session) -> Endpoints:
    return practice_endpoints(sandbox, session=http)


@pytest.fixture
def key() -> str:
    return new_key()


# --- PostgreSQL --------------------------------------------------------------------------


@dataclass(frozen=True)
class PostgresServer:
    """A running throwaway PostgreSQL server."""

    port: int
    folder: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database's URL."""
        from sqlalchemy import create_engine, text

        name = f"t_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as db:
            db.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url(name)


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    """``command`` as the unprivileged ``postgres`` user when running as root."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server for this test session (see the module docstring)."""
    bin_dir = _postgres_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's postgresql (scripts/setup.sh --test)")
        pytest.skip("PostgreSQL is not installed here (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="zw-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    subprocess.run(
        _as_postgres(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = str(bin_dir / "pg_ctl")
    subprocess.run(
        _as_postgres(
            [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield PostgresServer(port, folder)
    finally:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


# --- stores and the handler ------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store contract test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'connections.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def store(
    database_url: str, key: str, endpoints: Endpoints, http: requests.Session
) -> Iterator[ConnectionStore]:
    s = ConnectionStore(database_url, box=SecretBox(key), endpoints=endpoints, session=http)
    yield s
    s.close()


@pytest.fixture
def sqlite_store(
    tmp_path: Path, key: str, endpoints: Endpoints, http: requests.Session
) -> Iterator[ConnectionStore]:
    s = ConnectionStore(folder=tmp_path, box=SecretBox(key), endpoints=endpoints, session=http)
    yield s
    s.close()


@pytest.fixture
def handler(sqlite_store: ConnectionStore, http: requests.Session) -> WebHandler:
    return WebHandler(web_client(), sqlite_store, session=http)
