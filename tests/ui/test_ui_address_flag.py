"""The sign-in page flags a page that is not Zoho's, above the page (issue 14, item 3)."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from typing import Any

import pytest
from local_http import serve

from zoho_wizard.ui.browser import flush_deletions
from zoho_wizard.ui.pages.consent import ConsentPage


class _Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<!doctype html><html><body><p>Sign in</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def page(qtbot: Any) -> Iterator[ConsentPage]:
    widget = ConsentPage()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.browser.dispose(spare=True)
    flush_deletions()
    flush_deletions()


def test_a_page_outside_zoho_is_flagged_above_it(qtbot: Any, page: ConsentPage) -> None:
    assert not page.not_zoho.isVisible()
    with serve(_Site) as url:
        with qtbot.waitSignal(page.browser.loadSucceeded, timeout=15000):
            page.browser.open(f"{url}/signin", "http://127.0.0.1:1/callback")
        qtbot.waitUntil(page.not_zoho.isVisible, timeout=5000)
    assert page.not_zoho.title.text() == (
        "This page is not Zoho's: 127.0.0.1. Don't enter your Zoho password here."
    )
    assert "Not encrypted: 127.0.0.1" in page.address.text()
