"""``zoho-wizard connect --device`` in a real subprocess, approved on the sandbox's
verification page by the scripted browser: approval (with slow_down and other_dc on the
way), Deny, an expired code, and practice mode's own sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from zoho_wizard.cli import EXIT_FAILED, EXIT_OK
from zoho_wizard.core.setup_file import SetupDraft, save_setup_file
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import (
    PRACTICE_DEVICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_NAME,
    PRACTICE_DEVICE_CLIENT_SECRET,
    PRACTICE_EU_EMAIL,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser

pytestmark = pytest.mark.secret_service
TIMEOUT = 60.0
SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "AaaServer.profile.Read")


@dataclass
class Run:
    code: int
    out: str
    err: str
    address: str
    user_code: str


def run_device(
    env: dict[str, str],
    args: list[str],
    on_other_device: Callable[[str, str], None],
    answers: str = "",
) -> Run:
    """Start ``connect --device``, read the address and code it prints, play the other
    device, then let it finish (``answers`` on its stdin)."""
    command = [sys.executable, "-m", "zoho_wizard", *args]
    with subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        shown = []
        for line in process.stdout:
            shown.append(line)
            if "Waiting for the approval" in line:
                break
        text = "".join(shown)
        address = re.search(r"Open\s+(\S+)", text)
        user_code = re.search(r"Enter\s+(\S+)", text)
        if address is None or user_code is None:
            process.kill()
            out, err = process.communicate()
            raise AssertionError(f"no code shown:\n{text}{out}\n{err}")
        try:
            on_other_device(address[1], user_code[1])
            out, err = process.communicate(answers, timeout=TIMEOUT)
        except BaseException:
            process.kill()
            raise
    return Run(process.returncode, text + out, err, address[1], user_code[1])


@pytest.fixture
def device_sandbox(sandbox: Sandbox) -> Sandbox:
    """The sandbox, with polls allowed as fast as the test goes (the 30-second rule off)."""
    sandbox.device_units = "s"
    sandbox.device_interval = 0.05
    sandbox.device_min_interval = 0.0
    return sandbox


@pytest.fixture
def setup_path(tmp_path: Path) -> Path:
    """The firm's setup file naming the practice Non-browser client (private: it holds
    the secret)."""
    draft = SetupDraft(
        set_by="Zillum IT",
        client_id="1000.SERVERCLIENT00000000000000000000",
        client_secret="",
        data_center="us",
        scopes=SCOPES,
        device_client_id=PRACTICE_DEVICE_CLIENT_ID,
        device_client_secret=PRACTICE_DEVICE_CLIENT_SECRET,
        device_client_name=PRACTICE_DEVICE_CLIENT_NAME,
    )
    return save_setup_file(tmp_path / "Firm", draft)


def device_args(sb: Sandbox, setup: Path, name: str, *more: str) -> list[str]:
    return [
        "--accounts-url",
        sb.accounts_url("us"),
        "connect",
        "--device",
        str(setup),
        "--name",
        name,
        "--poll-every",
        "0.05",
        *more,
    ]


def test_approved_after_slow_down_at_the_users_data_center(
    device_sandbox: Sandbox, shared_env: dict[str, str], setup_path: Path, unique_name: str
) -> None:
    sb = device_sandbox
    sb.device_slow_down = 1  # the first poll hears slow_down

    def approve(address: str, user_code: str) -> None:
        with Browser() as browser:
            page = browser.approve_device(address, user_code, email=PRACTICE_EU_EMAIL)
        assert "All set" in page.text

    run = run_device(shared_env, device_args(sb, setup_path, unique_name), approve, "2\n")
    assert run.code == EXIT_OK, run.err
    assert "“Zoho Wizard on another device (practice)”" in run.out
    assert "█" in run.out  # the QR code
    assert "wait a little longer" in run.out
    assert "another data center (eu)" in run.out
    assert f"Connected “{unique_name}”: Zillum Trading Ltd (practice) (20345786)" in run.out
    # What Zoho was asked: the code with the scopes, offline, consent.
    (request,) = sb.requests_for("device_code")
    assert request.dc == "us"
    asked = {**request.query, **request.form}
    assert asked["client_id"] == PRACTICE_DEVICE_CLIENT_ID
    assert asked["scope"] == ",".join(SCOPES)
    assert (asked["access_type"], asked["prompt"]) == ("offline", "consent")
    polls = sb.requests_for("device_token")
    assert [p.dc for p in polls][-1] == "eu" and polls[0].dc == "us"
    assert all(p.form["client_secret"] == PRACTICE_DEVICE_CLIENT_SECRET for p in polls)
    assert all("client_secret" not in p.query for p in polls)
    # Saved as every way in saves: the eu servers, the keys in the password store.
    profile = ProfileStore().get(unique_name)
    assert profile.client_id == PRACTICE_DEVICE_CLIENT_ID
    assert profile.accounts_server == sb.accounts_url("eu")
    assert profile.organization_id == "20345786"
    assert KeyringSecretStore().get(unique_name, "refresh_token")
    assert KeyringSecretStore().get(unique_name, "client_secret") == PRACTICE_DEVICE_CLIENT_SECRET


def test_denied_on_the_other_device(
    device_sandbox: Sandbox, shared_env: dict[str, str], setup_path: Path, unique_name: str
) -> None:
    def deny(address: str, user_code: str) -> None:
        with Browser() as browser:
            page = browser.approve_device(address, user_code, button="deny")
        assert "Access denied" in page.text

    run = run_device(shared_env, device_args(device_sandbox, setup_path, unique_name), deny)
    assert run.code == EXIT_FAILED
    assert "turned down on the other device" in run.err
    assert "Traceback" not in run.err
    with pytest.raises(Exception, match="no saved connection"):
        ProfileStore().get(unique_name)


def test_an_expired_code_says_to_get_a_new_one(
    device_sandbox: Sandbox, shared_env: dict[str, str], setup_path: Path, unique_name: str
) -> None:
    def too_late(_address: str, user_code: str) -> None:
        device_sandbox.expire_device_codes()
        with Browser() as browser, pytest.raises(Exception, match="device approval page"):
            browser.approve_device(_address, user_code)

    run = run_device(shared_env, device_args(device_sandbox, setup_path, unique_name), too_late)
    assert run.code == EXIT_FAILED
    assert "The code expired before the sign-in was approved." in run.err
    assert "Run the command again." in run.err


def test_practice_mode_starts_its_own_sandbox(shared_env: dict[str, str]) -> None:
    def approve(address: str, user_code: str) -> None:
        with Browser() as browser:
            browser.approve_device(address, user_code)

    args = ["--demo", "connect", "--device", "--poll-every", "0.05", "--organization", "10234695"]
    run = run_device(shared_env, args, approve)
    assert run.code == EXIT_OK, run.err
    assert "Practice: sign in there as practice@example.com" in run.out
    assert "Connected “Zillum Bookkeeping (practice)”" in run.out
    assert run.address.startswith("http://127.0.0.1:")
