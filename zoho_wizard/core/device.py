"""Device sign-in: a short code and an address, approved on the person's phone or any
browser, while this program asks Zoho every so often whether it was (reference §7, §13).

No redirect, no embedded page, no listener on this computer: what is left when neither
the page in the window nor the person's own browser can finish (a remote desktop, a
locked-down PC, a firewall in the way, a company sign-in that refuses embedded browsers),
and the way in for a terminal with no display. The client is a "Non-browser
Applications" client in Zoho's API console (no redirect URI; its ID starts ``1004.``).

1. :meth:`DeviceClient.request_code`: ``POST {accounts}/oauth/v3/device/code`` with
   ``client_id``, ``grant_type=device_request``, ``scope`` (comma-separated),
   ``access_type=offline`` and ``prompt=consent`` (both needed for a refresh token); the
   answer (:func:`parse_code_answer`) holds the user code (valid 5 minutes), the device
   code, the verification address and the polling interval.
2. :meth:`DeviceClient.poll`: ``POST {accounts}/oauth/v3/device/token`` with
   ``client_id``, ``client_secret``, ``grant_type=device_token`` and ``code``; the answer
   (:func:`read_poll_answer`) is one of :class:`AnswerKind`.
3. What each answer means and when to ask next is pure (:func:`answered`,
   :func:`seconds_until_poll`, :func:`seconds_left`), over an injected clock, so it is
   tested without a network or a wait; :func:`wait_for_approval` is the blocking loop the
   command line uses (the window runs one poll per worker job instead).

The tokens then take the same after-sign-in path as every way in
(:mod:`zoho_wizard.core.after_sign_in`): :func:`zoho_wizard.core.flow.device_approved`.

**Units (UNCONFIRMED).** Zoho does not say whether ``interval`` and ``expires_in`` are
seconds or milliseconds; an older page and a third-party test fixture (``interval:
5000, expires_in: 300000``) suggest milliseconds. The rule here (:func:`zoho_seconds`):
a value above 1000 is milliseconds, anything else seconds. It cannot mislead: the code
lives 5 minutes (300 s, 300000 ms) and Zoho asks for 30 s between polls (30 s, 30000
ms); 1000 seconds would be a quarter of an hour between two polls and 1000 ms a second.

**The 30-second rule.** Zoho answers ``slow_down`` to two polls within 30 seconds. So
polls are never closer than :data:`MIN_POLL_SECONDS` whatever the answer says (only a
test or practice server, never Zoho, may set a shorter floor: :class:`PollRules`), and
every ``slow_down`` adds :attr:`PollRules.backoff` to the interval (RFC 8628 §3.5).

**other_dc.** The person approved, but their account lives in another data center: the
answer names it in ``user_location`` (its id, UNCONFIRMED: a host or address is accepted
too) and polling continues at that data center's accounts server, looked up the way a
callback's is (:func:`accounts_server_for`: the table, then Zoho's serverinfo). The
device code and client stay the same.

**The verification address.** Zoho's answer calls it ``verification_url``
(``verification_uri`` in RFC 8628); one client also reads ``verification_uri_complete``
(the address with the code already in it), which, when present, is what the QR code
holds.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.datacenters import origin
from zoho_wizard.core.logs import register_secrets
from zoho_wizard.core.tokens import TokenClient, TokenSet, error_from_body, parse_token_response

if TYPE_CHECKING:
    from zoho_wizard.core.endpoints import Endpoints

log = logging.getLogger(__name__)

MIN_POLL_SECONDS = 30.0
"""Zoho: "The device must maintain a request rate of only one request per 30 seconds"."""
SLOW_DOWN_BACKOFF = 5.0
"""Seconds added to the interval on each ``slow_down`` (RFC 8628 §3.5's five)."""
CODE_LIFETIME = 300.0
"""The user code's life when the answer does not say: Zoho's "valid for 5 minutes"."""
MILLISECONDS_ABOVE = 1000.0
"""A duration above this is milliseconds (see the module's note on units)."""


def zoho_seconds(value: Any, default: float) -> float:
    """A duration from Zoho's device answers, in seconds.

    UNCONFIRMED units: a number above :data:`MILLISECONDS_ABOVE` is taken as
    milliseconds, anything else as seconds; missing, non-numeric, non-positive or
    infinite values give ``default``.
    """
    if isinstance(value, bool):
        return default
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return default
    if not math.isfinite(number) or number <= 0:
        return default
    return number / 1000.0 if number > MILLISECONDS_ABOVE else number


@dataclass(frozen=True)
class PollRules:
    """How often to ask.

    Attributes:
        floor: The shortest wait between two polls. Zoho's is 30 s; only a practice or
            test server may be given less (:func:`rules_for`).
        backoff: Seconds added to the interval on each ``slow_down``.
    """

    floor: float = MIN_POLL_SECONDS
    backoff: float = SLOW_DOWN_BACKOFF


ZOHO_RULES = PollRules()


def rules_for(endpoints: Endpoints, floor: float | None = None) -> PollRules:
    """The polling rules for ``endpoints``: Zoho's always, whatever ``floor`` asks; a
    practice or custom server (the sandbox, a test) may be polled every ``floor`` s."""
    if floor is None or not endpoints.is_custom:
        return ZOHO_RULES
    floor = max(0.0, floor)
    return PollRules(floor=floor, backoff=min(SLOW_DOWN_BACKOFF, max(floor, 0.01)))


@dataclass(frozen=True)
class DeviceCode:
    """Zoho's answer to the code request.

    Attributes:
        device_code: What the polls send (a secret: whoever holds it gets the keys).
        user_code: What the person types on the other device.
        verification_url: Where they type it.
        verification_url_complete: The address with the code in it ("" when not given).
        interval: Seconds between polls Zoho asked for (already in seconds).
        expires_in: Seconds the codes live (already in seconds).
        accounts_server: Where the code was asked for (the first polls go there).
    """

    device_code: str = field(repr=False)
    user_code: str
    verification_url: str
    verification_url_complete: str
    interval: float
    expires_in: float
    accounts_server: str

    @property
    def address_to_open(self) -> str:
        """The address to open or scan: the one with the code in it when Zoho gave one."""
        return self.verification_url_complete or self.verification_url


def _text(body: Mapping[str, Any], *keys: str) -> str:
    for key in keys:
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _json_body(text: str | bytes) -> dict[str, Any] | None:
    try:
        body = json.loads(text) if text and str(text).strip() else None
    except (ValueError, RecursionError):
        return None
    return body if isinstance(body, dict) else None


def parse_code_answer(status: int, text: str | bytes, accounts_server: str) -> DeviceCode:
    """Read the answer of ``/oauth/v3/device/code``.

    Raises:
        ZohoWizardError: Zoho refused (an unknown or wrong kind of client, a bad scope...)
            or answered something unusable.
    """
    body = _json_body(text)
    if body is None:
        raise error_from_body(status, {})
    device_code = _text(body, "device_code")
    user_code = _text(body, "user_code")
    url = _text(body, "verification_url", "verification_uri")
    if not device_code or not user_code or not url:
        if body.get("error"):
            raise _code_request_error(status, body)
        raise errors.ServerError(status=status)
    register_secrets(device_code)
    complete = _text(body, "verification_uri_complete", "verification_url_complete")
    return DeviceCode(
        device_code=device_code,
        user_code=user_code,
        verification_url=url,
        verification_url_complete=complete,
        interval=zoho_seconds(body.get("interval"), MIN_POLL_SECONDS),
        expires_in=zoho_seconds(body.get("expires_in"), CODE_LIFETIME),
        accounts_server=accounts_server.rstrip("/"),
    )


def _code_request_error(status: int, body: Mapping[str, Any]) -> errors.ZohoWizardError:
    code = str(body.get("error", "")).strip().lower()
    if code in ("invalid_client", "unauthorized_client", "invalid_client_type"):
        return NotDeviceClientError()
    return error_from_body(status, body)


class AnswerKind(enum.Enum):
    """What a poll heard."""

    PENDING = "authorization_pending"  # not approved yet: ask again later
    SLOW_DOWN = "slow_down"  # asked too soon: wait longer from now on
    DENIED = "access_denied"  # the person said no
    EXPIRED = "expired"  # the code's 5 minutes are over
    OTHER_DC = "other_dc"  # approved, but ask the person's own data center
    APPROVED = "approved"  # the keys


_ANSWERS = {kind.value: kind for kind in AnswerKind if kind is not AnswerKind.APPROVED}
_ANSWERS.update({"expired_token": AnswerKind.EXPIRED, "invalid_code": AnswerKind.EXPIRED})


@dataclass(frozen=True)
class PollAnswer:
    """One poll's answer.

    Attributes:
        kind: What it means.
        tokens: The keys (APPROVED only).
        location: Where to ask instead (OTHER_DC only): Zoho's ``user_location``.
    """

    kind: AnswerKind
    tokens: TokenSet | None = None
    location: str = ""


def read_poll_answer(status: int, text: str | bytes, *, now: float) -> PollAnswer:
    """Read the answer of ``/oauth/v3/device/token``.

    ``authorization_pending``, ``slow_down``, ``access_denied``, ``expired`` (and RFC
    8628's ``expired_token``; a spent device code's ``invalid_code``) and ``other_dc``
    are answers; keys are APPROVED.

    Raises:
        ZohoWizardError: anything else (a wrong secret, an unknown client, Zoho's trouble).
    """
    body = _json_body(text)
    if body is not None and isinstance(body.get("access_token"), str):
        return PollAnswer(AnswerKind.APPROVED, parse_token_response(status, text, now=now))
    if body is None:
        raise error_from_body(status, {})
    code = str(body.get("error", "")).strip().lower()
    kind = _ANSWERS.get(code)
    if kind is None:
        raise error_from_body(status, body)
    location = ""
    if kind is AnswerKind.OTHER_DC:
        location = _text(body, "user_location", "location", "accounts-server", "accounts_server")
    return PollAnswer(kind, location=location)


# --- the waiting, as plain values ---------------------------------------------------------


class DevicePhase(enum.Enum):
    """Where a device sign-in is."""

    WAITING = "waiting"  # the code is shown; polls go on
    APPROVED = "approved"  # the keys are in hand
    DENIED = "denied"  # the person said no on the other device
    EXPIRED = "expired"  # the code's time is over
    FAILED = "failed"  # anything else (see ``error``)


@dataclass(frozen=True)
class DeviceSignIn:
    """One device sign-in, from the code to the answer.

    Attributes:
        code: Zoho's code answer.
        client_name: What the person approves (the app's name), for the screen.
        started_at: When the code was received (its countdown runs from here).
        interval: Seconds between polls now (never under the rules' floor).
        next_poll_at: When the next poll may go.
        accounts_server: Where polls go now (another data center's after ``other_dc``).
        location: The data center polls go to, when an ``other_dc`` named it.
        phase: Where it is.
        polls: Polls answered so far.
        slowed: ``slow_down`` answers so far.
        tokens: The keys, once APPROVED.
        error: Why, once DENIED, EXPIRED or FAILED.
    """

    code: DeviceCode
    client_name: str
    started_at: float
    interval: float
    next_poll_at: float
    accounts_server: str
    location: str = ""
    phase: DevicePhase = DevicePhase.WAITING
    polls: int = 0
    slowed: int = 0
    tokens: TokenSet | None = field(default=None, repr=False)
    error: errors.ZohoWizardError | None = None

    @property
    def expires_at(self) -> float:
        """When the user code dies (same clock as ``started_at``)."""
        return self.started_at + self.code.expires_in

    @property
    def waiting(self) -> bool:
        """True while polls go on."""
        return self.phase is DevicePhase.WAITING

    @property
    def key(self) -> str:
        """What stands for this sign-in (a digest of the device code, never the code)."""
        digest = hashlib.sha256(self.code.device_code.encode()).hexdigest()[:32]
        return "device:" + digest


def begin(
    code: DeviceCode, now: float, rules: PollRules = ZOHO_RULES, name: str = ""
) -> DeviceSignIn:
    """The code arrived: the countdown starts; the first poll waits one interval (the
    person has not even read the code yet)."""
    interval = max(code.interval, rules.floor)
    return DeviceSignIn(
        code=code,
        client_name=name,
        started_at=now,
        interval=interval,
        next_poll_at=now + interval,
        accounts_server=code.accounts_server,
    )


def seconds_left(sign_in: DeviceSignIn, now: float) -> float:
    """The user code's remaining life (0 once it is over)."""
    return max(0.0, sign_in.expires_at - now)


def seconds_until_poll(sign_in: DeviceSignIn, now: float) -> float:
    """How long until the next poll may go (0: now)."""
    return max(0.0, sign_in.next_poll_at - now)


def may_poll(sign_in: DeviceSignIn, now: float) -> bool:
    """Whether a poll may go now: still waiting, time for it, and the code still alive."""
    return sign_in.waiting and now >= sign_in.next_poll_at and now < sign_in.expires_at


def timed_out(sign_in: DeviceSignIn, now: float) -> DeviceSignIn:
    """EXPIRED once the code's time is over (a poll then would only hear ``expired``)."""
    if sign_in.waiting and now >= sign_in.expires_at:
        return replace(sign_in, phase=DevicePhase.EXPIRED, error=DeviceCodeExpiredError())
    return sign_in


def answered(
    sign_in: DeviceSignIn,
    answer: PollAnswer,
    now: float,
    rules: PollRules = ZOHO_RULES,
    *,
    accounts_server: str = "",
) -> DeviceSignIn:
    """Apply a poll's answer.

    Args:
        sign_in: The sign-in the poll was made for.
        answer: What Zoho said.
        now: When it said so.
        rules: The polling rules (the floor, the slow_down backoff).
        accounts_server: For ``other_dc``: the accounts server of ``answer.location``
            (:func:`accounts_server_for`); "" when it could not be found.
    """
    if not sign_in.waiting:
        return sign_in  # a late answer after the end: nothing changes
    polls = sign_in.polls + 1
    kind = answer.kind
    if kind is AnswerKind.APPROVED and answer.tokens is not None:
        return replace(sign_in, phase=DevicePhase.APPROVED, tokens=answer.tokens, polls=polls)
    if kind is AnswerKind.DENIED:
        return replace(sign_in, phase=DevicePhase.DENIED, error=DeviceDeniedError(), polls=polls)
    if kind is AnswerKind.EXPIRED:
        expired = DeviceCodeExpiredError()
        return replace(sign_in, phase=DevicePhase.EXPIRED, error=expired, polls=polls)
    interval = max(sign_in.interval, rules.floor)
    server, location = sign_in.accounts_server, sign_in.location
    if kind is AnswerKind.SLOW_DOWN:
        interval += rules.backoff
    elif kind is AnswerKind.OTHER_DC:
        if not accounts_server:
            error = UnknownDataCenterError(answer.location)
            return replace(sign_in, phase=DevicePhase.FAILED, error=error, polls=polls)
        server, location = accounts_server.rstrip("/"), answer.location
    state = replace(
        sign_in,
        interval=interval,
        next_poll_at=now + interval,
        accounts_server=server,
        location=location,
        polls=polls,
        slowed=sign_in.slowed + (kind is AnswerKind.SLOW_DOWN),
    )
    return timed_out(state, now)


def failed(sign_in: DeviceSignIn, error: errors.ZohoWizardError, now: float) -> DeviceSignIn:
    """A poll could not be made or read. Network trouble is asked again one interval
    later while the code lives; anything else ends the sign-in with ``error``."""
    if not sign_in.waiting:
        return sign_in
    if error.retryable:
        return timed_out(replace(sign_in, next_poll_at=now + sign_in.interval), now)
    return replace(sign_in, phase=DevicePhase.FAILED, error=error)


def accounts_server_for(endpoints: Endpoints, location: str) -> str:
    """The accounts server of the data center an ``other_dc`` answer names ("" if none).

    ``location`` is a data-center id (``eu``) as far as anyone knows; an accounts
    server's address or host is accepted too, when it is one of ours. An id no list has
    yet is looked up in Zoho's serverinfo (blocking: call it off the GUI thread).
    """
    wanted = location.strip()
    if not wanted:
        return ""
    if "." in wanted or "/" in wanted:
        url = wanted if "://" in wanted else f"https://{wanted}"
        if endpoints.data_center_of(url) is not None:
            return origin(url)
        return ""
    wanted = wanted.lower()
    known = {**endpoints.learned(), **endpoints.accounts}
    if wanted not in known and endpoints.serverinfo is not None:
        endpoints.serverinfo.refresh()
        known = {**endpoints.learned(), **endpoints.accounts}
    return known.get(wanted, "")


# --- the network ------------------------------------------------------------------------


class DeviceClient(TokenClient):
    """Talks to ``{accounts}/oauth/v3/device/…``; every method is blocking.

    A redirect is never followed (the poll's body holds the client secret).
    """

    def request_code(
        self, *, accounts_server: str, client_id: str, scopes: tuple[str, ...]
    ) -> DeviceCode:
        """Ask for a user code. Zoho documents query parameters for this call (nothing
        secret travels in it); the same values go in the body too, for servers that read
        only a form."""
        params = {
            "client_id": client_id,
            "grant_type": "device_request",
            "scope": scope_catalog.join(scopes),
            "access_type": "offline",
            "prompt": "consent",
        }
        server = accounts_server.rstrip("/")
        response = self._post(f"{server}/oauth/v3/device/code", params, params=params)
        return parse_code_answer(response.status_code, response.content, server)

    def poll(
        self, *, accounts_server: str, client_id: str, client_secret: str, device_code: str
    ) -> PollAnswer:
        """Ask once whether the code was approved (form body: it carries the secret)."""
        data = {
            "client_id": client_id,
            "client_secret": client_secret,
            "grant_type": "device_token",
            "code": device_code,
        }
        url = f"{accounts_server.rstrip('/')}/oauth/v3/device/token"
        response = self._post(url, data)
        answer = read_poll_answer(response.status_code, response.content, now=self.clock())
        if answer.tokens is not None:
            register_secrets(answer.tokens.access_token, answer.tokens.refresh_token)
        return answer


def poll_once(
    client: DeviceClient,
    endpoints: Endpoints,
    sign_in: DeviceSignIn,
    client_id: str,
    client_secret: str,
    rules: PollRules = ZOHO_RULES,
) -> DeviceSignIn:
    """One poll, its answer applied (blocking: the window runs it as a worker job)."""
    try:
        answer = client.poll(
            accounts_server=sign_in.accounts_server,
            client_id=client_id,
            client_secret=client_secret,
            device_code=sign_in.code.device_code,
        )
    except errors.ZohoWizardError as exc:
        return failed(sign_in, exc, client.clock())
    server = ""
    if answer.kind is AnswerKind.OTHER_DC:
        server = accounts_server_for(endpoints, answer.location)
        log.info("device sign-in approved in data center %r: polling there", answer.location)
    return answered(sign_in, answer, client.clock(), rules, accounts_server=server)


def wait_for_approval(
    client: DeviceClient,
    endpoints: Endpoints,
    sign_in: DeviceSignIn,
    client_id: str,
    client_secret: str,
    *,
    rules: PollRules = ZOHO_RULES,
    sleep: Callable[[float], None] = time.sleep,
    on_answer: Callable[[DeviceSignIn], None] | None = None,
) -> DeviceSignIn:
    """Poll until approved, denied, expired or failed (the command line's loop).

    Sleeps between polls as :func:`seconds_until_poll` says (``sleep`` is injected;
    Ctrl+C interrupts it). ``on_answer`` hears every new state.
    """
    while sign_in.waiting:
        now = client.clock()
        sign_in = timed_out(sign_in, now)
        if not sign_in.waiting:
            break
        wait = seconds_until_poll(sign_in, now)
        if wait > 0:
            sleep(min(wait, seconds_left(sign_in, now)))
            continue
        sign_in = poll_once(client, endpoints, sign_in, client_id, client_secret, rules)
        if on_answer is not None:
            on_answer(sign_in)
    return sign_in


# --- errors --------------------------------------------------------------------------------


class DeviceDeniedError(errors.OAuthError):
    """The person chose Deny on the other device."""

    code = "access_denied"
    default_message = "The sign-in was turned down on the other device, so nothing was connected."
    default_fix = "If that was a mistake, get a new code and choose Accept this time."
    action = errors.Action.TRY_AGAIN


class DeviceCodeExpiredError(errors.OAuthError):
    """The user code's 5 minutes ran out before it was approved."""

    code = "expired"
    default_message = "The code expired before the sign-in was approved."
    default_fix = "Get a new code and enter it on your phone or other computer within 5 minutes."
    action = errors.Action.TRY_AGAIN


class UnknownDataCenterError(errors.OAuthError):
    """The approval came from a data center no list names (``other_dc``)."""

    code = "unknown_data_center"

    def __init__(self, location: str) -> None:
        self.location = location
        super().__init__(
            f"Zoho says your account is in another data center ({location or 'not named'}), "
            "and this program does not know where that is.",
            "Try again later. If it keeps happening, tell your firm's IT person.",
        )


class NotDeviceClientError(errors.InvalidClientError):
    """Zoho refused the client for a device sign-in (not a Non-browser client)."""

    code = "invalid_client"
    default_message = "Zoho did not accept this app for signing in on another device."
    default_fix = (
        "Your firm's admin must register a “Non-browser Applications” client in Zoho's API "
        "console and put its ID and secret in the setup file."
    )
    action = errors.Action.OPEN_API_CONSOLE
