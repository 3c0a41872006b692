"""Setup files: what the firm's admin saves and staff open (core.setup_file), and the
messages for the admin (core.admin_message)."""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from zoho_wizard.core import admin_message, errors, navigation, setup_file
from zoho_wizard.core.flow import Phase, Step, WizardState
from zoho_wizard.core.preset import load_preset
from zoho_wizard.core.screen import ScreenState, recovery_offers
from zoho_wizard.core.store import MemorySecretStore

Action = errors.Action
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

APP_ID = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"
SECRET = "0123456789abcdef0123456789abcdef0123456789"
SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "AaaServer.profile.Read")
DRAFT = setup_file.SetupDraft(
    set_by="Smith & Co IT “Books”",
    client_id=APP_ID,
    client_secret=SECRET,
    data_center="eu",
    scopes=SCOPES,
    allowed_organizations=("10234695", "20345786"),
    connection_name="Books – {organization}",
)


class RefusingStore(MemorySecretStore):
    """A password store that is not there (a computer without one)."""

    def set(self, connection: str, kind: str, value: str) -> None:
        raise errors.KeyringUnavailableError()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- saving and reading back -----------------------------------------------------------------


@posix_only
def test_a_saved_setup_file_reads_back_as_the_same_preset_and_is_private(tmp_path: Path) -> None:
    saved = setup_file.save_setup_file(tmp_path / "for staff" / "Acme", DRAFT)
    assert saved == tmp_path / "for staff" / "Acme.zohowizard"  # the extension a double-click opens
    assert _mode(saved) == 0o600  # it holds the secret: only its owner may read it
    preset = load_preset(saved)  # one schema: the preset's
    assert (preset.set_by, preset.client_id, preset.client_secret) == (DRAFT.set_by, APP_ID, SECRET)
    assert (preset.data_center, preset.scopes) == ("eu", SCOPES)
    assert preset.allowed_organizations == ("10234695", "20345786")
    assert preset.connection_name_for("Acme Ltd") == "Books – Acme Ltd"
    # Everything the admin set is locked for staff.
    assert preset.locked == {
        "client_id",
        "client_secret",
        "data_center",
        "scopes",
        "connection_name",
        "allowed_organizations",
    }
    assert setup_file.is_complete(preset)
    assert list(tmp_path.joinpath("for staff").iterdir()) == [saved]  # no temporary file left


@posix_only
def test_without_the_secret_the_file_is_ordinary_and_staff_type_the_secret(
    tmp_path: Path,
) -> None:
    saved = setup_file.save_setup_file(
        tmp_path / "acme.zohowizard", replace(DRAFT, client_secret="")
    )
    assert saved.name == "acme.zohowizard"  # not doubled
    assert _mode(saved) == 0o644
    assert "client_secret" not in saved.read_text(encoding="utf-8")
    preset = load_preset(saved)
    assert preset.client_secret is None
    assert not setup_file.is_complete(preset)  # the details page asks for the secret


