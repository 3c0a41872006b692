"""The embedded browser: certificate errors are refused (no click-through) except for the
practice sandbox on this computer, pop-ups stay inside the wizard, and every attempt has a
fresh private profile that forgets its cookies."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from local_http import serve
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tls_helpers import https_server

from zoho_wizard.ui.browser import BrowserPane, flush_deletions

REDIRECT = "http://127.0.0.1:47214/callback"

PAGE = b"""<!doctype html><html><body>
<p id="text">secret-looking page content</p>
<button id="popup" onclick="window.open('/second', '_blank')">Open</button>
<a id="blank" href="/second" target="_blank">Link</a>
</body></html>"""
SECOND = b"<!doctype html><html><body><p id='text'>second page</p></body></html>"


class _Site(http.server.BaseHTTPRequestHandler):
    cookies_seen: list[str] = []  # noqa: RUF012 - reset per test by the fixture

    def do_GET(self) -> None:
        # The pages' own requests only: a page being torn down may still ask for its
        # favicon, with its own profile's cookie, after the next attempt's page loaded.
        if not self.path.startswith("/favicon"):
            type(self).cookies_seen.append(self.headers.get("Cookie", ""))
        body = SECOND if self.path.startswith("/second") else PAGE
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if self.path.startswith("/set"):
            self.send_header("Set-Cookie", "zsession=fake-session-cookie; Path=/")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def site() -> Iterator[str]:
    _Site.cookies_seen = []
    with serve(_Site) as url:
        yield url


@pytest.fixture
def pane(qtbot: Any) -> Iterator[BrowserPane]:
    widget = BrowserPane()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    yield widget
    widget.dispose()
    flush_deletions()
    flush_deletions()


def _text(qtbot: Any, pane: BrowserPane) -> str:
    result: list[str] = []
    assert pane.page is not None
    pane.page.runJavaScript(
        "document.getElementById('text') ? document.getElementById('text').innerText : ''",
        0,
        result.append,
    )
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    return result[0]


def click(qtbot: Any, pane: BrowserPane, element: str) -> None:
    """Click the element with the mouse, as a person would (a user gesture)."""
    assert pane.page is not None and pane.view is not None
    pane.show()
    qtbot.waitExposed(pane)
    box: list[str] = []
    pane.page.runJavaScript(
        f"(() => {{ const r = document.getElementById('{element}').getBoundingClientRect();"
        " return (r.left + r.width / 2) + ' ' + (r.top + r.height / 2); })()",
        0,
        box.append,
    )
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    target = pane.view.focusProxy()
    assert target is not None
    x, y = (float(v) for v in box[0].split())
    before = pane.current_url()
    # A view shown for the first time may drop the first input until its renderer has a
    # frame (seen once on a loaded machine): the click is given again if nothing moved.
    for _attempt in range(3):
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
        try:
            qtbot.waitUntil(lambda: pane.current_url() != before, timeout=3000)
            return
        except qtbot.TimeoutError:
            continue


def test_a_bad_certificate_is_refused_with_no_way_to_click_through(
    qtbot: Any, pane: BrowserPane, tmp_path: Path
) -> None:
    with https_server(tmp_path, _Site) as (url, _ca):
        with qtbot.waitSignal(pane.loadFailed, timeout=15000) as failed:
            pane.open(url, REDIRECT, practice=False)
        reason, server_answered = failed.args
        assert server_answered is False  # nothing from that server was shown
        assert reason
        assert "secret-looking" not in _text(qtbot, pane)


def test_the_practice_sandbox_on_this_computer_may_use_its_own_certificate(
    qtbot: Any, pane: BrowserPane, tmp_path: Path
) -> None:
    with https_server(tmp_path, _Site) as (url, _ca):
        with qtbot.waitSignal(pane.loadSucceeded, timeout=15000):
            pane.open(url, REDIRECT, practice=True)
        assert _text(qtbot, pane) == "secret-looking page content"


@pytest.mark.parametrize("element", ["popup", "blank"])
def test_pop_ups_open_inside_the_wizard(
    qtbot: Any, pane: BrowserPane, site: str, element: str
) -> None:
    windows_before = set(QApplication.topLevelWidgets())
    with qtbot.waitSignal(pane.loadSucceeded, timeout=15000):
        pane.open(f"{site}/", REDIRECT)
    assert pane.page is not None
    with qtbot.waitSignal(pane.loadSucceeded, timeout=15000):
        click(qtbot, pane, element)  # a person's click: scripts may not open windows
    assert pane.current_url().path() == "/second"
    assert _text(qtbot, pane) == "second page"
    new_windows = [w for w in QApplication.topLevelWidgets() if w not in windows_before]
    assert [w for w in new_windows if w.isVisible()] == []


def test_every_attempt_starts_with_a_fresh_private_profile(
    qtbot: Any, pane: BrowserPane, site: str
) -> None:
    with qtbot.waitSignal(pane.loadSucceeded, timeout=15000):
        pane.open(f"{site}/set", REDIRECT)
    first = pane.profile
    assert first is not None and first.isOffTheRecord()
    with qtbot.waitSignal(pane.loadSucceeded, timeout=15000):
        pane.load(f"{site}/echo")
    assert _Site.cookies_seen[-1] == "zsession=fake-session-cookie"  # the control

    with qtbot.waitSignal(pane.loadSucceeded, timeout=15000):
        pane.open(f"{site}/echo", REDIRECT)  # the next attempt
    assert pane.profile is not None and pane.profile is not first
    assert pane.profile.isOffTheRecord()
    assert _Site.cookies_seen[-1] == ""  # the earlier session is gone


def test_nothing_of_the_browser_is_written_to_disk(
    qtbot: Any, pane: BrowserPane, site: str, tmp_path: Path
) -> None:
    with qtbot.waitSignal(pane.loadSucceeded, timeout=15000):
        pane.open(f"{site}/set", REDIRECT)
    assert pane.profile is not None
    storage = Path(pane.profile.persistentStoragePath())
    pane.dispose()
    flush_deletions()
    flush_deletions()
    assert not (storage / "Cookies").exists()
    assert not any(storage.rglob("Cookies")) if storage.exists() else True
