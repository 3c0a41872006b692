"""Accounts-server rules for device sign-in (reference §7, §13), and its verification page.

``POST /oauth/v3/device/code`` gives a user code and a device code to a Non-browser
client (``client_type="device"``); the person signs in on ``/device`` (the verification
page), enters the code and chooses Accept or Deny; ``POST /oauth/v3/device/token`` answers
``authorization_pending``, ``slow_down``, ``access_denied``, ``expired``, ``other_dc`` (with
``user_location``) or the keys. The pages and endpoints are
:mod:`~zoho_wizard.sandbox.device_pages`'.

Choices where Zoho is silent (each a switch where cheap; see :class:`SandboxModel`):

- ``interval`` and ``expires_in`` are milliseconds by default (``device_units="ms"``, as a
  third-party fixture has them); ``"s"`` gives seconds.
- A client of another type asking for a code answers ``invalid_client``.
- Two polls closer than ``device_min_interval`` (Zoho's 30 s) answer ``slow_down``; the
  poll that heard it counts as the last one.
- The approving user's data center is their home (``device_other_dc`` overrides it; a
  user who stays wherever they sign in approves where the code was asked for); a poll
  at any other data center answers ``other_dc`` with ``user_location`` set to that id.
- An approved code gives its keys once; a spent or unknown device code answers
  ``invalid_code``.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from urllib.parse import quote

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.sandbox.records import Answer, DeviceGrant, unknown_scopes
from zoho_wizard.sandbox.tokens import TokenRules

_USER_CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ2346789"  # no vowels, no look-alikes


def _error(code: str, **extra: str) -> Answer:
    return Answer(200, {"error": code, **extra})


class DeviceRules(TokenRules):
    """Device codes, the verification page's decisions, and the device token endpoint."""

    def device_code_request(self, dc: str, params: Mapping[str, str]) -> Answer:
        """Answer ``POST /oauth/v3/device/code`` at ``dc``."""
        if params.get("grant_type") != "device_request":
            return _error("unsupported_grant_type")
        with self._lock:
            client = self._client_at(dc, params.get("client_id", ""))
            if client is None or client.client_type != "device":
                return _error("invalid_client")
            wanted = scope_catalog.split(params.get("scope", ""))
            if not wanted or unknown_scopes(wanted):
                return _error("invalid_scope")
            letters = "".join(secrets.choice(_USER_CODE_LETTERS) for _ in range(8))
            grant = DeviceGrant(
                device_code=f"1004.{secrets.token_hex(16)}.{secrets.token_hex(16)}",
                user_code=f"{letters[:4]}-{letters[4:]}",
                client_id=client.client_id,
                dc=dc,
                scopes=wanted,
                offline=params.get("access_type", "online").lower() == "offline",
                force_consent=params.get("prompt", "").lower() == "consent",
                issued_at=self.clock(),
                ttl=float(self.device_code_ttl),
            )
            self._device[grant.device_code] = grant
        url = f"{self.accounts_url(dc)}/device"
        body = {
            "user_code": grant.user_code,
            "device_code": grant.device_code,
            "verification_url": url,
            "expires_in": self._duration(grant.ttl),
            "interval": self._duration(self.device_interval),
        }
        if self.device_complete_uri:
            body["verification_uri_complete"] = f"{url}?user_code={quote(grant.user_code)}"
        return Answer(200, body)

    def _duration(self, seconds: float) -> float | int:
        """``seconds`` in the answer's unit (``device_units``): a whole number when it is
        one, else a fraction (a test's short interval in seconds)."""
        value = seconds * (1000 if self.device_units == "ms" else 1)
        return int(value) if float(value).is_integer() else value

    def device_grant(self, user_code: str) -> DeviceGrant | None:
        """The live, undecided device sign-in with this user code (any case, any dash)."""
        wanted = user_code.strip().upper().replace(" ", "").replace("-", "")
        with self._lock:
            for grant in self._device.values():
                if grant.user_code.replace("-", "") == wanted and grant.status == "pending":
                    alive = self.clock() - grant.issued_at <= grant.ttl
                    return grant if alive and not self.device_expired else None
        return None

    def decide_device(self, user_code: str, email: str, approve: bool) -> DeviceGrant | None:
        """The verification page's Accept or Deny, by the signed-in ``email``."""
        grant = self.device_grant(user_code)
        user = self.user(email)
        if grant is None or user is None:
            return None
        with self._lock:
            grant.status = "approved" if approve else "denied"
            grant.email = user.email
            grant.approved_dc = self.device_other_dc or user.home_dc or grant.dc
        return grant

    def device_token(self, dc: str, params: Mapping[str, str]) -> Answer:
        """Answer ``POST /oauth/v3/device/token`` at ``dc``."""
        if params.get("grant_type") != "device_token":
            return _error("unsupported_grant_type")
        with self._lock:
            client = self._client_at(dc, params.get("client_id", ""))
            if client is None:
                return _error("invalid_client")
            if not secrets.compare_digest(
                params.get("client_secret", "").encode(), client.secret_for(dc).encode()
            ):
                return _error("invalid_client_secret")
            grant = self._device.get(params.get("code", ""))
            if grant is None or grant.used or grant.client_id != client.client_id:
                return _error("invalid_code")
            now = self.clock()
            if self.device_expired or now - grant.issued_at > grant.ttl:
                return _error("expired")
            too_soon = grant.last_poll is not None and now - grant.last_poll < (
                self.device_min_interval
            )
            grant.last_poll = now
            if self.device_slow_down > 0 or too_soon:
                self.device_slow_down = max(0, self.device_slow_down - 1)
                return _error("slow_down")
            if grant.status == "pending":
                return _error("authorization_pending")
            if grant.status == "denied":
                return _error("access_denied")
            if grant.approved_dc != dc:
                return _error("other_dc", user_location=grant.approved_dc)
            return self._device_keys(grant, now)

    def _device_keys(self, grant: DeviceGrant, now: float) -> Answer:
        """The approved sign-in's keys, once (at the approving user's data center)."""
        grant.used = True
        dc = grant.approved_dc
        wants_refresh = grant.offline and (
            grant.force_consent or not self._live_refresh_tokens(grant.email, grant.client_id)
        )
        refresh = (
            self._mint_refresh(grant.client_id, grant.email, dc, grant.scopes, now)
            if wants_refresh
            else None
        )
        access = self._mint_access(
            grant.client_id, grant.email, dc, grant.scopes, now, refresh.token if refresh else None
        )
        return Answer(200, self._token_body(access, refresh, with_scope=False))

    def expire_device_codes(self) -> None:
        """End every device code's life now (as if its 5 minutes had passed)."""
        with self._lock:
            for grant in self._device.values():
                grant.ttl = min(grant.ttl, self.clock() - grant.issued_at - 1)
