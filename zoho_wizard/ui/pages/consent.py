"""The consent page: Zoho's own sign-in page, with its real address shown above it.

Every line of height goes to Zoho's page: the heading is one line, the address and the
loading bar share one slim row, and the window grows while this page shows (back to its
size after), so Zoho's Accept button is on screen without scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core.address import not_zohos_page, shown_host
from zoho_wizard.core.flow import Step
from zoho_wizard.core.hosts import is_loopback
from zoho_wizard.core.own_browser import OwnBrowserPhase
from zoho_wizard.core.screen import ScreenState, device_offered
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.browser import BrowserPane
from zoho_wizard.ui.loop import call_soon
from zoho_wizard.ui.own_browser_view import OwnBrowserView
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import TallerWindow, ValueLabel

SIGN_IN_PAGE_HEIGHT = 680
"""The height (px) Zoho's page needs for Accept to show without scrolling. Its consent
page ends the Accept button about 652 px down (measured in the embedded view with the
sandbox's consent page, which has the layout height of Zoho's), plus some air."""


class ConsentPage(StatePage):
    """Shows Zoho's sign-in and consent page in a fresh, private browser per attempt.

    The address bar always shows the host the page really is on, with a lock for an
    encrypted connection. The redirect back to this program is caught and never loaded.
    "Use my own browser instead" (offered by itself when the page goes to Google,
    Microsoft or Apple's sign-in) swaps the view for a waiting card.

    Signals:
        redirectCaught(str): the redirect URL, for the controller to check.
        pageShown(str, str, str): a page is on screen (address, title, text), for the
            controller to recognise Zoho's error pages.
        backRequested(): the person wants to go back to the details.
        federatedSignIn(str): the page went to a federated sign-in (the URL).
        ownBrowserRequested(): continue the sign-in in the person's own browser.
        ownBrowserReopened(): open the sign-in page in their browser once more.
        ownBrowserCancelled(): stop waiting for the own browser; sign in here.
        deviceRequested(): sign in on another device instead (offered with the own
            browser when the page failed to load or went to a company sign-in).
        copyRequested(str): copy this text.
    """

    step = Step.CONSENT
    redirectCaught = Signal(str)
    pageShown = Signal(str, str, str)
    backRequested = Signal()
    federatedSignIn = Signal(str)
    ownBrowserRequested = Signal()
    ownBrowserReopened = Signal()
    ownBrowserCancelled = Signal()
    deviceRequested = Signal()
    copyRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("Sign in to Zoho"),
            self.tr("Sign in, then choose Accept. This window carries on by itself."),
            one_line=True,
        )
        self._attempt_key: str | None = None
        self._practice = False
        self._was_waiting = False
        self._device_offered = False
        self._zoho_problem = False  # Zoho's own error page: no other way in helps

        outer = QVBoxLayout(self)
        self.align(outer, top=0, bottom=0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.embedded = QWidget(self.stack)
        layout = QVBoxLayout(self.embedded)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.stack.addWidget(self.embedded)
        self.own_view = OwnBrowserView(self.stack)
        self.stack.addWidget(self.own_view)
        self.own_view.reopenRequested.connect(self.ownBrowserReopened)
        self.own_view.retryRequested.connect(self.ownBrowserRequested)
        self.own_view.cancelRequested.connect(self.ownBrowserCancelled)
        self.own_view.backRequested.connect(self.backRequested)
        self.own_view.copyRequested.connect(self.copyRequested)
        self.own_view.deviceRequested.connect(self.deviceRequested)

        layout.addLayout(self._build_address_row())
        # A page that is not Zoho's (nor Google's, Microsoft's, Apple's) is said so above it.
        self.not_zoho = Banner("warning")
        self.not_zoho.setVisible(False)
        layout.addWidget(self.not_zoho)
        self._build_problem(layout)
        self._build_federated(layout)
        self._build_browser(layout)
        self._show_address()
        self.taller = TallerWindow(self, lambda: SIGN_IN_PAGE_HEIGHT - self.browser.height())

    # --- building --------------------------------------------------------------------------

    def _build_address_row(self) -> QHBoxLayout:
        """One slim row: the address bar (lock, real host, and the loading bar along its
        bottom edge) and "Use my own browser instead" as a link."""
        top = QHBoxLayout()
        top.setSpacing(8)
        self.address_bar = QFrame(self)
        set_role(self.address_bar, "addressBar")
        column = QVBoxLayout(self.address_bar)
        column.setContentsMargins(8, 2, 8, 1)
        column.setSpacing(0)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.lock = QLabel(self.address_bar)
        self.lock.setFixedSize(16, 16)
        bar.addWidget(self.lock)
        # Read as "Address of the sign-in page: Secure connection to accounts.zoho.com".
        self.address = ValueLabel(
            self.tr("Address of the sign-in page"), parent=self.address_bar, wrap=False
        )
        bar.addWidget(self.address, 1)
        column.addLayout(bar)
        self.progress = QProgressBar(self.address_bar)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Page loading progress"))
        set_role(self.progress, "thin")
        # Hidden once loaded, without the row changing height (Zoho's page would jump).
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        column.addWidget(self.progress)
        top.addWidget(self.address_bar, 1)
        self.own_browser_button = QPushButton(self.tr("Use my own browser instead"))
        set_role(self.own_browser_button, "link")
        self.own_browser_button.setAccessibleName(self.tr("Use my own browser instead"))
        self.own_browser_button.setAccessibleDescription(
            self.tr(
                "Opens this sign-in in your usual web browser, for example when you sign in "
                "to Zoho with Google"
            )
        )
        self.own_browser_button.setToolTip(self.own_browser_button.accessibleDescription())
        self.own_browser_button.clicked.connect(self.ownBrowserRequested)
        top.addWidget(self.own_browser_button)
        return top

    def _build_problem(self, layout: QVBoxLayout) -> None:
        """The banner for a page that could not be opened, or that reports a problem.

        Its one button loads the page again; the way back is the window's Cancel sign-in.
        """
        self.problem = Banner("error")
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.setAccessibleDescription(self.tr("Load the sign-in page again"))
        set_role(self.retry_button, "primary")
        self.retry_button.clicked.connect(self._retry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        # The page cannot load here (a firewall, a locked-down PC): two other ways.
        self.problem_own_browser = QPushButton(self.tr("Use my own browser"))
        self.problem_own_browser.setAccessibleName(self.tr("Use my own browser"))
        set_role(self.problem_own_browser, "secondary")
        self.problem_own_browser.clicked.connect(self.ownBrowserRequested)
        buttons.addWidget(self.problem_own_browser)
        self.problem_device = self._device_button()
        buttons.addWidget(self.problem_device)
        buttons.addStretch(1)
        self.problem.extra.addLayout(buttons)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

    def _build_federated(self, layout: QVBoxLayout) -> None:
        """The offer to go on in the web browser when the page goes to Google and the like."""
        self.federated_banner = Banner("info")
        self.federated_button = QPushButton(self.tr("Continue in my web browser"))
        self.federated_button.setAccessibleName(self.tr("Continue in my web browser"))
        set_role(self.federated_button, "primary")
        self.federated_button.clicked.connect(self.ownBrowserRequested)
        self.federated_banner.side.addWidget(self.federated_button)
        self.federated_device = self._device_button()
        self.federated_banner.side.addWidget(self.federated_device)
        self.federated_banner.setVisible(False)
        layout.addWidget(self.federated_banner)

    def _device_button(self) -> QPushButton:
        """ "Sign in on your phone or another computer" (shown when there is an app for it)."""
        button = QPushButton(self.tr("Sign in on your phone or another computer"))
        button.setAccessibleName(button.text())
        button.setAccessibleDescription(
            self.tr("Shows a code to enter on any phone or computer; no browser needed here")
        )
        set_role(button, "secondary")
        button.clicked.connect(self.deviceRequested)
        button.setVisible(False)
        return button

    def _build_browser(self, layout: QVBoxLayout) -> None:
        """The browser that shows Zoho's page and catches the redirect."""
        self.browser = BrowserPane(self)
        self.browser.redirectCaught.connect(self.redirectCaught)
        self.browser.pageShown.connect(self.pageShown)
        self.browser.federatedSignIn.connect(self.federatedSignIn)
        self.browser.urlChanged.connect(self._show_address)
        self.browser.loadProgress.connect(self._progress)
        self.browser.loadStarted.connect(self._load_started)
        self.browser.loadSucceeded.connect(self._load_succeeded)
        self.browser.loadFailed.connect(self._load_failed)
        layout.addWidget(self.browser, 1)

    # --- the window's height ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            call_soon(self, self.taller.grow)  # once the page has its place in the window

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.taller.grown:
            call_soon(self, self.taller.grow)  # what the first growth did not make up

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.taller.restore()
        super().hideEvent(event)

    # --- the address bar --------------------------------------------------------------------

    def _show_address(self, _changed: QUrl | None = None) -> None:
        # Always what the page really shows now, never what was asked for.
        url = self.browser.current_url()
        host = shown_host(url.host())  # punycode for a look-alike host
        flagged = not_zohos_page(url.toString(), practice=self._practice)
        self.not_zoho.set_text(
            self.tr("This page is not Zoho's: {host}. Don't enter your Zoho password here.").format(
                host=flagged
            )
            if flagged
            else ""
        )
        self.not_zoho.setVisible(bool(flagged))
        if not host:
            self.lock.setPixmap(pixmap("info", 16, self.devicePixelRatioF()))
            self.address.setText(self.tr("Opening Zoho's sign-in page…"))
        elif url.scheme() == "https":
            self.lock.setPixmap(pixmap("lock", 16, self.devicePixelRatioF()))
            self.address.setText(self.tr("Secure connection to {host}").format(host=host))
        elif is_loopback(host) and self._practice:
            self.lock.setPixmap(pixmap("unlocked", 16, self.devicePixelRatioF()))
            self.address.setText(
                self.tr("Not encrypted: {host} (practice sandbox)").format(host=host)
            )
        else:
            self.lock.setPixmap(pixmap("unlocked", 16, self.devicePixelRatioF()))
            self.address.setText(self.tr("Not encrypted: {host}").format(host=host))
        self.address.setAccessibleDescription(self.address.text())
        self.lock.setAccessibleName(self.address.text())

    def _progress(self, value: int) -> None:
        self.progress.setValue(value)

    def _load_started(self) -> None:
        self.progress.setVisible(True)
        self.progress.setValue(5)

    def _load_succeeded(self) -> None:
        self.progress.setValue(100)
        self.progress.setVisible(False)
        self.problem.setVisible(False)

    def _load_failed(self, reason: str, page_shown: bool) -> None:
        self.progress.setVisible(False)
        self._zoho_problem = page_shown
        self.problem_own_browser.setVisible(not page_shown)
        self.problem_device.setVisible(self._device_offered and not page_shown)
        if page_shown:
            # Zoho answered with its own error page (unknown client, unregistered redirect
            # address...): keep it visible and offer the way back.
            self.problem.set_kind("warning")
            self.problem.set_text(
                self.tr("Zoho's page reports a problem"),
                self.tr(
                    "Read Zoho's message below. Usually the app's details need correcting; "
                    "Cancel sign-in takes you back."
                ),
            )
            self.retry_button.setVisible(False)
        else:
            self.problem.set_kind("error")
            self.problem.set_text(
                self.tr("Zoho's sign-in page could not be opened"),
                self.tr("Check your internet connection, then try again. ({reason})").format(
                    reason=reason
                ),
            )
            self.retry_button.setVisible(True)
        self.problem.setVisible(True)
        self._one_main_button()

    def _one_main_button(self) -> None:
        # The offer to go on in the web browser, when shown, is the page's main button.
        federated = self.federated_banner.isVisibleTo(self)
        set_role(self.retry_button, "secondary" if federated else "primary")

    def _retry(self) -> None:
        self.problem.setVisible(False)
        self.browser.reload()

    # --- rendering ---------------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        self._practice = ui.practice
        state = ui.flow
        request = state.request
        own = ui.own_browser if state.step is Step.CONSENT else None
        self._render_other_ways(ui)
        if own is not None:
            # The person's own browser does the sign-in: stop and unload the page here.
            if self._attempt_key is not None:
                self._attempt_key = None
                self.browser.dispose()
        elif state.step is Step.CONSENT and request is not None:
            if request.state != self._attempt_key:
                self._attempt_key = request.state
                self.problem.setVisible(False)
                self.browser.open(request.url, request.redirect_uri, practice=ui.practice)
                self._show_address()
        elif self._attempt_key is not None:
            # The sign-in is over (caught, or abandoned): stop and hide the browser now;
            # it is freed a moment later, once the code's exchange had the machine.
            self._attempt_key = None
            self.browser.dispose(later=True)

    def _render_other_ways(self, ui: ScreenState) -> None:
        own = ui.own_browser if ui.flow.step is Step.CONSENT else None
        if own is not None:
            self.own_view.show_state(own)
            self.stack.setCurrentWidget(self.own_view)
        else:
            self.stack.setCurrentWidget(self.embedded)
        if self._was_waiting and ui.flow.step is Step.FINISHING:
            self._bring_to_front()
        self._was_waiting = own is not None and own.phase is OwnBrowserPhase.WAITING
        self._device_offered = offered = device_offered(ui)
        self.problem_device.setVisible(offered and not self._zoho_problem)
        self.federated_device.setVisible(offered)
        self.own_view.offer_device(offered)
        provider = ui.federated
        self.federated_banner.setVisible(bool(provider) and own is None)
        self._one_main_button()
        # The banner's own button says the same; one offer at a time.
        self.own_browser_button.setVisible(not provider)
        if provider:
            self.federated_banner.set_text(
                self.tr("Signing in with {provider}? Use your web browser").format(
                    provider=provider
                ),
                self.tr(
                    "{provider} often refuses sign-ins inside other programs like this one. "
                    "Continue in your usual web browser; this window carries on by itself once "
                    "you have signed in there."
                ).format(provider=provider),
            )

    def _bring_to_front(self) -> None:
        # The browser brought the code back: show this window again, in front of it.
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return  # no window system to raise anything in
        window = self.window()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()

    def dispose(self) -> None:
        """Free the browser, and the one made ahead of time (before the window goes)."""
        self._attempt_key = None
        self.browser.dispose(spare=True)
