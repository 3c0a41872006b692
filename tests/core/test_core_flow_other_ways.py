"""The flow's "other ways in": Self Client failures, a preset's organizations and names."""

from __future__ import annotations

import pytest

from zoho_wizard.core import errors, organization_rules, ways_in
from zoho_wizard.core import flow as f
from zoho_wizard.core.authorize import begin_authorization
from zoho_wizard.core.books import Organization
from zoho_wizard.core.connect import ConnectionDetails
from zoho_wizard.core.flow import Phase, Step, WizardState
from zoho_wizard.core.store import Profile
from zoho_wizard.core.tokens import TokenSet

T0 = 1_700_000_000.0
DETAILS = ConnectionDetails(
    name="Books – {organization}",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-secret-0123456789",
    data_center="eu",
    scopes=("ZohoBooks.settings.READ",),
    redirect_uri="http://127.0.0.1:47214/callback",
)
REQUEST = begin_authorization(
    accounts_url="https://accounts.zoho.com",
    client_id=DETAILS.client_id,
    redirect_uri=DETAILS.redirect_uri,
    scopes=DETAILS.scopes,
)
TOKENS = TokenSet(access_token="fake-access", expires_at=T0 + 3600, refresh_token="fake-refresh")
PROFILE = Profile(
    name=DETAILS.name,
    client_id=DETAILS.client_id,
    data_center="eu",
    accounts_server="https://accounts.zoho.eu",
    api_domain="https://www.zohoapis.eu",
    scopes=DETAILS.scopes,
)
ORGS = (
    Organization(organization_id="111", name="Alpha"),
    Organization(organization_id="222", name="Beta", is_default=True),
    Organization(organization_id="333", name="Gamma"),
)


def _at_organizations() -> WizardState:
    state = f.self_client_code_entered(
        WizardState(step=Step.DETAILS),
        DETAILS,
        "1000." + "a" * 32 + "." + "b" * 32,
        "https://accounts.zoho.eu/",
        T0,
        300.0,
    )
    state = f.exchange_succeeded(state, TOKENS)
    state = f.stored(state, PROFILE)
    return f.organizations_loaded(state, ORGS)


# --- Self Client ------------------------------------------------------------------------


def test_the_console_lifetimes_start_with_its_default_of_three_minutes() -> None:
    assert f.SELF_CLIENT_LIFETIMES_MINUTES == (3, 5, 7, 10)
    assert f.DEFAULT_SELF_CLIENT_MINUTES == 3


def test_a_pasted_code_counts_down_from_the_paste_over_the_chosen_lifetime() -> None:
    state = f.self_client_code_entered(
        WizardState(step=Step.DETAILS), DETAILS, "code", "https://accounts.zoho.eu/", T0, 420.0
    )
    assert state.verified is not None
    assert state.verified.accounts_server == "https://accounts.zoho.eu"  # no trailing slash
    assert state.request is None
    assert f.seconds_left(state, T0 + 20) == 400.0
    assert f.code_deadline(state) == T0 + 420


def test_the_countdown_runs_from_when_the_code_was_entered_not_from_next() -> None:
    details_page = WizardState(step=Step.DETAILS)
    typed = f.console_code_changed(details_page, "1000.fake-console-code", T0)
    # The same code again (a re-render, a stray keystroke that cleans to it) keeps the time.
    assert f.console_code_changed(typed, "1000.fake-console-code", T0 + 30) is typed
    # Next is pressed a minute and a half later: 90 of the 180 seconds are gone.
    state = f.self_client_code_entered(
        typed, DETAILS, "1000.fake-console-code", "https://accounts.zoho.eu", T0 + 90, 180.0
    )
    assert f.seconds_left(state, T0 + 90) == 90.0
    # Another code in the box than the one entered: it counts from now.
    other = f.self_client_code_entered(
        typed, DETAILS, "1000.other-console-code", "https://accounts.zoho.eu", T0 + 90, 180.0
    )
    assert f.seconds_left(other, T0 + 90) == 180.0
    # Cleared: no time kept.
    assert f.console_code_changed(typed, "", T0 + 5).console_code_entered_at is None


