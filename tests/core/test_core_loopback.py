"""The one-shot loopback listener for "use my own browser instead"."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from urllib.parse import urlencode

import pytest
import requests

from zoho_wizard.core import errors, loopback
from zoho_wizard.core.loopback import LoopbackListener, PortInUseError

STATE = "state-0123456789"
WAIT = 5.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether a new listener could bind the port now (like the listener, with
    SO_REUSEADDR: connections the server closed may linger in TIME_WAIT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def wait_until(condition: Callable[[], bool], timeout: float = WAIT) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


class Calls:
    """Collects callbacks; ``event`` is set at the first."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.timeouts = 0
        self.event = threading.Event()

    def callback(self, url: str) -> None:
        self.urls.append(url)
        self.event.set()

    def timeout(self) -> None:
        self.timeouts += 1
        self.event.set()


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def listener(calls: Calls) -> Iterator[LoopbackListener]:
    port = free_port()
    found = LoopbackListener(
        f"http://127.0.0.1:{port}/callback", STATE, calls.callback, on_timeout=calls.timeout
    )
    found.start()
    yield found
    found.close()


def base(listener: LoopbackListener) -> str:
    return f"http://127.0.0.1:{listener.port}"


def get(url: str) -> requests.Response:
    return requests.get(url, timeout=WAIT)


def test_the_right_state_is_delivered_once_and_a_success_page_is_served(
    listener: LoopbackListener, calls: Calls
) -> None:
    query = urlencode({"state": STATE, "code": "1000.abc.def", "location": "eu"})
    url = f"{base(listener)}/callback?{query}"
    page = get(url)
    assert page.status_code == 200
    assert "signed in</h1>" in page.text
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert calls.event.wait(WAIT)
    assert calls.urls == [url]
    # It closes by itself afterwards and frees the port.
    assert wait_until(lambda: listener.closed)
    assert wait_until(lambda: port_is_free(listener.port))
    with pytest.raises(requests.ConnectionError):
        get(url)
    assert calls.urls == [url]
    assert calls.timeouts == 0


def test_an_error_callback_with_the_right_state_is_delivered_too(
    listener: LoopbackListener, calls: Calls
) -> None:
    url = f"{base(listener)}/callback?error=access_denied&state={STATE}"
    page = get(url)
    assert page.status_code == 200
    assert "Nothing was connected" in page.text
    assert calls.event.wait(WAIT)
    assert calls.urls == [url]


@pytest.mark.parametrize(
    "query",
    [
        "error=access_denied",  # Zoho may leave state off a Deny
        "error=access_denied&state=someone-else",
        "error=invalid_scope&error_description=x",
    ],
)
def test_a_refusal_without_the_state_ends_the_wait_with_a_plain_page(
    query: str, listener: LoopbackListener, calls: Calls
) -> None:
    url = f"{base(listener)}/callback?{query}"
    page = get(url)
    assert page.status_code == 200
    assert "Nothing was connected" in page.text
    assert "Go back to the Zoho Wizard window" in page.text
    assert calls.event.wait(WAIT)
    assert calls.urls == [url]  # handed over at once, not ten minutes later
    assert listener.rejected == 0
    assert wait_until(lambda: listener.closed)
    assert calls.timeouts == 0


def test_only_the_first_callback_is_handed_over(listener: LoopbackListener, calls: Calls) -> None:
    first = f"{base(listener)}/callback?error=access_denied"
    assert get(first).status_code == 200
    assert calls.event.wait(WAIT)
    # Until it has closed, anything else is refused, the right state included.
    second = f"{base(listener)}/callback?state={STATE}&code=x"
    try:
        late = get(second)
    except requests.ConnectionError:
        pass  # already closed: fine too
    else:
        assert late.status_code == 400
    assert calls.urls == [first]


@pytest.mark.parametrize(
    "query", ["state=someone-else&code=x", "code=x", "", "error=access_denied&code=x"]
)
def test_a_wrong_or_missing_state_gets_400_and_the_listener_keeps_waiting(
    query: str, listener: LoopbackListener, calls: Calls
) -> None:
    page = get(f"{base(listener)}/callback?{query}")
    assert page.status_code == 400
    assert "does not belong here" in page.text
    assert listener.rejected == 1
    assert calls.urls == []
    assert not listener.closed
    good = f"{base(listener)}/callback?state={STATE}&code=x"
    assert get(good).status_code == 200
    assert calls.event.wait(WAIT)
    assert calls.urls == [good]


