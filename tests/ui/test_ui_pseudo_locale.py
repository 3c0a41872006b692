"""Every page in the pseudo-locale: nothing left in plain English, nothing cut off.

The pseudo-translator makes every translated string about 40% longer and brackets it
(``⟦Çöññéçţ ţö Žöĝö ßööķš ········⟧``). A visible text without the brackets was never
translated; a one-line label or button narrower than its text would be cut off in a
real translation too. Data (names, addresses, IDs, e-mails, numbers) is exempt: pages
mark such labels with ``setProperty("data", True)`` (``pages.base.mark_data``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QToolButton,
    QWidget,
)
from ui_driver import (
    TIMEOUT_MS,
    click,
    next_button,
    sign_in,
    wait_step,
    web_click,
)
from ui_saved import make_saved

from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.ui.i18n import install_translations, is_pseudo, remove_translations
from zoho_wizard.ui.wizard import ConnectWizard

OTHER_ORG = "20345786"


@pytest.fixture
def pseudo_locale() -> Iterator[None]:
    """The pseudo-translator, installed before the wizard is built."""
    app = QApplication.instance()
    assert install_translations(app, pseudo_locale=True) == "pseudo"
    yield
    remove_translations(app)


def is_data(widget: QWidget) -> bool:
    """Marked as data by its page (itself or the small composite it belongs to)."""
    while widget is not None and not widget.isWindow():
        if widget.property("data") is True:
            return True
        widget = widget.parentWidget()
    return False


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if (
        isinstance(widget, QToolButton)
        and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not widget.icon().isNull()
    ):
        return ""  # an icon button shows no words (its name is for screen readers)
    text = widget.text()  # type: ignore[attr-defined]
    return text if isinstance(text, str) else ""


def sticks_out(widget: QWidget) -> str:
    """The ancestor that cuts the widget off on the left or right ("" when none does)."""
    parent = widget.parentWidget()
    while parent is not None:
        left = widget.mapTo(parent, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > parent.width():
            return type(parent).__name__ + (
                f" {parent.objectName()!r}" if parent.objectName() else ""
            )
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return ""


def problems_on_screen(wizard: ConnectWizard) -> tuple[list[str], int]:
    """Untranslated or cut-off texts among the visible labels, buttons and group boxes,
    and how many texts were looked at."""
    found: list[str] = []
    checked = 0
    if not is_pseudo(wizard.windowTitle()):
        found.append(f"window title not translated: {wizard.windowTitle()!r}")
    widgets = [
        w
        for w in wizard.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton | QGroupBox) and w.isVisible()
    ]
    for widget in widgets:
        text = shown_text(widget).strip()
        if not text or is_data(widget):
            continue
        name = f"{type(widget).__name__} {text[:60]!r}"
        checked += 1
        if not is_pseudo(text):
            found.append(f"not translated: {name}")
        one_line = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap()
        )
        if one_line and "\n" not in text:
            needed = widget.sizeHint().width()
            if widget.width() < needed:
                found.append(f"cut off ({widget.width()} < {needed} px): {name}")
        outside = sticks_out(widget)
        if outside:
            found.append(f"cut off by {outside}: {name}")
    return found, checked


def assert_page_translated(qtbot: Any, wizard: ConnectWizard, what: str) -> None:
    qtbot.wait(50)  # let layouts settle after the last change
    problems, checked = problems_on_screen(wizard)
    assert problems == [], f"{what}:\n" + "\n".join(problems)
    # At least the heading (title and subtitle are one label) and three more.
    assert checked >= 4, f"{what}: only {checked} texts on screen"


def test_the_check_finds_english_and_clipped_words(
    qtbot: Any, pseudo_locale: None, wizard: ConnectWizard
) -> None:
    # The test's own yardstick: a hard-coded English label, and a button squeezed narrower
    # than its words, are both reported.
    page = wizard.details_page
    page.client_hint.setText("Plain English")
    page.fill_button.setFixedWidth(40)
    qtbot.wait(50)
    problems, _checked = problems_on_screen(wizard)
    assert any("not translated" in p and "Plain English" in p for p in problems)
    assert any(p.startswith("cut off") and "Fîļļ" in p for p in problems)


def test_every_page_is_translated_and_nothing_is_cut_off(
    qtbot: Any,
    pseudo_locale: None,
    make_wizard: Any,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    make_saved(sandbox, endpoints, profiles, "Beta Trading", organization_id=OTHER_ORG)
    wizard = make_wizard()

    # The start page, with the two saved connections and a check's results.
    wait_step(qtbot, wizard, Step.START)
    start = wizard.start_page
    qtbot.waitUntil(lambda: start.check_button.isEnabled())
    click(qtbot, start.check_button)
    qtbot.waitUntil(lambda: start.results.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not start.busy.isVisible(), timeout=TIMEOUT_MS)
    assert_page_translated(qtbot, wizard, "start page")

    # The details page: sign-in mode with Advanced open, then Self Client mode.
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DETAILS)
    details = wizard.details_page
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    click(qtbot, details.change_access)
    click(qtbot, details.advanced_toggle)
    assert_page_translated(qtbot, wizard, "details page")
    click(qtbot, details.self_client_mode)
    assert_page_translated(qtbot, wizard, "details page, Self Client")
    click(qtbot, details.sign_in_mode)

    # "Before you start", from the details page's link, and back.
    click(qtbot, details.setup_link)
    wait_step(qtbot, wizard, Step.BEFORE_START)
    assert_page_translated(qtbot, wizard, "before you start")
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DETAILS)

    # Consent (the Qt parts: the address bar and the buttons).
    click(qtbot, details.fill_button)
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.CONSENT)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    assert_page_translated(qtbot, wizard, "consent page")

    # Finishing, while the checklist runs (Zoho's token answer is slowed down).
    sandbox.faults.add("token", "delay", seconds=2.0)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    qtbot.waitUntil(lambda: wizard.finishing_page.checklist.isVisible())
    assert_page_translated(qtbot, wizard, "finishing page")

    wait_step(qtbot, wizard, Step.ORGANIZATION, timeout=TIMEOUT_MS)
    assert_page_translated(qtbot, wizard, "organization page")
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert_page_translated(qtbot, wizard, "done page")


def test_the_first_screen_and_the_admins_pages_are_translated_too(
    qtbot: Any, pseudo_locale: None, make_wizard: Any
) -> None:
    wizard = make_wizard(first_screen=True)
    wait_step(qtbot, wizard, Step.WELCOME)
    click(qtbot, wizard.welcome_page.copy_button)  # ("Copied…" shows)
    assert_page_translated(qtbot, wizard, "the first screen")
    click(qtbot, wizard.welcome_page.admin_button)
    wait_step(qtbot, wizard, Step.ADMIN_SETUP)
    assert_page_translated(qtbot, wizard, "set up for staff")
    click(qtbot, wizard.admin_setup_page.checklist_link)
    wait_step(qtbot, wizard, Step.BEFORE_START)
    assert_page_translated(qtbot, wizard, "before you start, from the admin's page")
    # The data on it stays as it is.
    page = wizard.before_start_page
    assert page.redirect_shown.text().startswith("http://127.0.0.1:")
    assert not is_pseudo(page.redirect_shown.text())
