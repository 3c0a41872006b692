"""A firm's preset: fields filled and locked (read-only, "Set by …"), organizations limited,
the name completed with the organization, and a bad preset reported without blocking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_driver import click, next_button, sign_in, submit_details, wait_step, web_click

from zoho_wizard import cli
from zoho_wizard.core import preset as preset_module
from zoho_wizard.core.access import choices_for
from zoho_wizard.core.after_sign_in import confirmed_without_asking
from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.core.preset import Preset, find_preset, load_preset
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.practice import default_organizations
from zoho_wizard.ui.preset_view import is_read_only
from zoho_wizard.ui.wizard import PAGE_IDS, ConnectWizard

DEFAULT_ORG = ("10234695", "Zillum Bookkeeping (practice)")
OTHER_ORG = ("20345786", "Zillum Trading Ltd (practice)")
THIRD_ORG = ("30456897", "Zillum Holdings (practice)")


def preset_file(tmp_path: Path, **overrides: str) -> Path:
    values = {
        "set_by": '"Smith & Co IT"',
        "client_id": f'"{PRACTICE_CLIENT_ID}"',
        "client_secret": f'"{PRACTICE_CLIENT_SECRET}"',
        "data_center": '"eu"',
        "scopes": '["ZohoBooks.settings.READ", "ZohoBooks.invoices.ALL", '
        '"ZohoBooks.contacts.READ", "AaaServer.profile.Read"]',
        "redirect_uri": f'"{PRACTICE_REDIRECT_URI}"',
        "connection_name": '"Books – {organization}"',
        "allowed_organizations": f'["{OTHER_ORG[0]}"]',
    }
    values.update(overrides)
    lines = ["# Smith & Co's preset", "[preset]"]
    lines += [f"{key} = {value}" for key, value in values.items() if value]
    path = tmp_path / "preset.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)  # it holds the app's secret: only its owner may read it (issue 14)
    return path


@pytest.fixture
def preset(tmp_path: Path) -> Preset:
    return load_preset(preset_file(tmp_path))


def test_a_preset_fills_and_locks_the_fields(qtbot: Any, make_wizard: Any, preset: Preset) -> None:
    wizard: ConnectWizard = make_wizard(preset=preset)
    page = wizard.details_page
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    assert page.preset_banner.isVisible()
    assert "Smith & Co IT" in page.preset_banner.body.text()

    for field, value in (
        (page.client_id, PRACTICE_CLIENT_ID),
        (page.redirect_uri, PRACTICE_REDIRECT_URI),
        (page.name, "Books – {organization}"),
    ):
        assert field.edit.text() == value
        # Read-only, not disabled: still focusable and readable by a screen reader.
        assert field.edit.isReadOnly() and field.edit.isEnabled()
        assert field.edit.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert field.lock is not None and not field.lock.isHidden()
        assert field.lock.text.text() == "Set by Smith & Co IT"
        assert "Set by Smith & Co IT" in field.edit.accessibleDescription()
    # Typing changes nothing.
    page.client_id.edit.setFocus()
    qtbot.keyClicks(page.client_id.edit, "xyz")
    assert page.client_id.edit.text() == PRACTICE_CLIENT_ID
    assert page.name.note is not None and page.name.note.isVisible()
    assert "organization you choose" in page.name.note.text()

    # The secret is filled but never shown, not even on request.
    secret = page.client_secret.edit
    assert secret.text() == PRACTICE_CLIENT_SECRET
    assert secret.echoMode() is QLineEdit.EchoMode.Password
    assert secret.isReadOnly()
    assert not page.reveal.isVisible()

    # The data center is locked: focusable, but arrows, wheel and clicks don't move it.
    dc = page.data_center
    assert dc.currentData() == "eu"
    assert is_read_only(dc) and dc.isEnabled()
    assert page.data_center_lock.isVisibleTo(page)
    dc.setFocus()
    qtbot.keyClick(dc, Qt.Key.Key_Down)
    qtbot.mouseClick(dc, Qt.MouseButton.LeftButton)
    assert dc.currentData() == "eu"
    dc.setCurrentIndex(dc.findData("us"))  # e.g. an accessibility action
    assert dc.currentData() == "eu"

    # The scopes became the access choices, locked the same way.
    assert page.access["invoices"].currentData() == "full"
    assert page.access["contacts"].currentData() == "read"
    assert page.access["settings"].currentData() == "read"
    assert page.access["bills"].currentData() == "none"
    assert page.show_email.isChecked() and not page.full_access.isChecked()
    assert all(is_read_only(c) for c in page.access.values())
    assert page.access_lock.isVisibleTo(page)
    click(qtbot, page.full_access)
    assert not page.full_access.isChecked()
    assert not page.preset_scopes.isVisibleTo(page)

    # Practice's "fill in" leaves the locked values alone; Next works.
    click(qtbot, page.fill_button)
    assert dc.currentData() == "eu"
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())


def test_scopes_the_choices_cannot_show_are_listed_read_only(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    odd = '["ZohoBooks.settings.READ", "ZohoBooks.invoices.CREATE", "ZohoCRM.modules.READ"]'
    preset = load_preset(preset_file(tmp_path, scopes=odd))
    wizard: ConnectWizard = make_wizard(preset=preset)
    page = wizard.details_page
    assert page.preset_scopes.isVisibleTo(page)
    assert page.preset_scopes.isReadOnly()
    assert page.preset_scopes.toPlainText().splitlines() == [
        "ZohoBooks.settings.READ",
        "ZohoBooks.invoices.CREATE",
        "ZohoCRM.modules.READ",
    ]
    assert not page.modules_box.isVisibleTo(page)
    assert page.chosen_scopes() == (
        "ZohoBooks.settings.READ",
        "ZohoBooks.invoices.CREATE",
        "ZohoCRM.modules.READ",
    )


@pytest.mark.parametrize(
    ("scopes", "mapped"),
    [
        (("ZohoBooks.fullaccess.all",), True),
        (("ZohoBooks.settings.READ", "ZohoBooks.bills.READ"), True),
        (("ZohoBooks.bills.READ",), True),  # the organization scope is always added
        (("ZohoBooks.invoices.ALL", "ZohoBooks.settings.read"), True),
        (("ZohoBooks.invoices.READ", "ZohoBooks.invoices.CREATE"), False),
        (("ZohoBooks.settings.READ", "ZohoCRM.modules.ALL"), False),
    ],
)
def test_scopes_map_back_to_the_access_choices_where_they_can(
    scopes: tuple[str, ...], mapped: bool
) -> None:
    assert (choices_for(scopes) is not None) is mapped


def test_the_only_allowed_organization_is_confirmed_without_asking(
    qtbot: Any, make_wizard: Any, preset: Preset, sandbox: Sandbox, config_path: Path
) -> None:
    wizard: ConnectWizard = make_wizard(preset=preset)
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    submit_details(qtbot, wizard)
    assert "/accounts/eu/" in wizard.controller.state.request.url
    # What the finishing page's last line says while the only allowed one is saved.
    named: list[str] = []
    last_line = wizard.finishing_page.check_rows[Phase.LOADING_ORGANIZATIONS]

    def seen(ui: Any) -> None:
        if confirmed_without_asking(ui.flow):
            named.append(last_line.words.text())

    wizard.controller.stateChanged.connect(seen)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.DONE)
    assert PAGE_IDS[Step.ORGANIZATION] not in wizard.visitedIds()  # never asked
    assert named and named[-1] == f"Found your organization: {OTHER_ORG[1]}"

    final = f"Books – {OTHER_ORG[1]}"
    assert wizard.done_page.name.text() == final
    assert OTHER_ORG[0] in wizard.done_page.values["organization"].text()
    kept_in = wizard.done_page.values["secrets"].text()
    assert f"{final}/refresh_token" in kept_in and "{organization}" not in kept_in
    # The connection and its secrets moved to the completed name; nothing is left behind.
    assert keyring.get_password("zoho-wizard", f"{final}/refresh_token")
    assert keyring.get_password("zoho-wizard", f"{final}/client_secret") == PRACTICE_CLIENT_SECRET
    assert keyring.get_password("zoho-wizard", "Books – {organization}/refresh_token") is None
    text = config_path.read_text(encoding="utf-8")
    assert final in text and "{organization}" not in text


def test_the_organization_list_follows_the_preset(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox, tmp_path: Path
) -> None:
    # Three organizations, two of them allowed: the person chooses between those two.
    third = {**default_organizations()[1], "organization_id": THIRD_ORG[0], "name": THIRD_ORG[1]}
    sandbox.add_user(
        "trio@example.com",
        "trio-pass",
        home_dc="eu",
        organizations=[*default_organizations(), third],
    )
    allowed = f'["{OTHER_ORG[0]}", "{THIRD_ORG[0]}"]'
    preset = load_preset(preset_file(tmp_path, allowed_organizations=allowed))
    wizard: ConnectWizard = make_wizard(preset=preset)
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, "trio@example.com", "trio-pass")
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)

    org_list = wizard.organization_page.list
    rows = {
        org_id: next(r for r in range(org_list.count()) if name in org_list.item(r).text())
        for org_id, name in (DEFAULT_ORG, OTHER_ORG, THIRD_ORG)
    }
    forbidden = org_list.item(rows[DEFAULT_ORG[0]])
    assert "Not allowed by your firm's settings" in forbidden.text()
    assert not forbidden.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not forbidden.flags() & Qt.ItemFlag.ItemIsSelectable
    for org_id in (OTHER_ORG[0], THIRD_ORG[0]):
        assert "Not allowed" not in org_list.item(rows[org_id]).text()
    # The default is not allowed, so an allowed one is chosen instead...
    state = wizard.controller.state
    assert state.organization.organization_id in (OTHER_ORG[0], THIRD_ORG[0])
    assert state.organization.name in org_list.currentItem().text()
    # ...and the forbidden one can't be chosen, by the mouse or otherwise.
    org_list.setCurrentRow(rows[OTHER_ORG[0]])
    assert wizard.controller.state.organization.organization_id == OTHER_ORG[0]
    rect = org_list.visualItemRect(forbidden)
    qtbot.mouseClick(org_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.controller.state.organization.organization_id == OTHER_ORG[0]
    wizard.controller.select_organization(DEFAULT_ORG[0])
    assert wizard.controller.state.organization.organization_id == OTHER_ORG[0]
    org_list.setCurrentRow(rows[THIRD_ORG[0]])
    assert wizard.controller.state.organization.organization_id == THIRD_ORG[0]

    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert wizard.done_page.name.text() == f"Books – {THIRD_ORG[1]}"


def test_when_no_organization_is_allowed_the_page_says_so(
    qtbot: Any, make_wizard: Any, tmp_path: Path, sandbox: Sandbox
) -> None:
    preset = load_preset(preset_file(tmp_path, allowed_organizations='["99999999"]'))
    wizard: ConnectWizard = make_wizard(preset=preset)
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    panel = wizard.organization_page.error_panel
    assert panel.isVisible()
    assert "allowed by your firm's settings" in panel.title.text()
    assert not next_button(wizard).isEnabled()
    # Nothing half-made is left: the connection is revoked at Zoho and forgotten here.
    qtbot.waitUntil(lambda: len(sandbox.requests_for("revoke")) == 1)
    qtbot.waitUntil(lambda: not wizard.controller.profiles.load().profiles)
    assert keyring.get_password("zoho-wizard", "Zoho Books/refresh_token") is None
    # The way forward is signing in with another Zoho account.
    assert list(panel.buttons) == [Action.TRY_AGAIN]
    click(qtbot, panel.buttons[Action.TRY_AGAIN])
    wait_step(qtbot, wizard, Step.CONSENT)


@pytest.mark.bad_input
def test_a_bad_preset_is_reported_and_the_wizard_still_works(
    qtbot: Any, make_wizard: Any, tmp_path: Path, sandbox: Sandbox
) -> None:
    path = preset_file(tmp_path, client_id='"https://api-console.zoho.com"')
    preset, error = find_preset(path)
    assert preset is None and error is not None
    wizard: ConnectWizard = make_wizard(preset_error=error)
    page = wizard.details_page
    banner = page.preset_banner
    assert banner.isVisible() and banner.kind() == "warning"
    assert banner.title.text() == "Your firm's settings file could not be used"
    body = banner.body.text()
    assert str(path) in body
    assert "line 4" in body  # the comment and [preset] come first, then set_by
    assert "field “client_id”" in body
    assert "opened without it" in body
    # Nothing is locked; the person fills the form and signs in as usual.
    assert not page.client_id.edit.isReadOnly()
    click(qtbot, page.fill_button)
    submit_details(qtbot, wizard)


def test_the_command_line_takes_a_preset_file(tmp_path: Path, monkeypatch: Any) -> None:
    good = preset_file(tmp_path)
    args = cli.build_parser().parse_args(["--preset", str(good)])
    assert args.preset == str(good)
    preset, error = cli.wizard_preset(args)
    assert error is None and preset is not None and preset.client_id == PRACTICE_CLIENT_ID

    missing = cli.build_parser().parse_args(["--preset", str(tmp_path / "nope.toml")])
    preset, error = cli.wizard_preset(missing)
    assert preset is None and error is not None and "does not exist" in error.problem

    # Without --preset, the system-wide preset is picked up (but not in practice mode).
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: good)
    preset, error = cli.wizard_preset(cli.build_parser().parse_args([]))
    assert preset is not None and preset.path == good
    assert cli.wizard_preset(cli.build_parser().parse_args(["--demo"])) == (None, None)
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: tmp_path / "none.toml")
    assert cli.wizard_preset(cli.build_parser().parse_args([])) == (None, None)