def test_a_console_code_sent_to_zoho_is_known_as_spent_without_keeping_it() -> None:
    state = f.self_client_code_entered(
        WizardState(step=Step.DETAILS), DETAILS, "1000.fake-console-code", "https://a", T0, 180.0
    )
    assert not f.console_code_spent(state, "1000.fake-console-code")
    sent = f.exchange_started(state)
    assert not f.may_exchange(sent)  # exactly once
    assert f.console_code_spent(sent, "1000.fake-console-code")
    assert not f.console_code_spent(sent, "1000.a-new-code")
    assert not f.console_code_spent(sent, "")
    # What the state keeps is a digest, never the code itself.
    assert all("fake-console-code" not in key for key in sent.exchanged)
    back = f.try_again(f.failed(sent, errors.InvalidCodeError()), REQUEST)
    assert back.step is Step.DETAILS
    assert f.console_code_spent(back, "1000.fake-console-code")


@pytest.mark.parametrize("error", [errors.InvalidCodeError(), errors.CodeExpiredError()])
def test_an_expired_or_spent_code_says_to_generate_a_new_one(
    error: errors.ZohoWizardError,
) -> None:
    explained = ways_in.self_client_failure(error)
    assert isinstance(explained, errors.InvalidCodeError)
    assert "API console" in explained.message
    assert "Generate a new code" in explained.fix
    assert explained.action is errors.Action.TRY_AGAIN


def test_other_self_client_failures_keep_their_own_words() -> None:
    wrong_secret = errors.InvalidClientSecretError()
    assert ways_in.self_client_failure(wrong_secret) is wrong_secret
    offline = errors.NetworkError()
    assert ways_in.self_client_failure(offline) is offline


# --- a preset's allowed organizations ---------------------------------------------------------


def test_without_a_list_every_organization_may_be_chosen() -> None:
    state = _at_organizations()
    assert organization_rules.limit_organizations(state, None) is state
    assert organization_rules.organization_choice_allowed("999", None)


def test_the_default_stays_chosen_when_it_is_allowed() -> None:
    state = organization_rules.limit_organizations(_at_organizations(), ["222", "333"])
    assert state.organization == ORGS[1]
    assert state.error is None
    assert len(state.organizations) == 3  # the others stay listed (greyed by the page)


def test_a_forbidden_default_gives_way_to_an_allowed_organization() -> None:
    state = organization_rules.limit_organizations(_at_organizations(), ["333"])
    assert state.organization == ORGS[2]
    assert f.next_step(state) is Step.DONE
    assert organization_rules.organization_choice_allowed("333", ["333"])
    assert not organization_rules.organization_choice_allowed("222", ["333"])


def test_when_nothing_is_allowed_nothing_is_chosen_and_the_error_says_why() -> None:
    state = organization_rules.limit_organizations(_at_organizations(), ["999"])
    assert state.organization is None
    assert f.next_step(state) is None  # "Use this organization" can't be pressed
    assert state.error is not None
    assert "allowed by your firm's settings" in state.error.message
    assert isinstance(state.error, errors.NoAllowedOrganizationError)
    assert state.error.action is errors.Action.TRY_AGAIN  # with another Zoho account
    assert state.phase is Phase.IDLE


def test_the_limit_only_applies_on_the_organization_step() -> None:
    state = WizardState(step=Step.DETAILS)
    assert organization_rules.limit_organizations(state, ["1"]) is state


# --- a preset's connection name pattern ---------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "organization", "taken", "expected"),
    [
        ("Books – {organization}", "Zillum", (), "Books – Zillum"),
        ("Books – {organization}", "Zillum", ("Books – Zillum",), "Books – Zillum 2"),
        (
            "Books – {organization}",
            "Zillum",
            ("Books – Zillum", "Books – Zillum 2"),
            "Books – Zillum 3",
        ),
        ("{organization}", "A/B Trading\\UK", (), "A-B Trading-UK"),
        ("Fixed name", "Zillum", (), "Fixed name"),
        ("Books – {organization}", "  ", (), "Books – organization"),
        ("{organization}", "x" * 80, (), "x" * 60),
        ("{organization}", "x" * 80, ("x" * 60,), "x" * 58 + " 2"),
    ],
)
def test_the_name_pattern_gets_the_organization(
    pattern: str, organization: str, taken: tuple[str, ...], expected: str
) -> None:
    name = organization_rules.name_for_organization(pattern, organization, taken)
    assert name == expected
    assert len(name) <= 60
    assert "/" not in name and "\\" not in name
