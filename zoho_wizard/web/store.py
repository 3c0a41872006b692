"""The website's connections: one per portal user, in a database, secrets encrypted.

A firm's client portal connects each client business's Zoho Books once; the firm's
server code then uses every client's connection. :class:`ConnectionStore` keeps them
through SQLAlchemy: an SQLite file next to the app by default, PostgreSQL by URL
(``postgresql+psycopg://…``) for a firm that runs one. The settings of a connection are
the desktop's :class:`~zoho_wizard.core.store.Profile` (named after the portal user);
its client secret, refresh token and cached access token are sealed with the key in
``ZOHO_WIZARD_WEB_KEY`` (:mod:`zoho_wizard.web.crypto`) before they are written.

:meth:`ConnectionStore.token` and :meth:`ConnectionStore.books_session` behave as the
desktop's API (:mod:`zoho_wizard.api`): the same refresh rules (a cached token reused
until it nearly expires, Zoho's "too many requests" remembered, one refresh between
processes under :mod:`zoho_wizard.web.locks`), the same errors.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors
from zoho_wizard.core.books import Organization
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connection import DisconnectReport, SavedConnection
from zoho_wizard.core.endpoints import Endpoints, endpoints_from_environment
from zoho_wizard.core.logs import register_secrets
from zoho_wizard.core.store import LoadResult, Profile, ProfileStore
from zoho_wizard.web.crypto import SecretBox
from zoho_wizard.web.locks import AdvisoryLock, FileRefreshLock, file_lock_path

if TYPE_CHECKING:
    import requests
    from sqlalchemy.engine import Engine

DEFAULT_FILE = "zoho-connections.sqlite3"
SIGN_IN_LIFETIME = 15 * 60.0  # a sign-in page left open longer than this starts again


STORED_KINDS = ("client_secret", "refresh_token", "access_token")
"""The secrets a website keeps per connection, one sealed column each (the desktop's
spreadsheet-feed key has no place on a server)."""


class NotConnectedError(errors.StorageError):
    """This portal user has no finished connection (none, or no organization chosen)."""

    action = errors.Action.RECONNECT

    def __init__(self, user: str) -> None:
        self.user = user
        super().__init__(
            "This client has not connected Zoho Books yet.",
            "Ask the client to open the portal's Zoho Books page and click Connect.",
        )


@dataclass(frozen=True)
class PendingSignIn:
    """A sign-in the website started and has not seen come back yet.

    Attributes:
        user: The portal user who started it.
        accounts_url: The accounts server the request went to.
        code_verifier: The PKCE verifier, or None.
        created_at: When it was started (seconds).
    """

    user: str
    accounts_url: str
    code_verifier: str | None = field(repr=False)
    created_at: float


def _tables() -> tuple[Any, Any, Any]:
    from sqlalchemy import Column, Float, MetaData, String, Table, Text

    metadata = MetaData()
    connections = Table(
        "zoho_connections",
        metadata,
        Column("user", String(255), primary_key=True),
        Column("profile", Text, nullable=True),  # the Profile's JSON: nothing secret
        Column("organizations", Text, nullable=True),  # waiting for the client's choice
        Column("client_secret", Text, nullable=True),  # sealed
        Column("refresh_token", Text, nullable=True),  # sealed
        Column("access_token", Text, nullable=True),  # sealed (the cache, as JSON)
        Column("updated_at", Float, nullable=False, default=0.0),
    )
    sign_ins = Table(
        "zoho_sign_ins",
        metadata,
        Column("state", String(128), primary_key=True),
        Column("user", String(255), nullable=False),
        Column("accounts_url", Text, nullable=False),
        Column("code_verifier", Text, nullable=True),  # sealed
        Column("created_at", Float, nullable=False),
    )
    return metadata, connections, sign_ins


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the SQLite file ``path``."""
    return f"sqlite:///{path.resolve()}"


