"""The health check: is a saved connection still good for Zoho Books, and if not, why.

Each check gives a plain result, the fix, and the action that does it. The refresh token
is proven by a real refresh unless one succeeded in the last ten minutes (Zoho allows ten
per ten minutes; a check must not eat into a script's share).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from zoho_wizard.core import books, errors, scopes
from zoho_wizard.core.connect import now_iso
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.datacenters import by_id, origin

if TYPE_CHECKING:
    import requests

RECENT_REFRESH_SECONDS = 600.0
MAX_CLOCK_SKEW_SECONDS = 300.0


class Outcome(enum.Enum):
    """How one check went."""

    OK = "ok"
    PROBLEM = "problem"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class CheckResult:
    """One line of the health report."""

    key: str
    title: str
    outcome: Outcome
    detail: str
    fix: str = ""
    action: errors.Action = errors.Action.NONE

    def to_json(self) -> dict[str, str]:
        """For ``zoho-wizard check --json``."""
        return {
            "check": self.key,
            "title": self.title,
            "outcome": self.outcome.value,
            "detail": self.detail,
            "fix": self.fix,
            "action": self.action.value,
        }


@dataclass(frozen=True)
class HealthReport:
    """All the checks for one connection."""

    connection: str
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        """True when no check found a problem."""
        return all(r.outcome is not Outcome.PROBLEM for r in self.results)

    @property
    def summary(self) -> str:
        """One line for lists and status bars."""
        problems = [r for r in self.results if r.outcome is Outcome.PROBLEM]
        if not problems:
            return "Working"
        return problems[0].detail

    def to_json(self) -> dict[str, object]:
        """For ``zoho-wizard check --json``."""
        return {
            "connection": self.connection,
            "ok": self.ok,
            "checks": [r.to_json() for r in self.results],
        }


def _clock_check(response: requests.Response | None, now: float) -> CheckResult:
    title = "This computer's clock"
    header = response.headers.get("Date") if response is not None else None
    if not header:
        return CheckResult("clock", title, Outcome.SKIPPED, "Zoho did not say what time it is.")
    import email.utils  # (the email package takes ~10 ms to import: not at start-up)

    try:
        server = email.utils.parsedate_to_datetime(header).timestamp()
    except (TypeError, ValueError):
        return CheckResult("clock", title, Outcome.SKIPPED, "Zoho's time could not be read.")
    skew = now - server
    if abs(skew) > MAX_CLOCK_SKEW_SECONDS:
        way = "ahead" if skew > 0 else "behind"
        return CheckResult(
            "clock",
            title,
            Outcome.PROBLEM,
            f"This computer's clock is {abs(skew) / 60:.0f} minutes {way} of Zoho's.",
            "Set the clock to update automatically; wrong time breaks sign-in and expiry.",
        )
    return CheckResult("clock", title, Outcome.OK, "The clock agrees with Zoho's.")


def check(conn: SavedConnection, *, save: bool = True) -> HealthReport:
    """Run every check on a saved connection; records the result in the profile.

    Never raises for a Zoho or network problem: those become results.
    """
    profile = conn.profile
    results: list[CheckResult] = []
    reconnect = errors.Action.RECONNECT

    # 1. The refresh token still works (a real refresh, unless one just worked).
    cached = conn.cached_token()
    recent = cached is not None and cached.refreshed_at > conn.clock() - RECENT_REFRESH_SECONDS
    token = ""
    try:
        if recent and cached is not None and cached.expires_at > conn.clock() + 60:
            conn.require_secrets()  # a deleted keyring item must not pass for ten minutes
            token = cached.access_token
            detail = "Zoho renewed this connection's access in the last ten minutes."
        else:
            token = conn.refresh_now()
            detail = "Zoho renewed this connection's access just now."
        results.append(CheckResult("refresh", "Staying signed in", Outcome.OK, detail))
    except errors.ZohoWizardError as exc:  # throttling keeps its WAIT action
        results.append(
            CheckResult(
                "refresh",
                "Staying signed in",
                Outcome.PROBLEM,
                exc.message,
                exc.fix,
                exc.action if exc.action is not errors.Action.TRY_AGAIN else errors.Action.RETRY,
            )
        )

    # 2. The granted scopes cover what the connection was created for.
    granted = profile.granted_scopes
    if granted:
        missing = scopes.covers(granted, profile.scopes)
        if missing:
            results.append(
                CheckResult(
                    "scopes",
                    "Access granted",
                    Outcome.PROBLEM,
                    "Zoho granted less access than this connection needs: "
                    + "; ".join(scopes.describe(missing))
                    + ".",
                    "Reconnect and allow all the access asked for.",
                    reconnect,
                )
            )
        else:
            results.append(
                CheckResult(
                    "scopes",
                    "Access granted",
                    Outcome.OK,
                    "Everything this connection asked for was granted.",
                )
            )
    else:
        results.append(
            CheckResult(
                "scopes",
                "Access granted",
                Outcome.SKIPPED,
                "Zoho did not report which access it granted.",
            )
        )

    # 3. The organization is reachable at the stored API domain.
    response: requests.Response | None = None
    if not profile.organization_id:
        results.append(
            CheckResult(
                "organization",
                "Zoho Books organization",
                Outcome.PROBLEM,
                "No organization was chosen for this connection.",
                "Reconnect and choose the organization.",
                reconnect,
            )
        )
    elif token:
        import requests  # only when HTTP is done (see core.http)

        try:
            response = conn.session.get(
                f"{books.books_base(profile.api_domain)}/organizations/{profile.organization_id}",
                headers={"Authorization": books.AUTH_PREFIX + token},
                timeout=(5.0, 15.0),
            )
        except requests.RequestException:
            results.append(
                CheckResult(
                    "organization",
                    "Zoho Books organization",
                    Outcome.PROBLEM,
                    "Zoho Books could not be reached.",
                    "Check the internet connection, then check again.",
                    errors.Action.RETRY,
                )
            )
        else:
            if response.status_code == 200:
                results.append(
                    CheckResult(
                        "organization",
                        "Zoho Books organization",
                        Outcome.OK,
                        f"“{profile.organization_name or profile.organization_id}” answers.",
                    )
                )
            elif response.status_code == 404:
                results.append(
                    CheckResult(
                        "organization",
                        "Zoho Books organization",
                        Outcome.PROBLEM,
                        f"The organization “{profile.organization_name}” (ID "
                        f"{profile.organization_id}) is no longer available to this Zoho user.",
                        "Reconnect and choose the organization again.",
                        reconnect,
                    )
                )
            else:
                err = books.books_error(response)
                results.append(
                    CheckResult(
                        "organization",
                        "Zoho Books organization",
                        Outcome.PROBLEM,
                        err.message,
                        err.fix,
                        err.action,
                    )
                )
    else:
        results.append(
            CheckResult(
                "organization",
                "Zoho Books organization",
                Outcome.SKIPPED,
                "Not checked, because Zoho did not renew access.",
            )
        )

    # 4. The API domain belongs to the data center (only meaningful for real Zoho).
    try:
        dc = by_id(profile.data_center)
    except KeyError:
        dc = None
    if dc is not None and profile.api_domain.startswith("https://"):
        if origin(profile.api_domain) == origin(dc.api_domain):
            results.append(
                CheckResult(
                    "datacenter", "Data center", Outcome.OK, f"Books is reached in {dc.label}."
                )
            )
        else:
            results.append(
                CheckResult(
                    "datacenter",
                    "Data center",
                    Outcome.PROBLEM,
                    f"Books is being reached at {profile.api_domain}, not in {dc.label}.",
                    "Reconnect so the right data center is recorded.",
                    reconnect,
                )
            )

    # 5. The clock.
    results.append(_clock_check(response, conn.clock()))

    report = HealthReport(profile.name, tuple(results))
    if save:
        updated = replace(
            profile,
            health="ok" if report.ok else "attention",
            health_detail=report.summary,
            checked_at=now_iso(conn.clock),
        )
        try:
            conn.profiles.save(updated)
            conn.profile = updated
        except errors.ZohoWizardError:
            pass
    return report
