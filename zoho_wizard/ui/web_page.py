"""The embedded browser's page: catches the redirect before anything is fetched.

:class:`CatchingPage` refuses every main-frame navigation to the redirect URI (including
server-side 302s, which Qt reports as ``NavigationTypeRedirect``) before Chromium resolves
or fetches anything, and reports the URL as a plain string. Parsing is core's job.

This module imports QtWebEngine (a large library), so only :mod:`zoho_wizard.ui.browser`
imports it, when the first browser is made: the window opens without it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineClientCertificateSelection,
    QWebEngineDownloadRequest,
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
)

from zoho_wizard.core import timings
from zoho_wizard.core.authorize import matches_redirect
from zoho_wizard.core.hosts import is_loopback
from zoho_wizard.core.own_browser import federated_provider
from zoho_wizard.ui.loop import call_soon

log = logging.getLogger(__name__)

LoadingStatus = QWebEngineLoadingInfo.LoadStatus
ErrorDomain = QWebEngineLoadingInfo.ErrorDomain

_Attribute = QWebEngineSettings.WebAttribute

# Off for every sign-in page: a sign-in needs none of these, and each lets a page reach
# past the wizard (a dropped file loads as a page, a local page reads files, the PDF
# viewer is one more parser, a script opens windows without a click).
LOCKED_OFF: tuple[QWebEngineSettings.WebAttribute, ...] = (
    _Attribute.NavigateOnDropEnabled,
    _Attribute.LocalContentCanAccessFileUrls,
    _Attribute.LocalContentCanAccessRemoteUrls,
    _Attribute.PdfViewerEnabled,
    _Attribute.JavascriptCanOpenWindows,
    _Attribute.PluginsEnabled,
)


def lock_down_profile(profile: QWebEngineProfile) -> None:
    """Settings and handlers every sign-in profile gets before its first page.

    Links to unknown schemes (``mailto:``, ``zoho:``, ``ms-settings:``…) are refused
    rather than handed to the operating system's handlers, and every download is
    cancelled: nothing on Zoho's sign-in page needs either.
    """
    settings = profile.settings()
    settings.setUnknownUrlSchemePolicy(
        QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
    )
    for attribute in LOCKED_OFF:
        settings.setAttribute(attribute, False)
    profile.downloadRequested.connect(_refuse_download)


def _refuse_download(download: QWebEngineDownloadRequest) -> None:
    log.info("refused a download from the sign-in page: %s", download.url().host())
    download.cancel()


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
        self.permissionRequested.connect(self._refuse_permission)
        self.selectClientCertificate.connect(self._refuse_client_certificate)
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
            call_soon(self, lambda: self.federatedSignIn.emit(text))
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
        timings.mark("code_caught")
        # At once: the listener starts the exchange now (on its worker thread) and leaves
        # everything that touches this page or the window to the next event-loop turn.
        self.redirectCaught.emit(url)

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        # A pop-up (some sign-in options open one) opens in this same view, where the
        # redirect is still caught.
        return self

    def chooseFiles(
        self,
        _mode: QWebEnginePage.FileSelectionMode,
        _old_files: Sequence[str],
        _accepted_mime_types: Sequence[str],
    ) -> list[str]:
        # A sign-in never uploads a file: no file picker opens, nothing is chosen.
        log.info("refused a file picker on the sign-in page")
        return []

    @staticmethod
    def _refuse_permission(permission: QWebEnginePermission) -> None:
        # Camera, microphone, location, notifications, screen capture, clipboard…: a
        # sign-in needs none, and the person is never asked.
        log.info(
            "refused a permission (%s) for %s",
            permission.permissionType().name,
            permission.origin().host(),
        )
        permission.deny()

    @staticmethod
    def _refuse_client_certificate(selection: QWebEngineClientCertificateSelection) -> None:
        # Never offer the computer's own certificates to a page; Zoho does not ask.
        log.info("refused a client certificate request from %s", selection.host().host())
        selection.selectNone()

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