class ConnectionStore:
    """Every portal user's Zoho Books connection, in one database.

    Args:
        url: An SQLAlchemy database URL (default: an SQLite file :data:`DEFAULT_FILE`
            in ``folder``). PostgreSQL: ``postgresql+psycopg://user@host/db``.
        folder: Where the default SQLite file goes (default: the current folder).
        box: Seals the secrets (default: the key in ``ZOHO_WIZARD_WEB_KEY``).
        endpoints: Zoho's servers (default: Zoho's, or the override variables').
        session: The HTTP session for Zoho calls (default: a new one per connection).
        clock: Injected time.

    Raises:
        EncryptionKeyError: no key given and none (or no usable one) in the environment.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        folder: Path | None = None,
        box: SecretBox | None = None,
        endpoints: Endpoints | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        from sqlalchemy import create_engine

        self.box = box if box is not None else SecretBox.from_environment()
        self.url = url or sqlite_url((folder or Path.cwd()) / DEFAULT_FILE)
        self.endpoints = endpoints if endpoints is not None else endpoints_from_environment()
        self.session = session
        self.clock = clock
        self.engine: Engine = create_engine(self.url, **_engine_options(self.url))
        self._metadata, self.connections, self.sign_ins = _tables()
        try:
            self._metadata.create_all(self.engine)
        except _database_error():
            # Several workers starting at once: another one made the tables meanwhile.
            self._metadata.create_all(self.engine)

    def __repr__(self) -> str:
        return f"ConnectionStore({self.engine.url.render_as_string(hide_password=True)!r})"

    @property
    def on_postgresql(self) -> bool:
        """True for a PostgreSQL database (row and advisory locks across machines)."""
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        """Close the database connections."""
        self.engine.dispose()

    # --- secrets ------------------------------------------------------------------------

    def _seal(self, user: str, kind: str, value: str | None) -> str | None:
        return None if value is None else self.box.seal(value, f"{user}/{kind}")

    def _open(self, user: str, kind: str, sealed: str | None) -> str | None:
        if sealed is None:
            return None
        value = self.box.open(sealed, f"{user}/{kind}")
        register_secrets(value)  # never in a log line
        return value

    def secret(self, user: str, kind: str) -> str | None:
        """One of ``user``'s secrets (:data:`STORED_KINDS`)."""
        row = self._row(user)
        return None if row is None else self._open(user, kind, row[kind])

    def set_secrets(self, user: str, values: dict[str, str | None]) -> None:
        """Write (None: remove) several of ``user``'s secrets in one transaction."""
        for kind in values:
            _check_kind(kind)
        sealed = {kind: self._seal(user, kind, value) for kind, value in values.items()}
        self._upsert(user, sealed)

    # --- rows ---------------------------------------------------------------------------

    def raw_row(self, user: str) -> Any:
        """``user``'s database row as stored (secrets sealed), or None."""
        return self._row(user)

    def _row(self, user: str) -> Any:
        from sqlalchemy import select

        with self.engine.connect() as db:
            found = db.execute(select(self.connections).where(self.connections.c.user == user))
            return found.mappings().first()

    def _upsert(self, user: str, values: dict[str, Any]) -> None:
        from sqlalchemy import insert, update

        values = {**values, "updated_at": self.clock()}
        table = self.connections
        with self.engine.begin() as db:
            changed = db.execute(update(table).where(table.c.user == user).values(**values))
            if changed.rowcount == 0:
                try:
                    with db.begin_nested():
                        db.execute(insert(table).values(user=user, **values))
                except _integrity_error():
                    # Another worker made the row meanwhile: update that one.
                    db.execute(update(table).where(table.c.user == user).values(**values))

    def profile(self, user: str) -> Profile | None:
        """``user``'s connection settings, or None when there is no connection."""
        row = self._row(user)
        if row is None or not row["profile"]:
            return None
        return Profile.from_json(json.loads(row["profile"]))

    def save_profile(self, profile: Profile) -> None:
        """Save a connection's settings (its user is ``profile.name``)."""
        self._upsert(profile.name, {"profile": json.dumps(profile.to_json(), sort_keys=True)})

    def clear_profile(self, user: str) -> None:
        """Remove ``user``'s settings and waiting organizations (the secrets stay)."""
        self._upsert(user, {"profile": None, "organizations": None})

    def users(self) -> list[str]:
        """Every portal user with a connection, in order."""
        from sqlalchemy import select

        table = self.connections
        with self.engine.connect() as db:
            rows = db.execute(select(table.c.user).where(table.c.profile.is_not(None)))
            return sorted(str(r[0]) for r in rows)

    def forget(self, user: str) -> bool:
        """Remove ``user``'s connection here (nothing is revoked: see :meth:`disconnect`)."""
        from sqlalchemy import delete

        with self.engine.begin() as db:
            gone = db.execute(delete(self.connections).where(self.connections.c.user == user))
            return bool(gone.rowcount)

    # --- organizations waiting for the client's choice ----------------------------------

    def set_organizations(self, user: str, organizations: tuple[Organization, ...]) -> None:
        """Keep the organizations a sign-in reaches until the client picks one."""
        listed = [_organization_json(o) for o in organizations]
        self._upsert(user, {"organizations": json.dumps(listed) if listed else None})

    def organizations(self, user: str) -> tuple[Organization, ...]:
        """The organizations waiting for ``user``'s choice (empty when none)."""
        row = self._row(user)
        if row is None or not row["organizations"]:
            return ()
        return tuple(Organization(**entry) for entry in json.loads(row["organizations"]))

    # --- sign-ins in progress ------------------------------------------------------------

    def add_sign_in(
        self, state: str, user: str, accounts_url: str, code_verifier: str | None
    ) -> None:
        """Remember a sign-in the website started (its state is the key)."""
        from sqlalchemy import delete, insert

        now = self.clock()
        table = self.sign_ins
        with self.engine.begin() as db:
            db.execute(delete(table).where(table.c.created_at < now - SIGN_IN_LIFETIME))
            db.execute(
                insert(table).values(
                    state=state,
                    user=user,
                    accounts_url=accounts_url,
                    code_verifier=self._seal(user, "code_verifier", code_verifier),
                    created_at=now,
                )
            )

    def claim_sign_in(self, state: str) -> PendingSignIn | None:
        """Take the sign-in started with ``state``, once: a second claim (the callback
        submitted twice, in two workers at once) gets None, as does an old one."""
        from sqlalchemy import delete

        table = self.sign_ins
        with self.engine.begin() as db:
            taken = db.execute(
                delete(table)
                .where(table.c.state == state)
                .returning(
                    table.c.user, table.c.accounts_url, table.c.code_verifier, table.c.created_at
                )
            ).first()
        if taken is None or taken.created_at < self.clock() - SIGN_IN_LIFETIME:
            return None
        user = str(taken.user)
        return PendingSignIn(
            user,
            str(taken.accounts_url),
            self._open(user, "code_verifier", taken.code_verifier),
            float(taken.created_at),
        )

    # --- the desktop's pieces over this database ----------------------------------------

    def profiles(self) -> DatabaseProfiles:
        """The desktop's connections-file interface over this database."""
        return DatabaseProfiles(self)

    def secrets(self) -> DatabaseSecrets:
        """The desktop's secret-store interface over this database."""
        return DatabaseSecrets(self)

    def refresh_lock(self, user: str) -> contextlib.AbstractContextManager[object]:
        """The lock ``user``'s connection refreshes under, across worker processes."""
        if self.on_postgresql:
            return AdvisoryLock(self.engine, user)
        database = self.engine.url.database
        if not database or database == ":memory:":
            raise ValueError("an in-memory SQLite store cannot be shared between processes")
        return FileRefreshLock(file_lock_path(Path(database), user))

    # --- for the firm's server code ------------------------------------------------------

    def connection(self, user: str) -> SavedConnection:
        """``user``'s connection, as the desktop's scripts open a saved one.

        Raises:
            NotConnectedError: no connection, or the organization is not chosen yet.
        """
        profile = self.profile(user)
        if profile is None or not profile.organization_id:
            raise NotConnectedError(user)
        return self._saved(profile)

    def _saved(self, profile: Profile) -> SavedConnection:
        return SavedConnection(
            profile,
            self.secrets(),
            self.profiles(),
            session=self.session,
            clock=self.clock,
            endpoints=self.endpoints,
            refresh_lock=self.refresh_lock(profile.name),
        )

    def token(self, user: str) -> str:
        """A valid access token for ``user``'s Zoho Books (refreshed only when it is about
        to expire, once between all workers).

        Raises:
            NotConnectedError, ThrottledError, InvalidCodeError (revoked: connect again),
            WrongKeyError, ZohoWizardError: in plain words, as the desktop's API.
        """
        return self.connection(user).access_token()

    def books_session(self, user: str) -> BooksSession:
        """A ``requests.Session`` for ``user``'s Zoho Books organization (relative URLs,
        the organization and a fresh token added; one refresh and retry on a 401)."""
        return BooksSession(self.connection(user))

    def disconnect(self, user: str) -> DisconnectReport:
        """Revoke ``user``'s key at Zoho, then forget the connection here (also when Zoho
        cannot be reached: the report says so, with how to remove the app by hand)."""
        profile = self.profile(user)
        if profile is None:
            self.forget(user)
            raise errors.ConnectionNotFoundError(user)
        connection = self._saved(profile)
        report = connection.disconnect(remove_if_unreachable=True)
        self.forget(user)
        return report


