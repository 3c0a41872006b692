"""Zoho's sign-in page in the window: Accept on screen without scrolling at the default
window size, slim chrome above it, and one way back."""

from __future__ import annotations

import json
from typing import Any

from ui_driver import click, run_js, sign_in, submit_details, wait_for_element, wait_step

from zoho_wizard.core.flow import Step
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD
from zoho_wizard.ui.wizard import ConnectWizard

ACCEPT_BOX = (
    "JSON.stringify((() => { const r = document.getElementById('accept')"
    ".getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight,"
    " document.documentElement.scrollTop]; })())"
)


def test_zohos_accept_is_on_screen_without_scrolling_at_the_default_size(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    default_size = wizard.size()
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    # The sandbox's consent page has the layout height of Zoho's.
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    wait_for_element(qtbot, wizard, "accept")
    qtbot.waitUntil(lambda: wizard.height() > default_size.height())  # grown for this step
    screen = wizard.screen().availableGeometry()
    assert wizard.frameGeometry().bottom() <= screen.bottom()  # never past the screen
    view = wizard.consent_page.browser.view
    assert view is not None

    def accept_in_view() -> bool:
        top, bottom, visible, scrolled = json.loads(run_js(qtbot, wizard, ACCEPT_BOX))
        # In the view's visible area, before anyone scrolled, in the view as laid out now.
        return scrolled == 0 and top >= 0 and bottom <= visible and visible == view.height()

    qtbot.waitUntil(accept_in_view)

    # Back to the details: the window gives the height back.
    click(qtbot, wizard.button(wizard.WizardButton.CustomButton1))
    wait_step(qtbot, wizard, Step.DETAILS)
    qtbot.waitUntil(lambda: wizard.size() == default_size)


def test_the_chrome_above_zohos_page_is_one_slim_row_and_there_is_one_way_back(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    page = wizard.consent_page
    wait_for_element(qtbot, wizard, "email")
    # The heading is one line: the title with its purpose beside it.
    assert page.heading == "Sign in to Zoho"
    assert page.subTitle() == "Sign in, then choose Accept. This window carries on by itself."
    # Address, loading bar and "Use my own browser instead" share one row above the page.
    view = page.browser.view
    assert view is not None
    address_bottom = page.address_bar.mapTo(wizard, page.address_bar.rect().bottomLeft()).y()
    own_browser = page.own_browser_button
    assert own_browser.isVisible()
    assert own_browser.mapTo(wizard, own_browser.rect().topLeft()).y() < address_bottom
    assert page.progress.parentWidget() is page.address_bar
    # A screen reader hears what the address bar says, not only what it is.
    assert page.address.accessibleName() == f"Address of the sign-in page: {page.address.text()}"
    chrome = view.mapTo(page, view.rect().topLeft()).y()
    assert chrome <= 2 * page.address.sizeHint().height()
    # One way back: Cancel sign-in, and no Close beside it.
    cancel = wizard.button(wizard.WizardButton.CustomButton1)
    assert cancel.isVisible() and cancel.text() == "&Cancel sign-in"
    visible = [
        b.text()
        for b in (wizard.button(w) for w in wizard.WizardButton if w.value < 9)
        if b is not None and b.isVisible()
    ]
    assert visible == ["&Cancel sign-in"]
