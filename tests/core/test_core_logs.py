"""Logging: the redacting filter, the log folder, and a whole connection logged at DEBUG
(with urllib3's request lines) that must leave no secret in any file."""

from __future__ import annotations

import base64
import logging
import os
import re
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
import requests
from reliability_counts import leak_scan

from zoho_wizard.core import logs
from zoho_wizard.core.authorize import begin_authorization, complete_authorization, parse_callback
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connect import ConnectionDetails, Connector
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.endpoints import custom_endpoints
from zoho_wizard.core.health import check
from zoho_wizard.core.logs import (
    REDACTED,
    RedactingFilter,
    RotatingFileHandler,
    encoded_forms,
    register_secrets,
    setup_logging,
)
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore, config_dir
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser

TOKEN = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210"
DEVICE = "1004.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210"


@pytest.fixture
def redactor() -> RedactingFilter:
    return RedactingFilter()


def record(message: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord("t", logging.INFO, __file__, 1, message, args or None, exc_info)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo setup_logging: remove and close our handler, put the levels back."""
    root = logging.getLogger()
    level = root.level
    urllib3_level = logging.getLogger("urllib3").level
    yield
    for handler in [h for h in root.handlers if getattr(h, "_zoho_wizard", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(urllib3_level)


# --- RedactingFilter ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"bare token {TOKEN} in a sentence",
        f"device token {DEVICE}",
        f"GET /callback?state=abc&code={TOKEN}&location=eu",
        "code=1000.short.value",
        "client_secret=practice0secret0000 grant_type=refresh_token",
        "refresh_token=opaque-value-123&client_id=x",
        "access_token: opaque-value-123",
        "code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
        "{'client_secret': 'opaque-value-123', 'x': 1}",
        '{"refresh_token": "opaque-value-123", "api_domain": "https://www.zohoapis.eu"}',
        "password=opaque-value-123",
        "Authorization: Zoho-oauthtoken opaque-value-123",
        "headers={'Authorization': 'Bearer opaque-value-123'}",
        "Authorization: Basic b3BhcXVlLXZhbHVlLTEyMw==",
        "TOKEN=opaque-value-123",
    ],
)
def test_secrets_are_redacted(redactor: RedactingFilter, text: str) -> None:
    out = redactor.redact(text)
    assert REDACTED in out
    for secret in (
        TOKEN,
        DEVICE,
        "opaque-value-123",
        "practice0secret0000",
        "dBjftJeZ4CVP",
        "b3BhcXVlLXZhbHVlLTEyMw",
        "1000.short.value",
    ):
        assert secret not in out


def test_harmless_text_is_left_alone(redactor: RedactingFilter) -> None:
    text = 'POST /oauth/v2/token HTTP/1.1" 200 312 (organization_id=10234695, location=eu)'
    assert redactor.redact(text) == text


def test_the_filter_formats_args_first_and_redacts_the_result(
    redactor: RedactingFilter,
) -> None:
    rec = record("refreshing with %s for %s", TOKEN, "Acme")
    assert redactor.filter(rec) is True
    assert rec.getMessage() == f"refreshing with {REDACTED} for Acme"
    assert rec.args is None


def test_tracebacks_are_redacted_and_folded_into_the_message(redactor: RedactingFilter) -> None:
    try:
        raise ValueError(f"bad answer {TOKEN} for client_secret=hunter2hunter2")
    except ValueError as exc:
        rec = record("it failed", exc=exc)
    redactor.filter(rec)
    assert rec.exc_info is None and rec.exc_text is None
    message = rec.getMessage()
    assert "Traceback" in message and "ValueError" in message
    assert TOKEN not in message and "hunter2hunter2" not in message
    assert logging.Formatter().format(rec).count("Traceback") == 1


def test_add_secret_redacts_the_exact_value_anywhere(redactor: RedactingFilter) -> None:
    redactor.add_secret("my typed secret!")
    redactor.add_secret("short")  # too short to be a secret: ignored
    out = redactor.redact("user typed my typed secret! and short")
    assert out == f"user typed {REDACTED} and short"
    redactor.add_secret("Longer secret with my typed secret! inside")
    assert redactor.redact("x Longer secret with my typed secret! inside y") == (f"x {REDACTED} y")


# --- setup_logging ------------------------------------------------------------------------


@pytest.mark.usefixtures("restore_logging")
def test_setup_logging_writes_redacted_lines_to_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "logs" / "deeper"
    path = setup_logging(folder)
    assert path == folder / "zoho-wizard.log"
    assert logging.getLogger().level == logging.INFO
    log = logging.getLogger("zoho_wizard.test")
    log.info("token %s issued", TOKEN)
    log.debug("not at INFO level")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert f"INFO zoho_wizard.test: token {REDACTED} issued" in text
    assert TOKEN not in text
    assert "not at INFO level" not in text


@pytest.mark.usefixtures("restore_logging")
def test_setup_logging_again_replaces_its_handler(tmp_path: Path) -> None:
    setup_logging(tmp_path / "a")
    second = setup_logging(tmp_path / "b", debug=True)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_zoho_wizard", False)]
    assert len(ours) == 1
    assert isinstance(ours[0], RotatingFileHandler)
    assert Path(ours[0].baseFilename) == second
    assert logging.getLogger().level == logging.DEBUG


def test_the_log_file_is_rotated_keeping_three_old_ones(tmp_path: Path) -> None:
    path = tmp_path / "zoho-wizard.log"
    handler = RotatingFileHandler(path, max_bytes=100, backup_count=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for n in range(12):  # 40 characters a line: two fit in 100 bytes
            record = logging.LogRecord("t", logging.INFO, __file__, 1, f"{n:02d}" * 19, None, None)
            handler.handle(record)
    finally:
        handler.close()
    assert path.read_text(encoding="utf-8") == "10" * 19 + "\n" + "11" * 19 + "\n"
    assert (tmp_path / "zoho-wizard.log.1").read_text(encoding="utf-8").startswith("08")
    assert (tmp_path / "zoho-wizard.log.3").read_text(encoding="utf-8").startswith("04")
    assert not (tmp_path / "zoho-wizard.log.4").exists()
    # The same files as the standard library's handler would leave (and the lock the
    # processes sharing the file rotate under).
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "zoho-wizard.log",
        "zoho-wizard.log.1",
        "zoho-wizard.log.2",
        "zoho-wizard.log.3",
        "zoho-wizard.log.lock",
    ]


# --- a whole connection at DEBUG leaves no secret behind ------------------------------------


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


@pytest.mark.usefixtures("restore_logging")
def test_a_whole_connection_logged_at_debug_leaks_no_secret(
    tmp_path: Path, config_path: Path
) -> None:
    log_path = setup_logging(tmp_path / "logs", debug=True)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    log = logging.getLogger("zoho_wizard.test")
    name = "Acme Ltd"
    profiles = ProfileStore(config_path)
    with Sandbox() as sb, requests.Session() as session:
        endpoints = custom_endpoints(sb.accounts_url("us"), practice=True, session=session)
        details = ConnectionDetails(
            name,
            PRACTICE_CLIENT_ID,
            PRACTICE_CLIENT_SECRET,
            "us",
            ("ZohoBooks.settings.READ", "AaaServer.profile.Read"),
            PRACTICE_REDIRECT_URI,
            use_pkce=True,
        )
        request = begin_authorization(
            accounts_url=endpoints.accounts_url("us"),
            client_id=details.client_id,
            redirect_uri=details.redirect_uri,
            scopes=details.scopes,
            use_pkce=True,
        )
        with Browser(sb) as browser:
            callback_url = browser.authorize_url(
                request.url, email="eu.practice@example.com", password=PRACTICE_PASSWORD
            )
        # What a careless library might log: the callback, the verifier, a token body.
        log.debug("callback %s body code_verifier=%s", callback_url, request.code_verifier)
        verified = complete_authorization(
            request,
            parse_callback(callback_url),
            allowed_accounts_servers=endpoints.allowed_accounts_servers(),
        )
        connector = Connector(endpoints, profiles, KeyringSecretStore(), session=session)
        tokens = connector.exchange(details, request, verified, deadline=time.time() + 60)
        log.debug("token answer %r", tokens.__dict__)
        # ... and the same secrets encoded: inside another URL, in a base64url blob.
        log.debug("wrapped %s", quote(callback_url, safe=""))
        assert tokens.refresh_token is not None
        blob = f"grant=refresh&refresh={tokens.refresh_token}&secret={PRACTICE_CLIENT_SECRET}"
        log.debug("blob %s", base64.urlsafe_b64encode(blob.encode()).decode())
        profile = connector.store(details, verified, tokens)
        orgs = connector.organizations(profile, tokens)
        connector.choose_organization(profile, orgs[0], connector.user_email(profile, tokens))
        conn = SavedConnection.open(
            name, profiles=profiles, secrets=KeyringSecretStore(), session=session
        )
        conn.refresh_now()
        sb.faults.add("organizations", "books401")
        with BooksSession(conn) as books:
            books.get("organizations")
            sent = sb.requests_for("organizations")[-1].headers
            log.debug("sent headers %s", dict(sent))
        check(conn)
        try:
            raise RuntimeError(f"failure while holding {conn.access_token()}")
        except RuntimeError:
            log.exception("unexpected problem")
        report = conn.disconnect()
        assert report.revoked_at_zoho
        issued = sb.issued_secrets()

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "/oauth/v2/token" in text  # urllib3's request lines are in the log
    assert "Traceback" in text
    assert len(issued) >= 5  # codes, access tokens, refresh tokens
    secrets = {*issued, PRACTICE_CLIENT_SECRET}
    assert request.code_verifier is not None
    secrets.add(request.code_verifier)
    scanned = files_under(tmp_path, config_dir())
    assert log_path in scanned and config_path in scanned
    # Each secret as it is, percent-encoded and base64-encoded (issue 14).
    forms = {form: secret for secret in secrets for form in encoded_forms(secret)}
    hits = []
    for path in scanned:
        content = path.read_bytes().decode("utf-8", "replace")
        hits += [f"{path}: {forms[f][:12]}… as {f[:12]}…" for f in forms if f in content]
    leak_scan(len(hits))
    assert hits == []


# --- issue 14: private files, redaction for every handler, encoded forms -------------------


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: the folder's ACL)")
@pytest.mark.usefixtures("restore_logging")
def test_the_log_folder_and_files_are_private(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        folder = tmp_path / "logs"
        folder.mkdir(mode=0o755)
        os.chmod(folder, 0o755)  # what an older version left
        old = folder / "zoho-wizard.log.1"
        old.write_text("an old line\n", encoding="utf-8")
        os.chmod(old, 0o644)
        path = setup_logging(folder)
        logging.getLogger("zoho_wizard.test").info("a line")
        assert mode_of(folder) == 0o700
        assert mode_of(path) == 0o600
        assert mode_of(old) == 0o600
        fresh = setup_logging(tmp_path / "new" / "logs")
        assert mode_of(fresh.parent) == 0o700 and mode_of(fresh) == 0o600
        # A rotation makes a new file: private too.
        [handler] = [h for h in logging.getLogger().handlers if getattr(h, "_zoho_wizard", 0)]
        assert isinstance(handler, RotatingFileHandler)
        handler._rotate()
        assert mode_of(fresh) == 0o600
        assert mode_of(fresh.with_name("zoho-wizard.log.1")) == 0o600
    finally:
        os.umask(old_umask)


class Collect(logging.Handler):
    """A script's own handler: keeps what it is given."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(logging.Formatter("%(name)s %(message)s").format(record))


@pytest.fixture
def script_handler() -> Iterator[Collect]:
    root = logging.getLogger()
    level = root.level
    handler = Collect()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(level)


def test_a_scripts_own_handler_on_the_root_logger_sees_redacted_records(
    script_handler: Collect,
) -> None:
    secret = "script-visible-secret-4711"
    register_secrets(secret)  # what a connection does with its keys, without setup_logging
    for name in ("zoho_wizard.core.connection", "urllib3.connectionpool", "the_script"):
        logging.getLogger(name).debug("calling with %s and code=%s", secret, "opaque-code-99")
    try:
        raise RuntimeError(f"failed holding {TOKEN}")
    except RuntimeError:
        logging.getLogger("the_script").exception("unexpected")
    text = "\n".join(script_handler.lines)
    assert len(script_handler.lines) == 4
    assert secret not in text and "opaque-code-99" not in text and TOKEN not in text
    assert text.count(REDACTED) == 7
    assert "Traceback" in text  # folded into the message, redacted


def test_the_redaction_keeps_a_record_factory_installed_before_it(
    script_handler: Collect,
) -> None:
    before = logging.getLogRecordFactory()
    seen: list[str] = []

    def theirs(*args: object, **kwargs: object) -> logging.LogRecord:
        record = before(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(record.name)
        return record

    logging.setLogRecordFactory(theirs)
    try:
        register_secrets("another-secret-0815")
        logging.getLogger("the_script").info("x another-secret-0815")
        assert seen == ["the_script"]
        assert script_handler.lines[-1] == f"the_script x {REDACTED}"
        logs.install_redaction()  # again: not wrapped twice
        assert logging.getLogRecordFactory() is logs._installed
    finally:
        logging.setLogRecordFactory(before)
        logs._installed = None


SECRET = "fake client/secret+0123456789=?&é"


@pytest.mark.parametrize(
    "shown",
    [
        quote(SECRET, safe=""),
        re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(SECRET, safe="")),
        quote_plus(SECRET),
        base64.b64encode(SECRET.encode()).decode(),
        base64.urlsafe_b64encode(SECRET.encode()).decode().rstrip("="),
        # Inside a longer blob, at each of base64's three alignments.
        base64.urlsafe_b64encode(b"x=" + SECRET.encode() + b"&y").decode(),
        base64.urlsafe_b64encode(b"xy=" + SECRET.encode()).decode(),
        base64.b64encode(b"client:" + SECRET.encode()).decode(),
    ],
)
def test_registered_secrets_are_redacted_when_encoded(
    redactor: RedactingFilter, shown: str
) -> None:
    redactor.add_secret(SECRET)
    out = redactor.redact(f"sent {shown} to the server")
    assert REDACTED in out
    assert shown not in out


def test_encoded_keys_in_urls_are_redacted(redactor: RedactingFilter) -> None:
    wrapped = "next=https%3A%2F%2Fx%2Fcb%3Fstate%3Dopaque-state-1%26code%3Dopaque-code-2"
    out = redactor.redact(wrapped)
    assert "opaque-state-1" not in out and "opaque-code-2" not in out
