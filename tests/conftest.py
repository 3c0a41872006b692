"""Test-wide setup: a headless Qt, throwaway user folders, and an in-memory keyring.

Environment variables are set at import time, before any Qt module loads.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, settings

from zoho_wizard.sandbox.memory_keyring import MemoryKeyring

_TMP_HOME = Path(tempfile.mkdtemp(prefix="zw-test-home-"))
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_TMP_HOME / _var.lower())
# The settings folder on every OS (platformdirs reads the XDG variables on Linux only).
os.environ["ZOHO_WIZARD_CONFIG_DIR"] = str(_TMP_HOME / "xdg_config_home" / "zoho-wizard")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium's sandbox cannot run as root (CI runs as root); never off otherwise.
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"


# --- fuzzing depth (the @given tests) -------------------------------------------------------
# "suite": every run of the test suite, CI included: a modest number of cases per test
# (built on the settings in force, so Hypothesis's own "ci" profile still applies in CI).
# "thorough": at least 10,000 cases per test, for a deliberate run, never CI:
#     bash scripts/fuzz.sh   (HYPOTHESIS_PROFILE=thorough over the @given tests only)
settings.register_profile(
    "suite",
    parent=settings.default,
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", parent=settings.get_profile("suite"), max_examples=10_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


# Tests that need one kind of OS are skipped on the others, and only there (CI runs the
# rest on Windows and macOS, where CI=true must not turn these into failures).
_NEEDS = {
    "secret_service": ("linux", "the Secret Service is Linux's password store"),
    "a11y": ("linux", "the desktop accessibility bus (AT-SPI) is Linux's"),
    "linux": ("linux", "needs Linux itself"),
}
_NOT_ON = {
    "posix": ("win32", "needs POSIX signals or file modes"),
    "alt_mnemonics": ("darwin", "macOS has no Alt+letter mnemonics"),
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for marker, (platform, reason) in _NEEDS.items():
            if item.get_closest_marker(marker) and not sys.platform.startswith(platform):
                item.add_marker(pytest.mark.skip(reason=f"{reason} (this is {sys.platform})"))
        for marker, (platform, reason) in _NOT_ON.items():
            if item.get_closest_marker(marker) and sys.platform == platform:
                item.add_marker(pytest.mark.skip(reason=f"{reason} (this is {sys.platform})"))


def secret_service_available() -> bool:
    """True when a real, unlocked Secret Service answers on the session bus."""
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.set_password("zoho-wizard-test", "probe", "probe")
        backend.delete_password("zoho-wizard-test", "probe")
    except Exception:
        return False
    return True


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """Every test gets a fresh in-memory keyring, except those that need the real one."""
    previous = keyring.get_keyring()
    if request.node.get_closest_marker("secret_service"):
        if not secret_service_available():
            if os.environ.get("CI"):
                pytest.fail("CI must provide an unlocked Secret Service (see scripts/test.sh)")
            pytest.skip("no unlocked Secret Service here; `bash scripts/test.sh` starts one")
        from keyring.backends import SecretService

        keyring.set_keyring(SecretService.Keyring())
        yield None
    else:
        backend = MemoryKeyring()
        keyring.set_keyring(backend)
        yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    """A connections file path inside this test's temporary folder."""
    return tmp_path / "config" / "connections.json"


# --- the reliability counts ---------------------------------------------------------------
# Faults: every fault the sandbox fired during a test counts as injected, and as survived
# when the test passed; tests marked ``fault`` count one more for a fault injected outside
# the sandbox (a failing keyring, a stopped server). Bad inputs: each test marked
# ``bad_input`` is one bad input tried, handled when it passed (a parametrized case whose
# expected problem ``word`` is None is a good input, and not counted).

_SANDBOXES: list[object] = []


def pytest_configure(config: pytest.Config) -> None:
    from zoho_wizard.sandbox import Sandbox

    original = Sandbox.__init__

    def remembering_init(self: Sandbox, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        _SANDBOXES.append(self)

    Sandbox.__init__ = remembering_init  # type: ignore[method-assign]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    _SANDBOXES.clear()
    return (yield)


def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> None:
    if call.when != "call":
        return
    from reliability_counts import COUNTS

    passed = call.excinfo is None
    fired = sum(getattr(sb.faults, "fired", 0) for sb in _SANDBOXES)  # type: ignore[attr-defined]
    if item.get_closest_marker("fault"):
        fired += 1
    if fired:
        COUNTS.add("faults_injected", fired)
        if passed:
            COUNTS.add("faults_survived", fired)
    callspec = getattr(item, "callspec", None)
    good_case = callspec is not None and callspec.params.get("word", "") is None
    if item.get_closest_marker("bad_input") and not good_case:
        COUNTS.add("bad_inputs_tried")
        if passed:
            COUNTS.add("bad_inputs_handled")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the reliability line (faults, bad inputs, fuzz cases, leaks) at the end."""
    from reliability_counts import COUNTS

    if COUNTS.faults_injected or COUNTS.bad_inputs_tried or COUNTS.fuzz_cases:
        terminalreporter.write_sep("-", "reliability")
        terminalreporter.write_line(COUNTS.line())


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_TMP_HOME, ignore_errors=True)
