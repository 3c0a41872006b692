"""Device sign-in's pure decisions: units, when to poll, what each answer means."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from zoho_wizard.core import device, errors
from zoho_wizard.core.device import AnswerKind, DevicePhase, PollAnswer, PollRules
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.serverinfo import ServerInfo
from zoho_wizard.core.tokens import TokenSet

NOW = 1_800_000_000.0
US = "https://accounts.zoho.com"


def code(interval: float = 30.0, expires_in: float = 300.0) -> device.DeviceCode:
    return device.DeviceCode(
        "1004.dev.code", "ABCD-EFGH", f"{US}/device", "", interval, expires_in, US
    )


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (30, 30.0),  # seconds
        (30000, 30.0),  # milliseconds
        (300, 300.0),
        (300000, 300.0),
        ("5000", 5.0),  # a number as text
        (1000, 1000.0),  # the boundary is seconds
        (1001, 1.001),
        (None, 42.0),  # missing: the default
        ("soon", 42.0),
        (0, 42.0),
        (-5, 42.0),
        (float("inf"), 42.0),
        (True, 42.0),
    ],
)
def test_durations_in_either_unit_become_seconds(value: object, seconds: float) -> None:
    assert device.zoho_seconds(value, 42.0) == pytest.approx(seconds)


def test_code_answer_in_milliseconds_with_the_complete_address() -> None:
    body = {
        "user_code": "ABCD-EFGH",
        "device_code": "1004.abc.def",
        "verification_url": "https://accounts.zoho.com/device",
        "verification_uri_complete": "https://accounts.zoho.com/device?user_code=ABCD-EFGH",
        "interval": 5000,
        "expires_in": 300000,
    }
    got = device.parse_code_answer(200, json.dumps(body), US + "/")
    assert (got.interval, got.expires_in) == (5.0, 300.0)
    assert got.address_to_open.endswith("?user_code=ABCD-EFGH")
    assert got.accounts_server == US
    assert "1004.abc.def" not in repr(got)


def test_code_answer_in_seconds_with_the_rfc_name_and_no_complete_address() -> None:
    body = {
        "user_code": "X",
        "device_code": "d",
        "verification_uri": "https://a/device",
        "interval": 30,
        "expires_in": 300,
    }
    got = device.parse_code_answer(200, json.dumps(body), US)
    assert (got.interval, got.expires_in, got.address_to_open) == (30.0, 300.0, "https://a/device")


def test_a_client_of_the_wrong_kind_is_said_so_with_the_console_fix() -> None:
    with pytest.raises(device.NotDeviceClientError) as caught:
        device.parse_code_answer(200, '{"error": "invalid_client"}', US)
    assert caught.value.action is errors.Action.OPEN_API_CONSOLE
    assert "Non-browser" in caught.value.fix
    with pytest.raises(errors.ServerError):
        device.parse_code_answer(502, "<html>bad gateway</html>", US)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ({"error": "authorization_pending"}, AnswerKind.PENDING),
        ({"error": "slow_down"}, AnswerKind.SLOW_DOWN),
        ({"error": "access_denied"}, AnswerKind.DENIED),
        ({"error": "expired"}, AnswerKind.EXPIRED),
        ({"error": "expired_token"}, AnswerKind.EXPIRED),
        ({"error": "other_dc", "user_location": "eu"}, AnswerKind.OTHER_DC),
    ],
)
def test_poll_answers(body: dict[str, str], kind: AnswerKind) -> None:
    answer = device.read_poll_answer(200, json.dumps(body), now=NOW)
    assert answer.kind is kind
    assert answer.location == body.get("user_location", "")


def test_a_poll_answer_with_keys_and_one_with_a_wrong_secret() -> None:
    body = {"access_token": "1000.a.b", "refresh_token": "1000.r.t", "expires_in": 3600}
    answer = device.read_poll_answer(200, json.dumps(body), now=NOW)
    assert answer.kind is AnswerKind.APPROVED and answer.tokens is not None
    assert answer.tokens.refresh_token == "1000.r.t"
    with pytest.raises(errors.InvalidClientSecretError):
        device.read_poll_answer(200, '{"error": "invalid_client_secret"}', now=NOW)


def test_polls_are_never_closer_than_thirty_seconds_whatever_zoho_asks() -> None:
    sign_in = device.begin(code(interval=5.0), NOW)
    assert sign_in.interval == 30.0
    assert not device.may_poll(sign_in, NOW + 29.9)
    assert device.may_poll(sign_in, NOW + 30.0)
    later = device.answered(sign_in, PollAnswer(AnswerKind.PENDING), NOW + 30)
    assert later.next_poll_at == NOW + 60
    assert device.seconds_until_poll(later, NOW + 45) == 15.0


def test_a_longer_interval_from_zoho_is_kept() -> None:
    sign_in = device.begin(code(interval=45.0), NOW)
    assert sign_in.next_poll_at == NOW + 45


def test_slow_down_adds_to_the_interval_each_time() -> None:
    sign_in = device.begin(code(), NOW)
    once = device.answered(sign_in, PollAnswer(AnswerKind.SLOW_DOWN), NOW + 30)
    twice = device.answered(once, PollAnswer(AnswerKind.SLOW_DOWN), NOW + 65)
    assert (once.interval, twice.interval) == (35.0, 40.0)
    assert twice.next_poll_at == NOW + 105
    assert twice.slowed == 2 and twice.waiting


def test_other_dc_moves_the_polls_to_that_data_center() -> None:
    sign_in = device.begin(code(), NOW)
    moved = device.answered(
        sign_in,
        PollAnswer(AnswerKind.OTHER_DC, location="eu"),
        NOW + 30,
        accounts_server="https://accounts.zoho.eu/",
    )
    assert moved.waiting
    assert (moved.accounts_server, moved.location) == ("https://accounts.zoho.eu", "eu")
    lost = device.answered(sign_in, PollAnswer(AnswerKind.OTHER_DC, location="zz"), NOW + 30)
    assert lost.phase is DevicePhase.FAILED
    assert isinstance(lost.error, device.UnknownDataCenterError) and "zz" in lost.error.message


def test_denied_expired_and_approved_end_the_waiting() -> None:
    sign_in = device.begin(code(), NOW)
    denied = device.answered(sign_in, PollAnswer(AnswerKind.DENIED), NOW + 30)
    assert denied.phase is DevicePhase.DENIED
    assert isinstance(denied.error, device.DeviceDeniedError)
    assert denied.error.action is errors.Action.TRY_AGAIN
    expired = device.answered(sign_in, PollAnswer(AnswerKind.EXPIRED), NOW + 30)
    assert isinstance(expired.error, device.DeviceCodeExpiredError)
    tokens = TokenSet("1000.a.b", NOW + 3600, refresh_token="1000.r.t")
    approved = device.answered(sign_in, PollAnswer(AnswerKind.APPROVED, tokens), NOW + 30)
    assert approved.phase is DevicePhase.APPROVED and approved.tokens == tokens
    # A late answer after the end changes nothing.
    assert device.answered(denied, PollAnswer(AnswerKind.PENDING), NOW + 60) == denied


def test_the_countdown_and_the_end_of_the_code() -> None:
    sign_in = device.begin(code(expires_in=300.0), NOW)
    assert device.seconds_left(sign_in, NOW + 100) == 200.0
    assert device.seconds_left(sign_in, NOW + 400) == 0.0
    assert not device.may_poll(sign_in, NOW + 300)
    over = device.timed_out(sign_in, NOW + 300)
    assert over.phase is DevicePhase.EXPIRED
    # A pending answer heard after the code's end ends it too.
    late = device.answered(sign_in, PollAnswer(AnswerKind.PENDING), NOW + 310)
    assert late.phase is DevicePhase.EXPIRED


def test_network_trouble_asks_again_later_and_other_failures_end_it() -> None:
    sign_in = device.begin(code(), NOW)
    again = device.failed(sign_in, errors.NetworkError(), NOW + 30)
    assert again.waiting and again.next_poll_at == NOW + 60
    ended = device.failed(sign_in, errors.InvalidClientSecretError(), NOW + 30)
    assert ended.phase is DevicePhase.FAILED


def test_only_a_test_or_practice_server_may_be_polled_more_often() -> None:
    assert device.rules_for(Endpoints(serverinfo=ServerInfo("x", zoho=True)), 0.0) == (
        device.ZOHO_RULES
    )
    practice = Endpoints({"us": "http://127.0.0.1:1/accounts/us"}, label="x", practice=True)
    fast = device.rules_for(practice, 0.0)
    assert fast.floor == 0.0 and 0 < fast.backoff <= 0.01
    sign_in = device.begin(code(interval=30.0), NOW, fast)
    assert sign_in.interval == 30.0  # the server's own interval still counts
    sign_in = device.begin(replace(code(), interval=0.0), NOW, PollRules(floor=0.0))
    assert device.may_poll(sign_in, NOW)


def test_the_data_center_an_other_dc_answer_names() -> None:
    endpoints = Endpoints(serverinfo=ServerInfo("x", zoho=True))
    assert device.accounts_server_for(endpoints, "eu") == "https://accounts.zoho.eu"
    assert device.accounts_server_for(endpoints, "EU") == "https://accounts.zoho.eu"
    assert device.accounts_server_for(endpoints, "accounts.zoho.in") == "https://accounts.zoho.in"
    assert device.accounts_server_for(endpoints, "https://evil.example") == ""
    assert device.accounts_server_for(endpoints, "") == ""


def test_the_sign_in_key_never_holds_the_device_code() -> None:
    sign_in = device.begin(code(), NOW)
    assert sign_in.key.startswith("device:") and "1004.dev.code" not in sign_in.key


# --- the way in, in the flow ----------------------------------------------------------------


def test_the_device_way_in_in_the_flow() -> None:
    from zoho_wizard.core import flow, ways_in
    from zoho_wizard.core.details import ConnectionDetails, PracticeHint
    from zoho_wizard.core.screen import ScreenState, recovery_offers

    details = ConnectionDetails("Books", "1000.A", "s", "us", ("ZohoBooks.settings.READ",), "")
    hint = PracticeHint(
        "1000.A", "s", "", "", "", device_client_id="1004.D", device_client_secret="d"
    )
    app = ways_in.device_app(details, None, hint)
    assert app is not None and app.client_id == "1004.D"
    assert ways_in.device_app(details, None) is None  # no Non-browser client: not offered
    state = flow.device_started(flow.WizardState(), ways_in.device_details(details, app))
    assert (state.step, state.way_in, state.details and state.details.client_id) == (
        flow.Step.DEVICE,
        flow.WayIn.DEVICE,
        "1004.D",
    )
    assert flow.can_go_back(state)
    tokens = TokenSet("1000.a.b", NOW + 3600, refresh_token="1000.r.t")
    sign_in = device.begin(code(), NOW)
    approved = flow.device_approved(state, tokens, sign_in.key, "https://accounts.zoho.eu/", "eu")
    assert approved.step is flow.Step.FINISHING and flow.may_exchange(approved)
    assert flow.seconds_left(approved, NOW) is None  # nothing expires after the approval
    assert flow.exchange_key(approved) == sign_in.key
    assert approved.tokens is None and approved.device_tokens == tokens
    started = flow.exchange_started(approved)
    assert not flow.may_exchange(started)  # the keys are taken once
    failed = flow.failed(started, errors.MissingRefreshTokenError())
    offers = recovery_offers(ScreenState(failed))
    assert next((o.action, o.label) for o in offers) == (errors.Action.TRY_AGAIN, "new_device_code")
    again = flow.try_again(failed, None)  # type: ignore[arg-type]
    assert again.step is flow.Step.DEVICE and again.device_tokens is None


# --- the setup file carries the Non-browser client -----------------------------------------


def test_a_setup_file_carries_the_non_browser_client_into_the_password_store(
    tmp_path: Path,
) -> None:
    from zoho_wizard.core import setup_file
    from zoho_wizard.core.store import MemorySecretStore

    draft = setup_file.SetupDraft(
        set_by="Smith IT",
        client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        client_secret="0123456789abcdef0123456789abcdef0123456789",
        data_center="us",
        scopes=("ZohoBooks.settings.READ",),
        device_client_id="1004.DEVICEDEVICEDEVICEDEVICE0000000",
        device_client_secret="device0secret0device0secret0device0secret0",
        device_client_name="Smith Books on your phone",
    )
    assert setup_file.draft_problems(draft) == {}
    path = setup_file.save_setup_file(tmp_path / "Smith", draft)
    assert path.stat().st_mode & 0o077 == 0  # private: it holds secrets
    secrets = MemorySecretStore()
    remember = tmp_path / "remembered.toml"
    opened = setup_file.open_setup_file(path, secrets, remember)
    assert opened.secret_stored
    assert opened.preset.device_client_name == "Smith Books on your phone"
    assert "device_client_id" not in opened.preset.locked  # never a form field to lock
    key = setup_file.SECRET_PREFIX + draft.device_client_id
    assert secrets.get(key, "client_secret") == draft.device_client_secret
    text = remember.read_text(encoding="utf-8")
    assert draft.device_client_secret not in text and draft.client_secret not in text
    again, problem = setup_file.remembered_setup(secrets, remember)
    assert problem is None and again is not None
    assert again.device_client_secret == draft.device_client_secret
    from zoho_wizard.core import ways_in

    app = ways_in.device_app(None, again)
    assert app == ways_in.DeviceApp(
        draft.device_client_id, draft.device_client_secret, "Smith Books on your phone"
    )


def test_a_readable_setup_file_with_only_the_device_secret_is_refused(tmp_path: Path) -> None:
    from zoho_wizard.core import setup_file
    from zoho_wizard.core.store import MemorySecretStore

    path = tmp_path / "open.zohowizard"
    path.write_text(
        '[preset]\nclient_id = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"\n'
        'device_client_id = "1004.DEVICEDEVICEDEVICEDEVICE0000000"\n'
        'device_client_secret = "device0secret0device0secret0device0secret0"\n',
        encoding="utf-8",
    )
    path.chmod(0o644)
    with pytest.raises(setup_file.SetupFileReadableError):
        setup_file.open_setup_file(path, MemorySecretStore(), tmp_path / "r.toml")
