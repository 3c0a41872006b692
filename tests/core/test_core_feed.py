"""The feed's decisions without a network: CSV shaping, the rate limiter, the day's count,
the lists, the keys and the start-with-the-computer files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from zoho_wizard.core.feed import autostart, keys, lists, table
from zoho_wizard.core.feed.limits import DailyUsage, FeedBusyError, RateLimiter
from zoho_wizard.core.feed.pages import index_page, not_found_page
from zoho_wizard.core.store import MemorySecretStore


def read(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_columns_are_every_field_in_the_order_first_seen() -> None:
    rows = read(table.csv_bytes([{"a": 1, "b": "x"}, {"b": "y", "c": True}]))
    assert list(rows[0]) == ["a", "b", "c"]
    assert rows == [{"a": "1", "b": "x", "c": ""}, {"a": "", "b": "y", "c": "TRUE"}]


def test_csv_flattens_objects_joins_plain_lists_and_keeps_lists_of_objects_as_json() -> None:
    row = {
        "address": {"city": "Köln", "geo": {"lat": 50.9}},
        "tags": ["a", "b"],
        "custom_fields": [{"label": "Region", "value": "Süd"}],
        "empty": {},
        "none": None,
        "paid": False,
    }
    (out,) = read(table.csv_bytes([row]))
    assert out == {
        "address.city": "Köln",
        "address.geo.lat": "50.9",
        "tags": "a; b",
        "custom_fields": '[{"label":"Region","value":"Süd"}]',
        "empty": "{}",
        "none": "",
        "paid": "FALSE",
    }


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("+1 555 0100", "+1 555 0100"),
        ("-12.50", "-12.50"),
        ("Plain text", "Plain text"),
    ],
)
def test_csv_text_a_spreadsheet_would_run_is_shown_instead(text: str, cell: str) -> None:
    (out,) = read(table.csv_bytes([{"name": text}]))
    assert out["name"] == cell


def test_csv_of_no_rows_is_an_empty_file_excel_opens() -> None:
    assert table.csv_bytes([]) == b"\xef\xbb\xbf"


def test_csv_uses_crlf_and_quotes_commas_and_newlines() -> None:
    data = table.csv_bytes([{"note": "a, b\nc"}])
    assert data == b'\xef\xbb\xbfnote\r\n"a, b\nc"\r\n'


class Steps:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_rate_limiter_keeps_each_organization_to_its_calls_per_window() -> None:
    clock = Steps()
    limiter = RateLimiter(2, 60.0, max_wait=120.0, clock=clock, sleep=clock.sleep)
    assert [limiter.acquire("org1") for _ in range(2)] == [0.0, 0.0]
    assert limiter.acquire("org2") == 0.0  # another organization has its own minute
    assert limiter.acquire("org1") == 60.0
    clock.now += 30
    assert limiter.acquire("org1") == 0.0  # 30 s after the third: the second slot freed
    assert limiter.acquire("org1") == 30.0
    assert clock.slept == [60.0, 30.0]


def test_rate_limiter_refuses_rather_than_wait_past_the_longest_wait() -> None:
    clock = Steps()
    limiter = RateLimiter(1, 60.0, max_wait=10.0, clock=clock, sleep=clock.sleep)
    limiter.acquire("org")
    with pytest.raises(FeedBusyError) as refused:
        limiter.acquire("org")
    assert refused.value.retry_after == 60
    assert "60 seconds" in refused.value.fix
    clock.now += 60
    assert limiter.acquire("org") == 0.0  # the refused call took no slot


def test_daily_usage_counts_per_organization_per_day_across_restarts(tmp_path: Path) -> None:
    day = ["2026-12-02"]
    path = tmp_path / "usage.json"
    usage = DailyUsage(path, today=lambda: day[0])
    assert usage.add("1") == 1 and usage.add("1", 2) == 3 and usage.add("2") == 1
    again = DailyUsage(path, today=lambda: day[0])
    assert again.calls_today("1") == 3
    day[0] = "2026-12-03"
    assert again.calls_today("1") == 0
    assert json.loads(path.read_text()) == {"date": "2026-12-02", "calls": {"1": 3, "2": 1}}
    path.write_text("not json")  # damaged: counting starts afresh
    assert DailyUsage(path, today=lambda: day[0]).calls_today("1") == 0


def test_rows_of_reads_the_named_key_or_the_only_list_of_records() -> None:
    assert lists.rows_of({"vendor_credits": [{"a": 1}], "page_context": {}}, "vendorcredits") == [
        {"a": 1}
    ]
    assert lists.rows_of({"code": 0, "currencies": [{"c": "EUR"}]}, "settings/currencies") == [
        {"c": "EUR"}
    ]
    assert lists.rows_of({"code": 0, "invoice": {"a": 1}}, "invoices/1") is None
    assert lists.rows_of({"a": [{"x": 1}], "b": [{"y": 2}]}, "unknown") is None
    assert lists.has_more_pages({"page_context": {"has_more_page": True}})
    assert not lists.has_more_pages({"page_context": {"has_more_page": "true"}})


def test_feed_keys_are_made_once_replaced_on_request_and_compared_whole() -> None:
    store = MemorySecretStore()
    first = keys.feed_key(store, "Acme")
    assert keys.looks_like_key(first)
    assert keys.feed_key(store, "Acme") == first  # stable: saved spreadsheets keep working
    second = keys.new_feed_key(store, "Acme")
    assert second != first and keys.stored_key(store, "Acme") == second
    assert keys.same_key(second, second) and not keys.same_key(second, first)
    assert keys.list_address(47280, second, "invoices") == (
        f"http://127.0.0.1:47280/{second}/books/invoices.csv"
    )
    store.set("Acme", keys.FEED_KEY, "short")  # damaged: treated as none
    assert keys.stored_key(store, "Acme") is None


def test_pages_name_every_list_and_the_404_names_nothing() -> None:
    page = index_page("Acme & Co", "Acme <Ltd>", "http://127.0.0.1:1/k/", 1234)
    assert "Acme &amp; Co (Acme &lt;Ltd&gt;)" in page
    assert "1,234" in page
    for item in lists.FEED_LISTS:
        assert f"http://127.0.0.1:1/k/books/{item.path}.csv" in page
    assert "Acme" not in not_found_page()


def test_start_with_the_computer_files_per_system(tmp_path: Path) -> None:
    command = ["/opt/zoho wizard/zoho-wizard", "serve"]
    linux = autostart.start_with_computer(command, platform="linux", home=tmp_path)
    assert linux.path == tmp_path / ".config/systemd/user/zoho-wizard-feed.service"
    assert "ExecStart='/opt/zoho wizard/zoho-wizard' serve" in linux.content
    assert linux.enable == ("systemctl", "--user", "enable", "zoho-wizard-feed.service")
    assert autostart.write_startup_file(linux).read_text() == linux.content
    windows = autostart.start_with_computer(command, platform="win32", appdata=str(tmp_path))
    assert windows.path.name == "Zoho Books feed.cmd"
    assert 'start "" /b "/opt/zoho wizard/zoho-wizard" "serve"' in windows.content
    assert b"\r\n" in autostart.write_startup_file(windows).read_bytes()
    mac = autostart.start_with_computer(command, platform="darwin", home=tmp_path)
    assert mac.path.name == "com.zoho-wizard.feed.plist"
    assert "<string>/opt/zoho wizard/zoho-wizard</string>" in mac.content


def test_serve_command_runs_the_app_or_the_module() -> None:
    assert autostart.serve_command("/app/zoho-wizard", frozen=True) == [
        "/app/zoho-wizard",
        "serve",
        "--quiet",
    ]
    assert autostart.serve_command("/venv/bin/python", frozen=False)[1:] == [
        "-m",
        "zoho_wizard",
        "serve",
        "--quiet",
    ]


def test_starting_on_a_taken_port_says_so_in_plain_words() -> None:
    import socket

    from zoho_wizard.core.feed.server import FeedPortInUseError
    from zoho_wizard.core.feed.view import start_feed

    launched: list[object] = []
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(FeedPortInUseError) as refused:
            start_feed(
                port, "k" * 32, launch=lambda *a: launched.append(a) or 1, probe=lambda *_: False
            )
    assert f"using port {port}" in refused.value.message
    assert refused.value.fix.startswith("Close the other program")
    assert launched == []  # nothing was started


def test_a_started_feed_is_waited_for_until_it_answers() -> None:
    from zoho_wizard.core.feed.view import start_feed

    answers = iter([False, False, False, True])
    launched: list[tuple[object, ...]] = []
    pid = start_feed(
        0,
        "k" * 32,
        command=["zoho-wizard", "serve", "--quiet"],
        launch=lambda command, port: launched.append((command, port)) or 4242,
        probe=lambda *_: next(answers),
        sleep=lambda _s: None,
    )
    assert pid == 4242
    assert launched == [(["zoho-wizard", "serve", "--quiet"], 0)]
