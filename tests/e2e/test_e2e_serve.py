"""``zoho-wizard serve``: the spreadsheet feed, over real HTTP, against the sandbox.

A real HTTP client (requests) talks to the feed (core.feed.server.FeedServer on an
OS-chosen port), which talks real HTTP to the sandbox's Books. Books' calls a minute are
held with an injected clock, so nothing waits a minute. The last tests run the real
command (``zoho-wizard --demo serve``) in a child process, and open a CSV in LibreOffice.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from e2e_helpers import FakeClock, connect, practice_endpoints

from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.feed import keys
from zoho_wizard.core.feed.limits import DailyUsage, RateLimiter
from zoho_wizard.core.feed.server import FeedServer, feed_answers
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import Sandbox
from zoho_wizard.sandbox.books_data import INVOICE_COUNT

FEED_SCOPES = (
    "ZohoBooks.settings.READ",
    "ZohoBooks.invoices.READ",
    "ZohoBooks.contacts.READ",
    "AaaServer.profile.Read",
)


class SteppingClock:
    """A monotonic clock that moves only when the rate limiter sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@dataclass
class Feed:
    server: FeedServer
    base: str
    key: str
    limiter_clock: SteppingClock
    usage: DailyUsage


def start_feed(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    tmp_path: Path,
    *,
    per_minute: int = 100,
    max_wait: float = 45.0,
) -> Feed:
    endpoints = practice_endpoints(sandbox, session)
    stepping = SteppingClock()
    usage = DailyUsage(tmp_path / "feed-usage.json", today=lambda: "2026-12-02")
    server = FeedServer(
        lambda: [SavedConnection.open("Acme Ltd", profiles=profiles, endpoints=endpoints)],
        port=0,
        limiter=RateLimiter(per_minute, max_wait=max_wait, clock=stepping, sleep=stepping.sleep),
        usage=usage,
    )
    (entry,) = server.prepare()
    server.start()
    return Feed(server, keys.base_address(server.port, entry.key), entry.key, stepping, usage)


@pytest.fixture
def feed(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    tmp_path: Path,
) -> Iterator[Feed]:
    connect(sandbox, profiles, session=session, clock=clock, scopes=FEED_SCOPES)
    started = start_feed(sandbox, profiles, session, tmp_path)
    yield started
    started.server.close()


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """The spreadsheet's side: a plain HTTP client (never a proxy for 127.0.0.1)."""
    with requests.Session() as client:
        client.trust_env = False
        yield client


def books_lists(sandbox: Sandbox) -> list[dict[str, str]]:
    return [r.query for r in sandbox.requests_for("books_list")]


def test_get_is_forwarded_with_the_token_and_the_connections_organization(
    feed: Feed, sandbox: Sandbox, http: requests.Session
) -> None:
    sandbox.clear_requests()
    # The person's own organization_id is replaced: an address reaches its organization only.
    answer = http.get(f"{feed.base}books/invoices?status=unpaid&organization_id=20345786")
    assert answer.status_code == 200
    assert answer.json()["code"] == 0
    assert {row["status"] for row in answer.json()["invoices"]} <= {
        "sent",
        "overdue",
        "partially_paid",
    }
    (call,) = sandbox.requests_for("books_list")
    assert call.query["organization_id"] == "10234695"
    assert call.query["status"] == "unpaid"
    scheme, token = call.headers["Authorization"].split(" ", 1)
    assert scheme == "Zoho-oauthtoken" and token.startswith("1000.")
    organization = http.get(f"{feed.base}books/organizations/10234695")
    assert organization.json()["organization"]["name"] == "Zillum Bookkeeping (practice)"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_every_other_method_is_refused(
    feed: Feed, sandbox: Sandbox, http: requests.Session, method: str
) -> None:
    sandbox.clear_requests()
    answer = http.request(method, f"{feed.base}books/invoices", json={"customer_id": "1"})
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "GET, HEAD"
    assert sandbox.requests_for("books_list") == []
    assert http.get(f"{feed.base}books/invoices").status_code == 200  # still serving


