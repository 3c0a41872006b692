"""The listener's port refused by the OS: a plain message with the fix for each reason.

Windows' numbers (WinError 10013 for a reserved port or one another user holds, 10048 for
one in use) are not the C library's errno values, so they are simulated here with the
``winerror`` attribute Windows sets; the POSIX ones are the real errno values. Only a real
Windows machine can confirm which of the two a Hyper-V reservation gives there (10013
is what is reported).
"""

from __future__ import annotations

import errno
import sys

import pytest

from zoho_wizard.core import errors, loopback
from zoho_wizard.core.loopback import LoopbackListener, PortBlockedError, PortInUseError


def _refused(code: int, *, winerror: int | None = None) -> OSError:
    exc = OSError(code, "refused")
    if winerror is not None:
        exc.winerror = winerror  # type: ignore[attr-defined,unused-ignore]
    return exc


def _listen_with_bind_failing(monkeypatch: pytest.MonkeyPatch, exc: OSError) -> None:
    def server_bind(self: object) -> None:
        raise exc

    monkeypatch.setattr(loopback._Server, "server_bind", server_bind)
    LoopbackListener("http://127.0.0.1:47214/callback", "s" * 20, lambda url: None)


@pytest.mark.fault
@pytest.mark.parametrize(
    ("platform", "exc", "kind", "words"),
    [
        ("win32", _refused(10013, winerror=10013), PortBlockedError, "netsh interface ipv4"),
        ("win32", _refused(10048, winerror=10048), PortInUseError, "other sign-in"),
        ("linux", _refused(errno.EACCES), PortBlockedError, "above 1024"),
        ("darwin", _refused(errno.EACCES), PortBlockedError, "above 1024"),
        ("linux", _refused(errno.EADDRINUSE), PortInUseError, "other sign-in"),
    ],
)
def test_a_refused_port_says_why_and_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    exc: OSError,
    kind: type[errors.ZohoWizardError],
    words: str,
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    with pytest.raises(PortInUseError) as caught:
        _listen_with_bind_failing(monkeypatch, exc)
    assert type(caught.value) is kind
    assert words in caught.value.fix
    if kind is PortBlockedError:
        assert "(47214)" in caught.value.message
        assert "sign-in inside the wizard" in caught.value.fix
        assert "another copy" not in caught.value.message  # not the in-use text


@pytest.mark.fault
def test_any_other_bind_failure_is_the_plain_could_not_listen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(errors.ZohoWizardError) as caught:
        _listen_with_bind_failing(monkeypatch, _refused(errno.EADDRNOTAVAIL))
    assert not isinstance(caught.value, PortInUseError)
    assert caught.value.message == "The wizard could not listen for the sign-in on this computer."
