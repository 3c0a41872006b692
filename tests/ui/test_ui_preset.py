"""A firm's preset: fields filled and locked (read-only, "Set by …"), organizations limited,
the name completed with the organization, and a bad preset reported without blocking."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget
from ui_driver import (
    click,
    focusable_widgets,
    next_button,
    sign_in,
    submit_details,
    wait_step,
    web_click,
)

from zoho_wizard import cli
from zoho_wizard.core import preset as preset_module
from zoho_wizard.core.access import choices_for
from zoho_wizard.core.after_sign_in import confirmed_without_asking
from zoho_wizard.core.details import USERINFO_SCOPE
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


def test_a_complete_setup_is_one_card_and_one_button(
    qtbot: Any, make_wizard: Any, preset: Preset, sandbox: Sandbox
) -> None:
    wizard: ConnectWizard = make_wizard(preset=preset)
    page = wizard.details_page
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    assert page.shows_card()
    assert page.card.title.text() == "Smith & Co IT set this up"
    assert page.card.what.text() == (
        "Zoho Books: View organization settings and contacts; view, change and delete invoices"
    )
    # No form: nothing to fill in, nothing technical to read.
    for section in (page.credentials, page.access_section, page.redirect_section):
        assert not section.isVisible()
    assert not page.preset_banner.isVisible() and not page.fill_button.isVisible()
    texts = " ".join(visible_texts(page)).lower()
    for word in ("client", "id", "secret", "data center", "scope", "token", "redirect", "uri"):
        assert not re.search(rf"\b{word}\b", texts), (word, texts)
    # One thing to do: "Sign in to Zoho" (the main button); "Use a different setup…" is small.
    controls = [w for w in focusable_widgets(page) if not isinstance(w, QScrollArea)]
    assert controls == [page.card.other_setup]
    assert page.card.other_setup.text() == "Use a different setup…"
    assert page.card.other_setup.property("role") == "link"
    assert next_button(wizard).text().replace("&", "") == "Sign in to Zoho"
    assert next_button(wizard).isDefault()
    submit_details(qtbot, wizard)
    request = wizard.controller.state.request
    assert "/accounts/eu/" in request.url and f"client_id={PRACTICE_CLIENT_ID}" in request.url


def test_another_setup_file_can_be_opened_from_the_card(
    qtbot: Any, make_wizard: Any, preset: Preset, tmp_path: Path
) -> None:
    wizard: ConnectWizard = make_wizard(preset=preset)
    page = wizard.details_page
    other = tmp_path / "other" / "acme.zohowizard"
    other.parent.mkdir()
    other.write_text(
        '[preset]\nset_by = "Acme IT"\nclient_id = "1000.ACMEAPP1234567890"\n', encoding="utf-8"
    )
    page.ask_setup_path = lambda _parent: str(other)
    click(qtbot, page.card.other_setup)
    # Acme's setup lacks the secret and the rest: the form, with Acme's App ID locked.
    qtbot.waitUntil(lambda: not page.shows_card())
    assert page.client_id.edit.text() == "1000.ACMEAPP1234567890"
    assert page.client_id.lock.text.text() == "Set by Acme IT"
    assert page.client_secret.edit.text() == "" and not page.client_secret.is_locked()
    assert not page.data_center_field.is_locked()


def test_a_setup_file_with_the_secret_opens_as_the_card_and_can_then_be_deleted(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    wizard: ConnectWizard = make_wizard()
    page = wizard.details_page
    path = preset_file(tmp_path)
    path.chmod(0o600)  # it holds the App secret: only its owner may read it
    wizard.controller.open_setup_file(path)
    qtbot.waitUntil(page.shows_card)
    notice = wizard.setup_files.notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert notice.title.text() == "You can delete the setup file now"
    assert "this computer's password store" in notice.body.text()
    assert not page.setup_banner.isVisible()  # said once, not twice
    click(qtbot, notice.delete_button)
    qtbot.waitUntil(lambda: not path.exists())
    qtbot.waitUntil(lambda: notice.title.text() == "The setup file was deleted.")
    assert not notice.delete_button.isVisible()
    assert page.shows_card()


def test_a_setup_file_others_can_read_is_refused_with_the_fix_at_hand(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    wizard: ConnectWizard = make_wizard()
    page = wizard.details_page
    path = preset_file(tmp_path)
    path.chmod(0o644)
    wizard.controller.open_setup_file(path)
    banner = page.setup_banner
    qtbot.waitUntil(banner.isVisible)
    assert banner.kind() == "warning"
    assert not page.shows_card()
    click(qtbot, page.banners.fix_button)  # "Make it private and open it"
    qtbot.waitUntil(page.shows_card)
    assert path.stat().st_mode & 0o077 == 0


def test_a_partial_setup_fills_and_locks_the_fields(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    # Without the App secret the setup is not complete: the form, its locked fields shown
    # as plain text with a lock and "Set by …".
    preset = load_preset(preset_file(tmp_path, client_secret=""))
    wizard: ConnectWizard = make_wizard(preset=preset)
    page = wizard.details_page
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    assert not page.shows_card()
    assert page.preset_banner.isVisible()
    assert "Smith & Co IT" in page.preset_banner.body.text()
    click(qtbot, page.advanced_toggle)

    for field, value in (
        (page.client_id, PRACTICE_CLIENT_ID),
        (page.redirect_uri, PRACTICE_REDIRECT_URI),
    ):
        assert field.edit.text() == value
        # Read-only, not disabled: still focusable and readable by a screen reader.
        assert field.edit.isReadOnly() and field.edit.isEnabled()
        assert field.edit.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert field.lock is not None and not field.lock.isHidden()
        assert field.lock.text.text() == "Set by Smith & Co IT"
        assert "Set by Smith & Co IT" in field.edit.accessibleDescription()
        # It looks like text on the page, not like a box to type in.
        assert field.edit.property("locked") == "true" and not field.edit.hasFrame()
    editable = page.client_secret.edit
    assert editable.hasFrame() and editable.property("locked") != "true"
    assert "Set by" not in editable.accessibleDescription()
    # Typing changes nothing.
    page.client_id.edit.setFocus()
    qtbot.keyClicks(page.client_id.edit, "xyz")
    assert page.client_id.edit.text() == PRACTICE_CLIENT_ID

    # The data center is locked: focusable, but arrows, wheel and clicks don't move it.
    dc = page.data_center
    assert dc.currentData() == "eu"
    assert is_read_only(dc) and dc.isEnabled() and not dc.hasFrame()
    assert page.data_center_lock.isVisibleTo(page)
    assert "Set by Smith & Co IT" in dc.accessibleDescription()
    dc.setFocus()
    qtbot.keyClick(dc, Qt.Key.Key_Down)
    qtbot.mouseClick(dc, Qt.MouseButton.LeftButton)
    assert dc.currentData() == "eu"
    dc.setCurrentIndex(dc.findData("us"))  # e.g. an accessibility action
    assert dc.currentData() == "eu"

    # The access is one line, set by the firm; its details can be looked at, not changed.
    assert page.access_lock.isVisibleTo(page)
    assert page.access_summary.text() == (
        "View organization settings and contacts; view, change and delete invoices"
    )
    assert page.change_access.text() == "Show the details…"
    click(qtbot, page.change_access)
    assert page.access["invoices"].currentData() == "full"
    assert page.access["contacts"].currentData() == "read"
    assert page.access["settings"].currentData() == "read"
    assert page.access["bills"].currentData() == "none"
    assert USERINFO_SCOPE in page.chosen_scopes() and not page.full_access.isChecked()
    assert all(is_read_only(c) for c in page.access.values())
    click(qtbot, page.full_access)
    assert not page.full_access.isChecked()
    assert not page.preset_scopes.isVisibleTo(page)

    # Practice's "fill in" leaves the locked values alone and fills the secret; on to Zoho.
    click(qtbot, page.fill_button)
    assert dc.currentData() == "eu"
    assert page.client_secret.edit.text() == PRACTICE_CLIENT_SECRET
    submit_details(qtbot, wizard)
    assert wizard.controller.state.details.name == "Books – {organization}"


def visible_texts(root: QWidget) -> list[str]:
    """The words a person sees under ``root`` (labels and buttons)."""
    return [
        w.text().replace("&", "")
        for w in root.findChildren(QWidget)
        if w.isVisible() and isinstance(w, QLabel | QAbstractButton) and w.text().strip()
    ]


def test_scopes_the_choices_cannot_show_are_listed_read_only(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    odd = '["ZohoBooks.settings.READ", "ZohoBooks.invoices.CREATE", "ZohoCRM.modules.READ"]'
    preset = load_preset(preset_file(tmp_path, scopes=odd, client_secret=""))
    wizard: ConnectWizard = make_wizard(preset=preset)
    page = wizard.details_page
    assert page.access_summary.text() == (
        "View organization settings; view and change invoices; 1 other permission"
    )
    assert not page.preset_scopes.isVisibleTo(page)  # behind "Show the details…"
    page.change_access.click()
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
    kept_in = wizard.done_page.values["secrets"].toolTip()
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
    assert keyring.get_password("zoho-wizard", "Books – {organization}/refresh_token") is None
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