def test_head_answers_without_a_body(feed: Feed, http: requests.Session) -> None:
    answer = http.head(f"{feed.base}books/contacts.csv")
    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("text/csv")
    assert answer.content == b""


def test_a_wrong_key_is_a_404_that_names_nothing(feed: Feed, http: requests.Session) -> None:
    port = feed.server.port
    wrong = keys.base_address(port, "A" * 32)
    answers = [
        http.get(f"{wrong}books/invoices.csv"),
        http.get(f"http://127.0.0.1:{port}/"),
        http.get(f"http://127.0.0.1:{port}/{feed.key[:-1]}/books/invoices"),
        http.get(f"http://127.0.0.1:{port}/books/invoices"),
        # A web page that reaches 127.0.0.1 under its own name (DNS rebinding).
        http.get(f"{feed.base}books/invoices", headers={"Host": f"evil.example:{port}"}),
    ]
    assert {a.status_code for a in answers} == {404}
    assert len({a.content for a in answers}) == 1  # the same page, whatever was wrong
    assert b"Acme" not in answers[0].content and b"Zillum" not in answers[0].content
    assert http.get(feed.base).status_code == 200


def test_new_address_and_disconnect_end_the_old_address(
    feed: Feed, sandbox: Sandbox, profiles: ProfileStore, http: requests.Session
) -> None:
    secrets = KeyringSecretStore()
    new_key = keys.new_feed_key(secrets, "Acme Ltd")
    assert http.get(feed.base).status_code == 404
    new_base = keys.base_address(feed.server.port, new_key)
    feed.server.reload_every = 0.0  # (the feed looks again at once when a key is unknown)
    assert http.get(new_base).status_code == 200
    conn = SavedConnection.open(
        "Acme Ltd", profiles=profiles, endpoints=practice_endpoints(sandbox, http)
    )
    report = conn.disconnect()
    assert "feed_key" in report.removed_secrets
    assert (
        "Removed from the password store: client secret, refresh token, access token, "
        "spreadsheet address." in report.lines()
    )
    assert secrets.get("Acme Ltd", "feed_key") is None
    assert http.get(new_base).status_code == 404


def test_csv_follows_every_page_in_utf8_with_a_bom(
    feed: Feed, sandbox: Sandbox, http: requests.Session
) -> None:
    sandbox.clear_requests()
    answer = http.get(f"{feed.base}books/invoices.csv")
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert answer.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert len(rows) == INVOICE_COUNT > 200
    assert [(q["page"], q["per_page"]) for q in books_lists(sandbox)] == [
        ("1", "200"),
        ("2", "200"),
    ]
    assert rows[0]["customer_name"] == "Café Müller GmbH"
    assert rows[1]["customer_name"] == "Łódź Sp. z o.o."
    assert rows[0]["is_emailed"] == "TRUE"
    assert rows[0]["custom_fields"] == '[{"label":"Region","value":"Nord"}]'
    assert len({r["invoice_id"] for r in rows}) == INVOICE_COUNT  # no page twice
    # Nested objects become columns of their own.
    contacts = http.get(f"{feed.base}books/contacts.csv").content.decode("utf-8-sig")
    assert "billing_address.city" in next(csv.reader(io.StringIO(contacts)))


