"""The embedded browser: shows Zoho's sign-in page and catches the redirect.

:class:`BrowserPane` owns one attempt's view, page and off-the-record profile. Each
attempt gets a fresh profile, so a Zoho session left over from an earlier attempt can
never sign someone in silently as the wrong person. The page that catches the redirect is
:class:`zoho_wizard.ui.web_page.CatchingPage`.

QtWebEngine is imported and started only when needed: :meth:`BrowserPane.prepare` does it
in the background while the person fills in the details page (it starts the engine and a
blank page in a fresh profile), so Zoho's page opens at once when they press Next.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from zoho_wizard.core import timings
from zoho_wizard.ui.loop import call_later

if TYPE_CHECKING:
    from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from zoho_wizard.ui.web_page import CatchingPage

log = logging.getLogger(__name__)

# A sign-in's page is deleted this long after it is left (see BrowserPane.dispose).
DISPOSE_DELAY_MS = 1500


class BrowserPane(QWidget):
    """Holds one sign-in attempt's browser: a fresh profile, page and view.

    Signals:
        redirectCaught(str): the redirect URL (see :class:`CatchingPage`).
        federatedSignIn(str): the page went to Google/Microsoft/Apple's sign-in.
        urlChanged(QUrl): the page's real address changed.
        loadProgress(int): 0-100.
        loadStarted(), loadSucceeded(): the page started or finished loading.
        loadFailed(str, bool): a load failed (the reason; True when the server answered
            with an error page that is worth showing, False when nothing came back).
        pageShown(str, str, str): a page finished loading and is on screen, whatever its
            HTTP status: its address, title and text (for core to recognise Zoho's error
            pages).
    """

    redirectCaught = Signal(str)
    federatedSignIn = Signal(str)
    urlChanged = Signal(QUrl)
    loadProgress = Signal(int)
    loadStarted = Signal()
    loadSucceeded = Signal()
    loadFailed = Signal(str, bool)
    pageShown = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.view: QWebEngineView | None = None
        self.page: CatchingPage | None = None
        self.profile: QWebEngineProfile | None = None
        # A fresh browser made ahead of time (prepare()), used by the next attempt.
        self._spare: tuple[QWebEngineProfile, QWebEngineView, CatchingPage] | None = None
        self._warming: CatchingPage | None = None  # the spare, until its blank page loaded
        # Left views, hidden, waiting to be deleted (dispose(later=True)).
        self._retired: list[tuple[QWebEngineView, QWebEngineProfile | None]] = []
        self.attempt = 0
        self._first_load = False

    @property
    def warm(self) -> bool:
        """True when a fresh browser is ready for the next attempt."""
        return self._spare is not None

    def prepare(self) -> None:
        """Make the next attempt's browser now, so its page opens without waiting.

        Starts the web engine (the first time: about a tenth of a second on the GUI
        thread, then helper processes in the background) and a blank page in a new,
        private profile. Nothing is loaded from the network. Does nothing when a spare is
        ready already.
        """
        if self._spare is None:
            self._spare = self._make_browser()
            page = self._spare[2]
            self._warming = page
            page.loadFinished.connect(self._warmed)
            page.load(QUrl("about:blank"))  # starts the page's renderer process

    def _warmed(self, _ok: bool) -> None:
        if self._warming is not None:
            self._warming.loadFinished.disconnect(self._warmed)
            self._warming = None
            timings.mark("engine_warm")

    def _make_browser(self) -> tuple[QWebEngineProfile, QWebEngineView, CatchingPage]:
        from PySide6.QtGui import QAccessible

        from zoho_wizard.ui.environment import web_accessibility_for_screen_readers

        # Before the web engine starts (the first browser starts it).
        web_accessibility_for_screen_readers(QAccessible.isActive())
        from PySide6.QtWebEngineCore import QWebEngineProfile
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from zoho_wizard.ui.web_page import CatchingPage, lock_down_profile

        # Parent = the application: a profile that shares a parent with its pages can be
        # deleted first, which Qt warns about and which crashed at exit (reference §7).
        profile = QWebEngineProfile(QApplication.instance())
        lock_down_profile(profile)
        view = QWebEngineView(self)
        view.hide()
        view.setMinimumSize(640, 400)  # alone in a layout, a web view collapses to ~30 px
        view.setAccessibleName(self.tr("Zoho sign-in page"))
        view.setAccessibleDescription(
            self.tr("Zoho's own sign-in and consent page. Sign in and choose Accept.")
        )
        page = CatchingPage(profile, "", parent=view)
        view.setPage(page)
        return profile, view, page

    def open(self, url: str, redirect_uri: str, *, practice: bool = False) -> None:
        """Start a new attempt: dispose the old browser, take a fresh one, load ``url``."""
        self.dispose()
        self.attempt += 1
        profile, view, page = self._spare or self._make_browser()
        self._spare = None
        if self._warming is not None:  # still loading the blank page: nothing to report
            self._warming.loadFinished.disconnect(self._warmed)
            self._warming = None
        page.redirect_uri = redirect_uri
        page.accept_loopback_certificates = practice
        page.redirectCaught.connect(self.redirectCaught)
        page.federatedSignIn.connect(self.federatedSignIn)
        page.urlChanged.connect(self.urlChanged)
        page.loadProgress.connect(self.loadProgress)
        page.loadStarted.connect(self.loadStarted)
        page.loadingChanged.connect(self._on_loading_changed)
        page.loadFinished.connect(lambda _ok, v=view: _name_focus_proxy(v))
        self.view, self.page, self.profile = view, page, profile
        self._first_load = True
        self._layout.addWidget(view)
        view.show()
        view.load(QUrl(url))

    def reload(self) -> None:
        """Load the attempt's first address again (after a network failure)."""
        if self.page is not None:
            self.page.triggerAction(self.page.WebAction.Reload)

    def load(self, url: str) -> None:
        """Load ``url`` in the current attempt."""
        if self.view is not None:
            self.view.load(QUrl(url))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keep Enter inside the sign-in page.

        A key the page did not use (while it loads, or with nothing focused) travels up to
        the wizard, where Enter would press a wizard button, such as "Cancel sign-in".
        Someone pressing Enter to submit their password must never cancel the sign-in.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def current_url(self) -> QUrl:
        """The page's real current address (empty when no page)."""
        return self.page.url() if self.page is not None else QUrl()

    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        from zoho_wizard.ui.web_page import ErrorDomain, LoadingStatus

        status = info.status()
        if status is LoadingStatus.LoadSucceededStatus:
            if self._first_load:
                self._first_load = False
                timings.mark("consent_loaded")
            self.loadSucceeded.emit()
            self._report_page(info.url().toString())
        elif status is LoadingStatus.LoadFailedStatus:
            page = self.page
            if page is not None and (page.caught or info.url().toString() in page.refused_urls):
                return  # the load we refused on purpose
            http_page = info.errorDomain() is ErrorDomain.HttpStatusCodeDomain
            self.loadFailed.emit(info.errorString() or str(info.errorCode()), http_page)
            if http_page:
                self._report_page(info.url().toString())
        # LoadStoppedStatus: a navigation we refused, or one replaced by the next: ignore.

    def _report_page(self, url: str) -> None:
        """Tell what is on screen (address, title, text); the text arrives later, from the
        page's renderer, and is dropped if the attempt is over by then."""
        page = self.page
        if page is None or page.caught:
            return
        title = page.title()

        def shown(text: str) -> None:
            if self.page is page and not page.caught:
                self.pageShown.emit(url, title, text or "")

        page.toPlainText(shown)

    def dispose(self, *, spare: bool = False, later: bool = False) -> None:
        """Delete the attempt's view (and its page) before its profile, as Qt requires.

        With ``spare``, the browser made ahead of time goes too (when the window closes),
        and any view still waiting to be deleted. With ``later``, the view is stopped and
        hidden now and deleted a moment later: tearing a web page down keeps the web
        engine's processes busy, and right after a sign-in the code's exchange and the
        password store should have the machine.
        """
        view, profile = self.view, self.profile
        self.view = self.page = self.profile = None
        if later and view is not None:
            page = view.page()
            page.triggerAction(page.WebAction.Stop)
            view.hide()
            self._retired.append((view, profile))
            call_later(self, DISPOSE_DELAY_MS, self._drop_retired)
        else:
            self._drop(view, profile)
        if spare:
            self._drop_retired()
        if spare and self._spare is not None:
            profile, view, _page = self._spare
            self._spare = self._warming = None
            self._drop(view, profile)

    def _drop_retired(self) -> None:
        while self._retired:
            self._drop(*self._retired.pop(0))

    def _drop(self, view: QWebEngineView | None, profile: QWebEngineProfile | None) -> None:
        if view is not None:
            page = view.page()
            page.triggerAction(page.WebAction.Stop)
            self._layout.removeWidget(view)
            view.hide()
            view.setParent(None)
            view.deleteLater()
        if profile is not None:
            # Posted after the view's deletion, so the page is gone when this runs.
            profile.deleteLater()


def flush_deletions() -> None:
    """Run pending deferred deletions now (views before their profiles)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _name_focus_proxy(view: QWebEngineView) -> None:
    """Give the object that holds the keyboard inside the page the view's name.

    Chromium's render widget (the view's focus proxy) exists only once a page rendered,
    and is otherwise an unnamed object a screen reader lands on.
    """
    proxy = view.focusProxy()
    if proxy is not None and not proxy.accessibleName():
        proxy.setAccessibleName(view.accessibleName())
        proxy.setAccessibleDescription(view.accessibleDescription())
