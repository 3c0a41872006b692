"""Overrides are shown (issue 14, item 1): while this run's accounts or API address is
not Zoho's, every page says "Not Zoho: connecting to {host}"; the Done page and the
receipt name the saved hosts that are not Zoho's; Zoho and practice mode show none."""

from __future__ import annotations

from typing import Any

from test_ui_done import to_done
from ui_driver import (
    click,
    enter_details,
    fill_details,
    next_button,
    sign_in,
    submit_details,
    wait_step,
    web_click,
)

from zoho_wizard.core.endpoints import custom_endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.receipt import build_receipt
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    Sandbox,
)
from zoho_wizard.ui.not_zoho import NotZohoBanner
from zoho_wizard.ui.receipt import receipt_rows
from zoho_wizard.ui.wizard import ConnectWizard


def _banner_lines(wizard: ConnectWizard) -> list[str]:
    page = wizard.currentPage()
    banners = [b for b in page.findChildren(NotZohoBanner) if b.isVisible()]
    assert len(banners) <= 1
    return banners[0].title.text().splitlines() if banners else []


def test_every_page_names_the_hosts_that_are_not_zohos(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    endpoints = custom_endpoints(
        sandbox.accounts_url("us"), sandbox.api_domain("us"), label="Staging"
    )
    expected = [f"Not Zoho: connecting to {host}" for host in endpoints.override_hosts()]
    assert expected == ["Not Zoho: connecting to 127.0.0.1"]
    wizard = make_wizard(endpoints=endpoints, first_screen=True)
    seen: set[Step] = set()

    def look() -> None:
        step = wizard.controller.state.step
        if step not in seen and wizard.currentPage() is wizard.pages.get(step):
            seen.add(step)
            assert _banner_lines(wizard) == expected, step

    wizard.currentIdChanged.connect(lambda _id: look())
    look()
    enter_details(qtbot, wizard)
    fill_details(qtbot, wizard, client_id=PRACTICE_CLIENT_ID, client_secret=PRACTICE_CLIENT_SECRET)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    look()
    assert {Step.WELCOME, Step.DETAILS, Step.CONSENT, Step.DONE} <= seen
    # Done names the saved servers that are not Zoho's, where it names the data center.
    assert "Not Zoho: connecting to 127.0.0.1" in wizard.done_page.values["data_center"].text()
    profile = wizard.controller.state.profile
    assert profile is not None
    rows = dict(receipt_rows(build_receipt(profile, "the Secret Service")))
    assert rows["Not Zoho"] == "Not Zoho: connecting to 127.0.0.1"


def test_practice_mode_shows_no_such_banner(qtbot: Any, wizard: ConnectWizard) -> None:
    assert wizard.controller.endpoints.override_hosts() == ()
    assert wizard.findChildren(NotZohoBanner) == []
    to_done(qtbot, wizard)
    assert "Not Zoho" not in wizard.done_page.values["data_center"].text()
    assert wizard.findChildren(NotZohoBanner) == []