def test_csv_passes_filters_on_and_a_named_page_is_that_page_only(
    feed: Feed, sandbox: Sandbox, http: requests.Session
) -> None:
    sandbox.clear_requests()
    unpaid = http.get(f"{feed.base}books/invoices.csv?status=unpaid").content.decode("utf-8-sig")
    statuses = {r["status"] for r in csv.DictReader(io.StringIO(unpaid))}
    assert statuses == {"sent", "overdue", "partially_paid"}
    sandbox.clear_requests()
    second = http.get(f"{feed.base}books/invoices.csv?page=2").content.decode("utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(second)))) == INVOICE_COUNT - 200
    assert [q["page"] for q in books_lists(sandbox)] == ["2"]


def test_a_list_the_connection_may_not_read_says_so_in_words(
    feed: Feed, http: requests.Session
) -> None:
    answer = http.get(f"{feed.base}books/bills.csv")
    assert answer.status_code == 502  # not 401/403: Excel would ask for a password
    assert "bills" in answer.text.lower() or "access" in answer.text.lower()


def test_the_rate_limit_is_held_by_waiting_for_a_slot(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    tmp_path: Path,
    http: requests.Session,
) -> None:
    connect(sandbox, profiles, session=session, clock=clock, scopes=FEED_SCOPES)
    feed = start_feed(sandbox, profiles, session, tmp_path, per_minute=3, max_wait=90.0)
    try:
        sandbox.clear_requests()
        for _ in range(4):
            assert http.get(f"{feed.base}books/contacts").status_code == 200
        # Three calls in the first minute; the fourth waited for the minute to pass.
        assert feed.limiter_clock.slept == [60.0]
        # A CSV of two pages: both in the second minute, with the fourth call.
        assert http.get(f"{feed.base}books/invoices.csv").status_code == 200
        assert feed.limiter_clock.slept == [60.0]
        # The seventh call would be the fourth in that minute: it waits for the next.
        assert http.get(f"{feed.base}books/contacts").status_code == 200
        assert feed.limiter_clock.slept == [60.0, 60.0]
        assert len(sandbox.requests_for("books_list")) == 7
        assert feed.usage.calls_today("10234695") == 7
        assert "<b>7</b>" in http.get(feed.base).text  # the start page shows the day's calls
    finally:
        feed.server.close()


def test_past_the_longest_wait_the_answer_is_429_with_retry_after(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    tmp_path: Path,
    http: requests.Session,
) -> None:
    connect(sandbox, profiles, session=session, clock=clock, scopes=FEED_SCOPES)
    feed = start_feed(sandbox, profiles, session, tmp_path, per_minute=2, max_wait=10.0)
    try:
        sandbox.clear_requests()
        assert http.get(f"{feed.base}books/contacts.csv").status_code == 200
        assert http.get(f"{feed.base}books/contacts").status_code == 200
        refused = http.get(f"{feed.base}books/contacts.csv")
        assert refused.status_code == 429
        assert refused.headers["Retry-After"] == "60"
        assert "Refresh again in 60 seconds" in refused.text
        assert len(sandbox.requests_for("books_list")) == 2  # Books was not asked a third time
        assert feed.limiter_clock.slept == []
    finally:
        feed.server.close()


def test_the_days_calls_survive_a_restart(
    feed: Feed,
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    tmp_path: Path,
    http: requests.Session,
) -> None:
    http.get(f"{feed.base}books/invoices.csv")
    feed.server.close()
    again = start_feed(sandbox, profiles, session, tmp_path)
    try:
        assert again.key == feed.key  # the same address after a restart
        assert again.usage.calls_today("10234695") == 2
        assert feed_answers(again.server.port, again.key)
        assert not feed_answers(again.server.port, "B" * 32)
    finally:
        again.server.close()


# --- a spreadsheet opens it -------------------------------------------------------------------

_NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def read_flat_ods(path: Path) -> list[list[tuple[str, str]]]:
    """The first sheet of a flat ODS file: per row, each cell's (value type, value)."""
    sheet = ET.parse(path).getroot().find(".//table:table", _NS)
    assert sheet is not None
    rows = []
    for row in sheet.iter(_q("table", "table-row")):
        cells: list[tuple[str, str]] = []
        for cell in row.iter(_q("table", "table-cell")):
            kind = cell.get(_q("office", "value-type"), "")
            text = "".join(p.text or "" for p in cell.iter(_q("text", "p")))
            value = (
                cell.get(_q("office", "value")) or cell.get(_q("office", "boolean-value")) or text
            )
            repeat = int(cell.get(_q("table", "number-columns-repeated"), "1"))
            cells.extend([(kind, value)] * (repeat if kind else 1))
        while cells and cells[-1] == ("", ""):
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def test_libreoffice_opens_the_csv_with_accents_numbers_and_true_false(
    feed: Feed, http: requests.Session, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide LibreOffice Calc (scripts/setup.sh --test installs it)")
        pytest.skip("LibreOffice is not installed here")
    source = tmp_path / "invoices.csv"
    source.write_bytes(http.get(f"{feed.base}books/invoices.csv").content)
    # Comma-separated, "-quoted, UTF-8 (what LibreOffice's import picks for a file with
    # a byte-order mark), first line as is.
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "fods",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheet = read_flat_ods(tmp_path / "invoices.fods")
    header = [value for _kind, value in sheet[0]]
    assert header[0] == "invoice_id"  # the byte-order mark is not part of the first name
    assert len(sheet) == 1 + INVOICE_COUNT
    first = dict(zip(header, sheet[1], strict=False))
    assert first["customer_name"] == ("string", "Café Müller GmbH")
    assert first["total"] == ("float", "120")
    assert first["is_emailed"] == ("boolean", "true")
    assert first["custom_fields"] == ("string", '[{"label":"Region","value":"Nord"}]')
    second = dict(zip(header, sheet[2], strict=False))
    assert second["customer_name"] == ("string", "Łódź Sp. z o.o.")


# --- the real command -------------------------------------------------------------------------


@pytest.mark.secret_service
def test_zoho_wizard_demo_serve_prints_addresses_serves_and_stops_on_ctrl_c(
    shared_env: dict[str, str], http: requests.Session
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "zoho_wizard", "--demo", "serve", "--port", "0"],
        env=shared_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert child.stdout is not None
        lines = []
        for line in child.stdout:
            lines.append(line)
            if line.startswith("Zoho Books allows"):
                break
        start = next(line for line in lines if "Start page" in line).split()[-1]
        invoices = next(line for line in lines if "Invoices:" in line).split()[-1]
        assert start.startswith("http://127.0.0.1:") and invoices == f"{start}books/invoices.csv"
        table = http.get(invoices)
        assert table.status_code == 200
        assert len(table.content.decode("utf-8-sig").splitlines()) == 1 + INVOICE_COUNT
        assert http.post(invoices).status_code == 405
        child.send_signal(signal.SIGINT)
        out, _err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0
    assert "invoices.csv (2 calls to Zoho Books; today 2)" in out
    assert "The feed stopped." in out


@pytest.mark.secret_service
def test_a_busy_port_is_a_plain_message_naming_the_fix(shared_env: dict[str, str]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "zoho_wizard", "--demo", "serve", "--port", str(port)],
            env=shared_env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert f"using port {port}" in result.stderr
    assert "--port" in result.stderr
    assert "Traceback" not in result.stderr


def _serve_until_addresses(
    env: dict[str, str], *args: str
) -> tuple[subprocess.Popen[str], list[str]]:
    """Start ``zoho-wizard serve ARGS`` and read its output up to the daily-limit line."""
    child = subprocess.Popen(
        [sys.executable, "-m", "zoho_wizard", "serve", "--port", "0", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line)
        if line.startswith("Zoho Books allows"):
            break
    return child, lines


@pytest.mark.secret_service
def test_serve_names_a_saved_connection_and_new_address_replaces_its_key(
    sandbox: Sandbox,
    session: requests.Session,
    shared_env: dict[str, str],
    unique_name: str,
    http: requests.Session,
) -> None:
    connect(sandbox, ProfileStore(), name=unique_name, session=session, scopes=FEED_SCOPES)
    secrets = KeyringSecretStore()
    old_key = keys.feed_key(secrets, unique_name)
    missing = subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "serve", "No such connection"],
        env=shared_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 3 and "No such connection" in missing.stderr
    child, lines = _serve_until_addresses(shared_env, unique_name, "--new-address")
    try:
        start = next(line for line in lines if "Start page" in line).split()[-1]
        new_key = secrets.get(unique_name, "feed_key")
        assert new_key and new_key != old_key and start.endswith(f"/{new_key}/")
        assert old_key not in "".join(lines)
        assert http.get(f"{start}books/invoices.csv").status_code == 200
        assert http.get(start.replace(new_key, old_key)).status_code == 404
    finally:
        child.send_signal(signal.SIGINT)
        child.communicate(timeout=60)
    assert child.returncode == 0