class DatabaseProfiles(ProfileStore):
    """:class:`~zoho_wizard.core.store.ProfileStore` over a :class:`ConnectionStore`, so
    the desktop's after-sign-in path and refresh rules run unchanged on the website."""

    def __init__(self, store: ConnectionStore) -> None:
        super().__init__(Path(os.devnull))  # no file: every method below uses the database
        self.store = store

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Each write is one database transaction: nothing more to hold."""
        yield

    def load(self) -> LoadResult:
        """Every connection (the portal's users)."""
        result = LoadResult()
        for user in self.store.users():
            profile = self.store.profile(user)
            if profile is not None:
                result.profiles[user] = profile
        return result

    def get(self, name: str) -> Profile:
        """One connection by portal user.

        Raises:
            ConnectionNotFoundError: none.
        """
        profile = self.store.profile(name)
        if profile is None:
            raise errors.ConnectionNotFoundError(name)
        return profile

    def save(self, profile: Profile) -> None:
        """Add or replace one connection's settings."""
        self.store.save_profile(profile)

    def delete(self, name: str) -> bool:
        """Remove one connection's settings (its secrets are removed separately)."""
        existed = self.store.profile(name) is not None
        self.store.clear_profile(name)
        return existed


class DatabaseSecrets:
    """:class:`~zoho_wizard.core.store.SecretStore` over a :class:`ConnectionStore`."""

    def __init__(self, store: ConnectionStore) -> None:
        self.store = store

    def get(self, connection: str, kind: str) -> str | None:
        """One secret, opened (None for a kind a website never keeps)."""
        if kind not in STORED_KINDS:
            return None
        return self.store.secret(connection, kind)

    def set(self, connection: str, kind: str, value: str) -> None:
        """Seal and write one secret."""
        self.store.set_secrets(connection, {kind: value})

    def set_many(self, connection: str, values: dict[str, str], written: list[str]) -> None:
        """Seal and write several secrets in one transaction."""
        self.store.set_secrets(connection, dict(values))
        written.extend(values)

    def delete(self, connection: str, kind: str) -> bool:
        """Remove one secret; False when there was none (or it is a kind a website never
        keeps: the desktop's removal goes through every kind it knows)."""
        if kind not in STORED_KINDS:
            return False
        row = self.store.raw_row(connection)
        had = row is not None and row[kind] is not None  # no need to open it
        if had:
            self.store.set_secrets(connection, {kind: None})
        return had

    def describe(self, connection: str) -> str:
        """Where the secrets are."""
        return "the website's database, encrypted with the site's key"


def _check_kind(kind: str) -> None:
    if kind not in STORED_KINDS:
        raise ValueError(f"unknown secret kind {kind!r}")


def _organization_json(org: Organization) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(org)


def _database_error() -> type[Exception]:
    from sqlalchemy.exc import DatabaseError

    return DatabaseError


def _integrity_error() -> type[Exception]:
    from sqlalchemy.exc import IntegrityError

    return IntegrityError


def _engine_options(url: str) -> dict[str, Any]:
    if url.startswith("sqlite"):
        # Several worker processes share the file: wait for each other's writes.
        return {"connect_args": {"timeout": 30}}
    return {"pool_pre_ping": True}
