"""The sign-in browser opens nothing else (issue 14, item 4): links to unknown schemes
never reach the operating system's handlers, scripts open no windows without a click,
dropped files, local files and PDFs are not shown, and permission, download, file-picker
and client-certificate requests are refused without asking."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from typing import Any

import pytest
from local_http import serve
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineSettings
from PySide6.QtWidgets import QApplication
from test_ui_browser_security import click

from zoho_wizard.ui.browser import BrowserPane, flush_deletions
from zoho_wizard.ui.web_page import CatchingPage

REDIRECT = "http://127.0.0.1:47214/callback"
SCHEME = "zohowizardtest"

PAGE = f"""<!doctype html><html><head><title>start</title></head><body>
<a id="scheme" href="{SCHEME}:open-me">Open the app</a>
<a id="download" href="/download">Get the file</a>
<input id="file" type="file">
<p id="text">first</p>
</body></html>""".encode()


class _Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"report,1\n" if self.path == "/download" else PAGE
        self.send_response(200)
        if self.path == "/download":
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Disposition", 'attachment; filename="report.csv"')
        else:
            self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def site() -> Iterator[str]:
    with serve(_Site) as url:
        yield url


@pytest.fixture
def pane(qtbot: Any, site: str) -> Iterator[BrowserPane]:
    widget = BrowserPane()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    with qtbot.waitSignal(widget.loadSucceeded, timeout=15000):
        widget.open(f"{site}/", REDIRECT)
    yield widget
    widget.dispose()
    flush_deletions()
    flush_deletions()


def _page(pane: BrowserPane) -> CatchingPage:
    assert pane.page is not None
    return pane.page


def _run(qtbot: Any, pane: BrowserPane, script: str) -> Any:
    result: list[Any] = []
    _page(pane).runJavaScript(script, 0, result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    return result[0]


def test_every_setting_that_reaches_past_the_page_is_off(pane: BrowserPane) -> None:
    settings = _page(pane).settings()
    attribute = QWebEngineSettings.WebAttribute
    assert settings.unknownUrlSchemePolicy() is (
        QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
    )
    for off in (
        attribute.NavigateOnDropEnabled,
        attribute.LocalContentCanAccessFileUrls,
        attribute.LocalContentCanAccessRemoteUrls,
        attribute.PdfViewerEnabled,
        attribute.JavascriptCanOpenWindows,
        attribute.PluginsEnabled,
    ):
        assert settings.testAttribute(off) is False, off.name
    assert settings.testAttribute(attribute.JavascriptEnabled) is True  # Zoho needs it


def _handed_to_the_system(qtlog: Any) -> list[str]:
    # Qt hands such links to QDesktopServices::openUrl; the offscreen platform used by the
    # tests cannot open anything and says so, which is what this looks for.
    return [r.message for r in qtlog.records if "openUrl" in r.message and SCHEME in r.message]


@pytest.mark.qt_log_ignore("openUrl")
def test_a_link_to_an_unknown_scheme_never_reaches_the_systems_handler(
    qtbot: Any, pane: BrowserPane, qtlog: Any
) -> None:
    click(qtbot, pane, "scheme")
    qtbot.wait(500)
    assert _handed_to_the_system(qtlog) == []
    assert _page(pane).url().path() == "/"

    # The control: a page that allows unknown schemes hands the same click to the system.
    _page(pane).settings().setUnknownUrlSchemePolicy(
        QWebEngineSettings.UnknownUrlSchemePolicy.AllowAllUnknownUrlSchemes
    )
    click(qtbot, pane, "scheme")
    qtbot.waitUntil(lambda: bool(_handed_to_the_system(qtlog)), timeout=5000)


def test_a_script_opens_no_window_without_a_click(qtbot: Any, pane: BrowserPane) -> None:
    windows_before = set(QApplication.topLevelWidgets())
    assert _run(qtbot, pane, "window.open('/second', '_blank') === null") is True
    qtbot.wait(300)
    assert _page(pane).url().path() == "/"
    assert [w for w in QApplication.topLevelWidgets() if w not in windows_before] == []


def test_permission_requests_are_refused_without_asking(qtbot: Any, pane: BrowserPane) -> None:
    windows_before = set(QApplication.topLevelWidgets())
    with qtbot.waitSignal(_page(pane).permissionRequested, timeout=5000) as asked:
        _page(pane).runJavaScript(
            "Notification.requestPermission().then(r => { document.title = r; })"
        )
    assert asked.args[0].origin().host() == "127.0.0.1"
    qtbot.waitUntil(lambda: _page(pane).title() == "denied", timeout=5000)
    assert [w for w in QApplication.topLevelWidgets() if w not in windows_before] == []


def test_downloads_are_cancelled(qtbot: Any, pane: BrowserPane) -> None:
    assert pane.profile is not None
    seen: list[QWebEngineDownloadRequest] = []
    pane.profile.downloadRequested.connect(seen.append)  # after the wizard's own handler
    click(qtbot, pane, "download")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    download = seen[0]
    qtbot.waitUntil(
        lambda: download.state() is QWebEngineDownloadRequest.DownloadState.DownloadCancelled,
        timeout=5000,
    )
    assert download.url().path() == "/download"


def test_no_file_picker_opens_and_no_file_is_chosen(qtbot: Any, pane: BrowserPane) -> None:
    page = _page(pane)
    mode = page.FileSelectionMode
    assert page.chooseFiles(mode.FileSelectOpen, [], []) == []
    assert page.chooseFiles(mode.FileSelectOpenMultiple, ["/etc/passwd"], ["*/*"]) == []
    windows_before = set(QApplication.topLevelWidgets())
    click(qtbot, pane, "file")  # the page's own "Choose file" button
    qtbot.wait(500)
    assert [w for w in QApplication.topLevelWidgets() if w not in windows_before] == []
    assert _run(qtbot, pane, "document.getElementById('file').files.length") == 0


class _Selection:
    """Stands in for QWebEngineClientCertificateSelection (Qt makes no public one)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def host(self) -> QUrl:
        return QUrl("https://accounts.zoho.com")

    def certificates(self) -> list[object]:
        return [object()]

    def select(self, _certificate: object) -> None:
        self.calls.append("select")

    def selectNone(self) -> None:
        self.calls.append("none")


def test_a_client_certificate_request_is_answered_with_none(pane: BrowserPane) -> None:
    page = _page(pane)
    signal = page.metaObject().method(
        page.metaObject().indexOfSignal(
            "selectClientCertificate(QWebEngineClientCertificateSelection)"
        )
    )
    assert page.isSignalConnected(signal)
    selection = _Selection()
    page._refuse_client_certificate(selection)  # type: ignore[arg-type]
    assert selection.calls == ["none"]