@pytest.mark.parametrize("path", ["/", "/favicon.ico", "/callbackevil", "/callback/x"])
def test_other_paths_get_404_and_nothing_is_delivered(
    path: str, listener: LoopbackListener, calls: Calls
) -> None:
    page = get(f"{base(listener)}{path}?state={STATE}&code=x")
    assert page.status_code == 404
    assert calls.urls == []
    assert listener.rejected == 0
    assert not listener.closed


def test_page_text_is_escaped_and_never_echoes_the_query(listener: LoopbackListener) -> None:
    page = get(f"{base(listener)}/callback?state=<script>alert(1)</script>")
    assert page.status_code == 400
    assert "<script>alert" not in page.text


def test_close_frees_the_port_and_is_safe_twice(calls: Calls) -> None:
    port = free_port()
    listener = LoopbackListener(f"http://127.0.0.1:{port}/callback", STATE, calls.callback)
    listener.start()
    assert not listener.closed
    assert not port_is_free(port)
    listener.close()
    listener.close()
    assert wait_until(lambda: listener.closed)
    assert port_is_free(port)


def test_closing_a_listener_that_never_started(calls: Calls) -> None:
    port = free_port()
    listener = LoopbackListener(f"http://127.0.0.1:{port}/callback", STATE, calls.callback)
    listener.close()
    assert port_is_free(port)


def test_the_timeout_fires_on_timeout_and_closes(calls: Calls) -> None:
    port = free_port()
    listener = LoopbackListener(
        f"http://127.0.0.1:{port}/callback",
        STATE,
        calls.callback,
        timeout=0.2,
        on_timeout=calls.timeout,
    )
    listener.start()
    assert calls.event.wait(WAIT)
    assert calls.timeouts == 1
    assert wait_until(lambda: listener.closed)
    assert port_is_free(port)
    assert calls.urls == []
    listener.close()


def test_no_timeout_after_a_callback(calls: Calls) -> None:
    port = free_port()
    listener = LoopbackListener(
        f"http://127.0.0.1:{port}/callback",
        STATE,
        calls.callback,
        timeout=0.3,
        on_timeout=calls.timeout,
    )
    listener.start()
    assert get(f"http://127.0.0.1:{port}/callback?state={STATE}&code=x").status_code == 200
    assert wait_until(lambda: listener.closed)
    assert not threading.Event().wait(0.4)  # longer than the timeout
    assert calls.timeouts == 0
    assert len(calls.urls) == 1


def test_a_second_listener_on_the_same_port_is_port_in_use(
    listener: LoopbackListener, calls: Calls
) -> None:
    with pytest.raises(PortInUseError) as caught:
        LoopbackListener(f"http://127.0.0.1:{listener.port}/callback", STATE, calls.callback)
    assert "already" in caught.value.message
    assert isinstance(caught.value, errors.ZohoWizardError)


def test_localhost_listens_on_127_0_0_1(calls: Calls) -> None:
    port = free_port()
    listener = LoopbackListener(f"http://localhost:{port}/cb", STATE, calls.callback)
    listener.start()
    try:
        assert get(f"http://127.0.0.1:{port}/cb?state={STATE}").status_code == 200
        assert calls.event.wait(WAIT)
        assert calls.urls == [f"http://localhost:{port}/cb?state={STATE}"]
    finally:
        listener.close()


def test_port_0_lets_the_os_choose_a_free_port(calls: Calls) -> None:
    """``port`` says it is "the port actually listened on"; with port 0 the OS must pick
    one (not port 80, which ``0 or 80`` gives)."""
    listener = LoopbackListener("http://127.0.0.1:0/callback", STATE, calls.callback)
    try:
        assert listener.port not in (0, 80)
        listener.start()
        page = get(f"http://127.0.0.1:{listener.port}/callback?state={STATE}&code=x")
        assert page.status_code == 200
        assert calls.event.wait(WAIT)
    finally:
        listener.close()


