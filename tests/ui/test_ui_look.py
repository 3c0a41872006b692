"""The look every page shares: one left edge for the heading and the content, the subtitle
under the title, and one main (primary, default) button per screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)
from ui_driver import click, next_button, sign_in, submit_details, wait_step, web_click

from zoho_wizard.core.flow import Step
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.ui.wizard import ConnectWizard


def x_in(wizard: ConnectWizard, widget: QWidget) -> int:
    return widget.mapTo(wizard, widget.rect().topLeft()).x()


def heading_label(wizard: ConnectWizard) -> QLabel:
    """The label the window shows the current page's heading in."""
    page = wizard.currentPage()
    found = [w for w in wizard.findChildren(QLabel) if w.isVisible() and w.text() == page.title()]
    assert len(found) == 1, "the heading is not on screen once"
    return found[0]


def content_left(wizard: ConnectWizard) -> int:
    """Where the page's content starts: its leftmost visible text, control or box."""
    page = wizard.currentPage()
    kinds = (QLabel, QAbstractButton, QLineEdit, QListWidget)
    shown = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and (isinstance(w, kinds) or (isinstance(w, QFrame) and w.property("role")))
    ]
    return min(x_in(wizard, w) for w in shown)


def assert_one_left_edge(wizard: ConnectWizard) -> None:
    heading = heading_label(wizard)
    page = wizard.currentPage()
    title_x = x_in(wizard, heading) + heading.indent()
    assert content_left(wizard) == title_x, f"{page.heading}: content and title disagree"
    # The subtitle is drawn with the title, in the same label: the same left edge.
    document = QTextDocument()
    document.setHtml(heading.text())
    shown = document.toPlainText()
    assert shown.startswith(page.heading) and shown.endswith(page.subTitle()), shown


def main_buttons(wizard: ConnectWizard) -> list[QPushButton]:
    return [
        b
        for b in wizard.findChildren(QPushButton)
        if b.isVisible() and b.property("role") == "primary"
    ]


def enter_presses(wizard: ConnectWizard, main: QPushButton) -> bool:
    """Whether Enter presses ``main``: it is the window's default button, unless the
    keyboard is on another push button (Enter then presses that one, as in every dialog)."""
    focused = QApplication.focusWidget()
    return main.isDefault() or (isinstance(focused, QPushButton) and focused is not main)


def assert_one_main_button(wizard: ConnectWizard) -> QPushButton:
    found = main_buttons(wizard)
    assert len(found) == 1, [b.text() for b in found]
    return found[0]


def test_every_page_has_one_left_edge_and_one_main_button(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    click(qtbot, wizard.details_page.fill_button)
    assert_one_left_edge(wizard)
    main = assert_one_main_button(wizard)
    assert main is next_button(wizard) and enter_presses(wizard, main)

    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    assert_one_left_edge(wizard)
    assert main_buttons(wizard) == []  # Zoho's own Accept is the main button here

    web_click(qtbot, wizard, "deny")
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert_one_left_edge(wizard)
    assert assert_one_main_button(wizard) is panel.main_button()

    click(qtbot, panel.main_button())  # "Sign in again"
    wait_step(qtbot, wizard, Step.CONSENT)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    sandbox.faults.add("organizations", "books429")
    web_click(qtbot, wizard, "accept")
    # The organizations could not be listed: the page says so, with one main button.
    qtbot.waitUntil(wizard.finishing_page.error_panel.isVisible)
    assert_one_left_edge(wizard)
    assert "don't need to do anything" not in wizard.finishing_page.subTitle()
    assert_one_main_button(wizard)
    wizard.controller.clock.advance(120)  # the rate limit's wait is over
    retry = wizard.finishing_page.error_panel.main_button()
    assert retry is not None
    qtbot.waitUntil(retry.isEnabled)
    click(qtbot, retry)

    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert_one_left_edge(wizard)
    main = assert_one_main_button(wizard)
    assert main is next_button(wizard) and enter_presses(wizard, main)

    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert_one_left_edge(wizard)
    main = assert_one_main_button(wizard)
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert main is finish
    qtbot.waitUntil(finish.isDefault)  # once the page put the keyboard on it