def test_a_folder_that_cannot_be_written_is_reported_with_a_way_out(tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(errors.StorageError) as caught:
        setup_file.save_setup_file(blocker / "acme", DRAFT)
    assert "could not be saved" in caught.value.message
    assert "Choose another folder" in caught.value.fix


# --- opening: permissions, the password store, the remembered copy -----------------------------


@posix_only
def test_a_setup_file_others_can_read_is_refused_until_it_is_made_private(tmp_path: Path) -> None:
    path = setup_file.save_setup_file(tmp_path / "acme", DRAFT)
    os.chmod(path, 0o644)  # as a mail program may save an attachment
    secrets = MemorySecretStore()
    with pytest.raises(setup_file.SetupFileReadableError) as caught:
        setup_file.open_setup_file(path, secrets, tmp_path / "remembered.toml")
    refused = caught.value
    assert refused.action is Action.FIX_PERMISSIONS
    assert refused.path == path
    assert "other people on this computer can read it" in refused.message
    assert "Make it private and open" in refused.fix and "chmod 600" in refused.fix
    assert secrets.get(setup_file.SECRET_PREFIX + APP_ID, "client_secret") is None
    assert not (tmp_path / "remembered.toml").exists()

    setup_file.make_private(path)  # the button's fix
    assert _mode(path) == 0o600
    opened = setup_file.open_setup_file(path, secrets, tmp_path / "remembered.toml")
    assert opened.secret_stored


@posix_only
def test_a_readable_file_without_the_secret_is_fine(tmp_path: Path) -> None:
    path = setup_file.save_setup_file(tmp_path / "acme", replace(DRAFT, client_secret=""))
    opened = setup_file.open_setup_file(path, MemorySecretStore(), tmp_path / "remembered.toml")
    assert not opened.secret_stored  # nothing to keep, nothing to delete
    assert opened.preset.client_id == APP_ID


def test_opening_moves_the_secret_to_the_store_and_remembers_the_rest(tmp_path: Path) -> None:
    path = setup_file.save_setup_file(tmp_path / "acme", DRAFT)
    secrets = MemorySecretStore()
    remember = tmp_path / "config" / "setup.toml"
    opened = setup_file.open_setup_file(path, secrets, remember)
    assert opened.secret_stored and opened.path == path
    assert opened.preset.client_secret == SECRET  # for this session
    assert secrets.get(setup_file.SECRET_PREFIX + APP_ID, "client_secret") == SECRET
    remembered_text = remember.read_text(encoding="utf-8")
    assert SECRET not in remembered_text
    assert not re.search(r"^\s*client_secret\s*=", remembered_text, re.MULTILINE)
    if sys.platform != "win32":
        assert _mode(remember) == 0o600

    # A later launch: the remembered setup, with its secret back from the store.
    preset, problem = setup_file.remembered_setup(secrets, remember)
    assert problem is None and preset is not None
    assert (preset.client_id, preset.client_secret, preset.set_by) == (APP_ID, SECRET, DRAFT.set_by)
    assert setup_file.is_complete(preset)
    assert preset.is_locked("client_secret")  # still the admin's, not the person's to change

    # The store lost it (another computer account, a reset store): staff type it again.
    preset, problem = setup_file.remembered_setup(MemorySecretStore(), remember)
    assert preset is not None and preset.client_secret is None
    assert not setup_file.is_complete(preset)


def test_without_a_password_store_the_secret_is_used_for_this_session_only(
    tmp_path: Path,
) -> None:
    path = setup_file.save_setup_file(tmp_path / "acme", DRAFT)
    remember = tmp_path / "setup.toml"
    opened = setup_file.open_setup_file(path, RefusingStore(), remember)
    assert not opened.secret_stored  # so the file is not offered for deletion
    assert opened.preset.client_secret == SECRET
    assert SECRET not in remember.read_text(encoding="utf-8")


def test_remembered_setup_when_there_is_none_or_it_is_damaged(tmp_path: Path) -> None:
    assert setup_file.remembered_setup(MemorySecretStore(), tmp_path / "none.toml") == (None, None)
    broken = tmp_path / "broken.toml"
    broken.write_text("[preset]\nclient_id = \n", encoding="utf-8")
    preset, problem = setup_file.remembered_setup(MemorySecretStore(), broken)
    assert preset is None and problem is not None and problem.line == 2


def test_practice_mode_remembers_its_setup_apart_from_the_firms() -> None:
    assert setup_file.remembered_path().name == "setup.toml"
    assert setup_file.remembered_path(practice=True).name == "practice-setup.toml"
    assert setup_file.remembered_path(practice=True).parent == setup_file.remembered_path().parent


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("this is not toml = [", 1),
        ('[preset]\nclient_id = "https://api-console.zoho.com"\n', 2),
        ('[preset]\ncolour = "blue"\n', 2),
    ],
)
def test_a_file_that_is_not_a_setup_says_so_in_the_wizards_words(
    tmp_path: Path, text: str, where: int
) -> None:
    path = tmp_path / "acme.zohowizard"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(setup_file.SetupFileInvalidError) as caught:
        setup_file.open_setup_file(path, MemorySecretStore(), tmp_path / "remembered.toml")
    # The bookkeeper reads what happened; what is wrong in the file is for the admin.
    assert caught.value.message == "The file acme.zohowizard could not be opened as a setup file."
    assert caught.value.fix.startswith("Ask your firm's IT admin to send it again")
    assert f"For them: line {where}: " in caught.value.fix
    assert caught.value.action is Action.NONE


def test_a_missing_file_is_not_a_setup(tmp_path: Path) -> None:
    with pytest.raises(setup_file.SetupFileInvalidError) as caught:
        setup_file.open_setup_file(
            tmp_path / "gone.zohowizard", MemorySecretStore(), tmp_path / "r.toml"
        )
    assert caught.value.message == "The setup file gone.zohowizard was not found."
    assert "Check where it was saved" in caught.value.fix


def test_is_complete_needs_the_app_its_secret_its_home_and_the_access(tmp_path: Path) -> None:
    path = setup_file.save_setup_file(tmp_path / "acme", DRAFT)
    full = load_preset(path)
    assert setup_file.is_complete(full)
    assert not setup_file.is_complete(None)
    for missing in ("client_id", "client_secret", "data_center", "scopes"):
        assert not setup_file.is_complete(replace(full, **{missing: None})), missing


# --- what the admin enters ---------------------------------------------------------------


def test_organization_ids_accept_commas_spaces_and_lines() -> None:
    assert setup_file.organization_ids("") == ()
    assert setup_file.organization_ids(" 10234695, 20345786;\n30456897 ") == (
        "10234695",
        "20345786",
        "30456897",
    )