def test_ipv6_loopback_is_accepted_and_listened_on(calls: Calls) -> None:
    if not socket.has_ipv6 or not port_is_free(0, "::1"):
        pytest.skip("no IPv6 loopback here")
    port = free_port()
    listener = LoopbackListener(f"http://[::1]:{port}/callback", STATE, calls.callback)
    try:
        listener.start()
        assert get(f"http://[::1]:{port}/callback?state={STATE}").status_code == 200
        assert calls.event.wait(WAIT)
    finally:
        listener.close()


@pytest.mark.parametrize(
    "uri",
    [
        "https://127.0.0.1:47214/callback",
        "http://example.com:47214/callback",
        "http://192.168.1.10:47214/callback",
        "https://www.example.com/oauth/callback",
    ],
)
def test_a_non_loopback_redirect_is_refused(uri: str, calls: Calls) -> None:
    with pytest.raises(errors.ZohoWizardError) as caught:
        LoopbackListener(uri, STATE, calls.callback)
    assert caught.value.action is errors.Action.BACK_TO_DETAILS
    assert "127.0.0.1" in caught.value.message


# --- issue 14: the port is ours alone, on both loopbacks, for five minutes ---------------


def ipv6_loopback() -> bool:
    return socket.has_ipv6 and port_is_free(0, "::1")


def test_the_listener_waits_five_minutes_by_default() -> None:
    assert loopback.DEFAULT_TIMEOUT_SECONDS == 300.0


def test_where_the_platform_has_an_exclusive_bind_it_is_used_instead_of_reuse(
    calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows' SO_EXCLUSIVEADDRUSE, simulated with an option Linux knows (only a real
    # Windows machine can show another process being refused the port).
    monkeypatch.setattr(loopback, "exclusive_option", lambda: socket.SO_KEEPALIVE)
    listener = LoopbackListener("http://127.0.0.1:0/callback", STATE, calls.callback)
    try:
        sock = listener._servers[0].socket
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0
    finally:
        listener.close()


def test_without_an_exclusive_option_windows_still_never_reuses_the_address(
    calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loopback, "exclusive_option", lambda: None)
    monkeypatch.setattr(loopback.sys, "platform", "win32")
    listener = LoopbackListener("http://127.0.0.1:0/callback", STATE, calls.callback)
    try:
        sock = listener._servers[0].socket
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0
    finally:
        listener.close()


def test_localhost_listens_on_ipv4_and_ipv6_loopback(calls: Calls) -> None:
    if not ipv6_loopback():
        pytest.skip("no IPv6 loopback here")
    port = free_port()
    listener = LoopbackListener(f"http://localhost:{port}/cb", STATE, calls.callback)
    listener.start()
    try:
        assert listener.addresses == ("127.0.0.1", "::1")
        assert get(f"http://[::1]:{port}/cb?state=other").status_code == 400
        assert get(f"http://127.0.0.1:{port}/cb?state=other").status_code == 400
        assert get(f"http://[::1]:{port}/cb?state={STATE}&code=x").status_code == 200
        assert calls.event.wait(WAIT)
        assert calls.urls == [f"http://localhost:{port}/cb?state={STATE}&code=x"]
        assert wait_until(lambda: listener.closed)
        assert port_is_free(port) and port_is_free(port, "::1")
    finally:
        listener.close()


def test_localhost_is_refused_when_another_program_holds_its_ipv6_port(calls: Calls) -> None:
    if not ipv6_loopback():
        pytest.skip("no IPv6 loopback here")
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as squatter:
        squatter.bind(("::1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        if not port_is_free(port):
            pytest.skip("the IPv4 port is taken too")
        with pytest.raises(PortInUseError):
            LoopbackListener(f"http://localhost:{port}/cb", STATE, calls.callback)
        assert port_is_free(port)  # the IPv4 half was let go


def test_localhost_without_ipv6_listens_on_127_0_0_1_only(
    calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(socket, "has_ipv6", False)
    listener = LoopbackListener("http://localhost:0/cb", STATE, calls.callback)
    try:
        assert listener.addresses == ("127.0.0.1",)
        assert listener.redirect_uri == f"http://localhost:{listener.port}/cb"
    finally:
        listener.close()
