"""The embedded browser: shows Zoho's sign-in page and catches the redirect.

:class:`CatchingPage` refuses every main-frame navigation to the redirect URI (including
server-side 302s, which Qt reports as ``NavigationTypeRedirect``) before Chromium resolves
or fetches anything, and reports the URL as a plain string. Parsing is core's job.

:class:`BrowserPane` owns one attempt's view, page and off-the-record profile. Each
attempt gets a fresh profile, so a Zoho session left over from an earlier attempt can
never sign someone in silently as the wrong person.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from zoho_wizard.core.authorize import matches_redirect
from zoho_wizard.ui.own_browser import federated_provider

log = logging.getLogger(__name__)

LoadingStatus = QWebEngineLoadingInfo.LoadStatus
ErrorDomain = QWebEngineLoadingInfo.ErrorDomain


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class CatchingPage(QWebEnginePage):
    """A web page that never loads the redirect URI and reports it instead.

    Signals:
        redirectCaught(str): the full redirect URL, delivered queued (after the
            navigation was refused), at most once per page.
        federatedSignIn(str): the page is going to Google, Microsoft or Apple's sign-in
            (which may refuse embedded browsers); the URL, delivered queued. The
            navigation itself goes ahead.
    """

    redirectCaught = Signal(str)
    federatedSignIn = Signal(str)

    def __init__(
        self,
        profile: QWebEngineProfile,
        redirect_uri: str,
        *,
        accept_loopback_certificates: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self.redirect_uri = redirect_uri
        self.accept_loopback_certificates = accept_loopback_certificates
        self.caught = False
        self.refused_urls: list[str] = []
        self.certificateError.connect(self._on_certificate_error)
        self.urlChanged.connect(self._backstop)

    def acceptNavigationRequest(
        self,
        url: QUrl | str,
        navigation_type: QWebEnginePage.NavigationType,
        is_main_frame: bool,
    ) -> bool:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if matches_redirect(text, self.redirect_uri):
            # Refuse every request for the redirect, even from a frame; only a main-frame
            # one is Zoho's answer. Nothing is resolved or fetched.
            self.refused_urls.append(text)
            if is_main_frame:
                self._catch(text)
            return False
        if is_main_frame and federated_provider(text):
            # Offer the person's own browser; never block: some accounts do work here.
            QTimer.singleShot(0, self, lambda: self.federatedSignIn.emit(text))
        return super().acceptNavigationRequest(url, navigation_type, is_main_frame)

    def _backstop(self, url: QUrl) -> None:
        # Some engines report a redirect only as a URL change; treat it the same, once.
        text = url.toString()
        if matches_redirect(text, self.redirect_uri):
            self.triggerAction(QWebEnginePage.WebAction.Stop)
            self._catch(text)

    def _catch(self, url: str) -> None:
        if self.caught:
            return
        self.caught = True
        # Queued: acceptNavigationRequest returns before the wizard moves on and does HTTP.
        QTimer.singleShot(0, self, lambda: self.redirectCaught.emit(url))

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        # A pop-up (some sign-in options open one) opens in this same view, where the
        # redirect is still caught.
        return self

    def _on_certificate_error(self, error: QWebEngineCertificateError) -> None:
        host = error.url().host()
        if self.accept_loopback_certificates and is_loopback(host):
            error.acceptCertificate()
            return
        log.warning("refused a certificate for %s: %s", host, error.description())
        error.rejectCertificate()

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        # Web pages' console chatter belongs in the log, never in the terminal.
        log.debug("page console (%s) %s:%d: %s", level.name, source, line, message[:500])


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
    """

    redirectCaught = Signal(str)
    federatedSignIn = Signal(str)
    urlChanged = Signal(QUrl)
    loadProgress = Signal(int)
    loadStarted = Signal()
    loadSucceeded = Signal()
    loadFailed = Signal(str, bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        make_view: Callable[[QWidget], QWebEngineView] | None = None,
    ) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._make_view = make_view or QWebEngineView
        self.view: QWebEngineView | None = None
        self.page: CatchingPage | None = None
        self.profile: QWebEngineProfile | None = None
        self.attempt = 0

    def open(self, url: str, redirect_uri: str, *, practice: bool = False) -> None:
        """Start a new attempt: dispose the old browser, make a fresh one, load ``url``."""
        self.dispose()
        self.attempt += 1
        app = QApplication.instance()
        # Parent = the application: a profile that shares a parent with its pages can be
        # deleted first, which Qt warns about and which crashed at exit (reference §7).
        profile = QWebEngineProfile(app)
        view = self._make_view(self)
        view.setMinimumSize(640, 400)  # alone in a layout, a web view collapses to ~30 px
        view.setAccessibleName(self.tr("Zoho sign-in page"))
        view.setAccessibleDescription(
            self.tr("Zoho's own sign-in and consent page. Sign in and choose Accept.")
        )
        page = CatchingPage(
            profile, redirect_uri, accept_loopback_certificates=practice, parent=view
        )
        view.setPage(page)
        page.redirectCaught.connect(self.redirectCaught)
        page.federatedSignIn.connect(self.federatedSignIn)
        page.urlChanged.connect(self.urlChanged)
        page.loadProgress.connect(self.loadProgress)
        page.loadStarted.connect(self.loadStarted)
        page.loadingChanged.connect(self._on_loading_changed)
        self.view, self.page, self.profile = view, page, profile
        self._layout.addWidget(view)
        view.load(QUrl(url))

    def reload(self) -> None:
        """Load the attempt's first address again (after a network failure)."""
        if self.page is not None:
            self.page.triggerAction(QWebEnginePage.WebAction.Reload)

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
        status = info.status()
        if status is LoadingStatus.LoadSucceededStatus:
            self.loadSucceeded.emit()
        elif status is LoadingStatus.LoadFailedStatus:
            page = self.page
            if page is not None and (page.caught or info.url().toString() in page.refused_urls):
                return  # the load we refused on purpose
            http_page = info.errorDomain() is ErrorDomain.HttpStatusCodeDomain
            self.loadFailed.emit(info.errorString() or str(info.errorCode()), http_page)
        # LoadStoppedStatus: a navigation we refused, or one replaced by the next: ignore.

    def dispose(self) -> None:
        """Delete the view (and its page) before the profile, as Qt requires."""
        view, profile = self.view, self.profile
        self.view = self.page = self.profile = None
        if view is not None:
            view.page().triggerAction(QWebEnginePage.WebAction.Stop)
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