def test_the_drafts_problems_name_their_fields() -> None:
    assert setup_file.draft_problems(DRAFT) == {}
    assert setup_file.draft_problems(replace(DRAFT, client_secret="")) == {}  # staff type it
    bad = replace(
        DRAFT,
        client_id="https://api-console.zoho.com",
        client_secret="short",
        data_center="mars",
        scopes=(),
        allowed_organizations=("Acme",),
        connection_name="",
    )
    problems = setup_file.draft_problems(bad)
    assert set(problems) == {
        "client_id",
        "client_secret",
        "data_center",
        "scopes",
        "allowed_organizations",
        "connection_name",
    }
    assert "web address" in problems["client_id"]
    assert "“Acme” is not an organization ID" in problems["allowed_organizations"]


def test_text_that_looks_like_toml_stays_text(tmp_path: Path) -> None:
    draft = replace(DRAFT, set_by='IT "quoted" \\ back\nslash = 1', client_secret="")
    preset = load_preset(setup_file.save_setup_file(tmp_path / "odd", draft))
    assert preset.set_by == draft.set_by


# --- where the wizard goes, and the buttons with a setup file's problem ---------------------


def test_a_setup_file_opens_only_when_no_sign_in_is_under_way() -> None:
    for step in (Step.WELCOME, Step.START, Step.DETAILS, Step.ADMIN_SETUP):
        assert navigation.can_open_setup(WizardState(step=step))
        assert navigation.setup_opened(WizardState(step=step)).step is Step.DETAILS
    for step in (Step.CONSENT, Step.FINISHING, Step.ORGANIZATION, Step.DONE):
        state = WizardState(step=step)
        assert not navigation.can_open_setup(state)
        assert navigation.setup_opened(state) is state


def test_back_from_the_admins_page_after_the_checklist_goes_home() -> None:
    for has_connections, home in ((False, Step.WELCOME), (True, Step.START)):
        admin = navigation.open_admin_setup(navigation.initial_state(has_connections))
        checklist = navigation.open_before_start(admin)
        back_on_admin = navigation.close_before_start(checklist)
        assert back_on_admin.step is Step.ADMIN_SETUP
        assert navigation.close_admin_setup(back_on_admin, has_connections).step is home


def test_a_refused_setup_file_offers_make_it_private_and_open(tmp_path: Path) -> None:
    refused = setup_file.SetupFileReadableError(tmp_path / "acme.zohowizard")
    for step in (Step.WELCOME, Step.START):
        ui = ScreenState(WizardState(step=step, error=refused), setup_refused=refused.path)
        offers = recovery_offers(ui)
        assert [(o.action, o.primary) for o in offers] == [(Action.FIX_PERMISSIONS, True)]
        # Another problem with a setup file: the page's own choices are the way on.
        invalid = ScreenState(
            WizardState(step=step, error=errors.StorageError("The setup file x…")),
        )
        assert recovery_offers(invalid) == ()


def test_a_failed_sign_in_with_a_permissions_error_still_gets_the_usual_offers() -> None:
    refused = setup_file.SetupFileReadableError(Path("acme.zohowizard"))
    state = WizardState(step=Step.FINISHING, phase=Phase.FAILED, error=refused)
    assert recovery_offers(ScreenState(state))  # (no setup file to fix here)


# --- messages for the admin -----------------------------------------------------------------

APP = admin_message.AppFacts(
    client_id=APP_ID,
    data_center="eu",
    redirect_uri="http://127.0.0.1:47214/callback",
    console_url="https://api-console.zoho.eu",
)


def test_the_message_for_the_admin_says_what_happened_which_app_and_what_to_change() -> None:
    error = errors.InvalidRedirectUriError()
    assert admin_message.admin_can_fix(error)
    text = admin_message.message_for_admin(error, APP)
    assert error.message in text
    assert f"App ID (Zoho calls it the client ID): {APP_ID}" in text
    assert "Registered in: Europe" in text
    assert "Authorized Redirect URIs: http://127.0.0.1:47214/callback" in text
    assert "http://localhost:47214/callback works too" in text
    assert "API console: https://api-console.zoho.eu" in text


def test_only_console_errors_are_the_admins() -> None:
    assert admin_message.admin_can_fix(errors.InvalidClientError())
    assert not admin_message.admin_can_fix(errors.AccessDeniedError())
    assert not admin_message.admin_can_fix(errors.NetworkError())
    assert not admin_message.admin_can_fix(None)
    # An error without a console fix still makes a message (with its own fix).
    text = admin_message.message_for_admin(errors.NetworkError(), replace(APP, client_id=""))
    assert errors.NetworkError().fix in text
    assert "(none entered)" in text


def test_the_setup_steps_for_it_have_everything_the_admin_needs() -> None:
    text = admin_message.setup_steps_for_it(APP.redirect_uri, APP.console_url)
    for needed in (
        APP.console_url,
        "Server-based Applications",
        "Authorized Redirect URIs",
        APP.redirect_uri,
        "http://localhost:47214/callback",
        "Multi-DC",
        "I'm the admin: set up for staff",
        "setup file",
    ):
        assert needed in text, needed
