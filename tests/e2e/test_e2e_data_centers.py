"""Sign-ins of users in newer data centers, end to end against the sandbox over real HTTP.

The app is registered at its home (US); the sign-in starts there; Zoho sends the user on
to their own data center, which the callback names; the code is exchanged there. UAE is
in the wizard's table; the sandbox's made-up ``NEW_DC`` is only in its serverinfo, which
practice mode reads the way the wizard reads Zoho's (when a callback names a server on no
list). When serverinfo cannot be read, the table still works and an unknown server is
refused before any secret is sent.
"""

from __future__ import annotations

import pytest
import requests
from e2e_helpers import FakeClock

from zoho_wizard.core import errors
from zoho_wizard.core.store import MemorySecretStore, ProfileStore
from zoho_wizard.practice import practice_connection, practice_endpoints
from zoho_wizard.sandbox import NEW_DC, PRACTICE_AE_EMAIL, PRACTICE_NEW_DC_EMAIL, Sandbox


def _connect(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    email: str,
) -> object:
    return practice_connection(
        sandbox,
        profiles,
        "Acme Ltd",
        endpoints=practice_endpoints(sandbox, session=session),
        secrets=MemorySecretStore(),
        session=session,
        clock=clock,
        email=email,
    )


@pytest.mark.parametrize(
    ("email", "dc", "reads"), [(PRACTICE_AE_EMAIL, "ae", 0), (PRACTICE_NEW_DC_EMAIL, NEW_DC, 1)]
)
def test_a_user_in_a_newer_data_center_connects(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    email: str,
    dc: str,
    reads: int,
) -> None:
    made = _connect(sandbox, profiles, session, clock, email)
    profile = made.profile  # type: ignore[attr-defined]
    assert (profile.data_center, profile.home_data_center) == (dc, "us")
    assert profile.accounts_server == sandbox.accounts_url(dc)
    assert profile.api_domain == sandbox.api_domain(dc)  # the token's, checked
    assert profile.organization_id
    # Started at the app's home, sent on by Zoho; exchanged where the callback said.
    assert [r.dc for r in sandbox.requests_for("auth")] == ["us", dc]
    assert [r.dc for r in sandbox.requests_for("token")] == [dc]
    assert [r.dc for r in sandbox.requests_for("organizations")] == [dc]
    # The table knows UAE; only serverinfo knows the newest one (read once, at the callback).
    assert len(sandbox.requests_for("serverinfo")) == reads


@pytest.mark.parametrize("fault", [("status", {"status": 502}), ("drop", {})])
def test_serverinfo_down_never_blocks_a_sign_in_the_table_allows(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    fault: tuple[str, dict[str, object]],
) -> None:
    sandbox.faults.add("serverinfo", fault[0], times=None, **fault[1])
    made = _connect(sandbox, profiles, session, clock, PRACTICE_AE_EMAIL)
    assert made.profile.data_center == "ae"  # type: ignore[attr-defined]


def test_serverinfo_down_refuses_an_unknown_server_before_any_secret_is_sent(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    sandbox.faults.add("serverinfo", "status", times=None, status=502)
    with pytest.raises(errors.UnknownAccountsServerError):
        _connect(sandbox, profiles, session, clock, PRACTICE_NEW_DC_EMAIL)
    assert len(sandbox.requests_for("serverinfo")) == 1
    assert sandbox.requests_for("token") == []  # the code and secret went nowhere
