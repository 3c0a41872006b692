"""The health check: is a saved connection still good for its product (Zoho Books), and
if not, why.

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
from zoho_wizard.core.grant import Grant
from zoho_wizard.core.product import Product, authorization_header
from zoho_wizard.core.self_client import SelfClientOrganizationError

if TYPE_CHECKING:
    import requests

    from zoho_wizard.core.store import Profile

RECENT_REFRESH_SECONDS = 600.0
MAX_CLOCK_SKEW_SECONDS = 300.0


class Outcome(enum.Enum):
    """How one check went."""

    OK = "ok"
    PROBLEM = "problem"
    SKIPPED = "skipped"
    # Some of it was confirmed and the rest could not be: not a problem, not all fine.
    PARTLY_CONFIRMED = "partly_confirmed"


@dataclass(frozen=True)
class CheckResult:
    """One line of the health report."""

    key: str
    title: str
    outcome: Outcome
    detail: str
    fix: str = ""
    action: errors.Action = errors.Action.NONE
    # The class name of the error behind a problem ("" when none): the health watch tells
    # the likely cause from it (never from the words).
    error: str = ""

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


def _refresh_step(conn: SavedConnection) -> tuple[CheckResult, str]:
    """The refresh token still works (a real refresh, unless one just worked); the result
    and the access token for the next step ("" when there is none)."""
    if conn.profile.unattended:
        return _grant_step(conn)
    title = "Staying signed in"
    cached = conn.cached_token()
    recent = cached is not None and cached.refreshed_at > conn.clock() - RECENT_REFRESH_SECONDS
    try:
        if recent and cached is not None and cached.expires_at > conn.clock() + 60:
            conn.require_secrets()  # a deleted keyring item must not pass for ten minutes
            conn.check_servers()  # the cached token goes to the saved API domain next
            token = cached.access_token
            detail = "Zoho renewed this connection's access in the last ten minutes."
        else:
            token = conn.refresh_now()
            detail = "Zoho renewed this connection's access just now."
    except errors.ZohoWizardError as exc:  # throttling keeps its WAIT action
        action = exc.action if exc.action is not errors.Action.TRY_AGAIN else errors.Action.RETRY
        problem = CheckResult(
            "refresh", title, Outcome.PROBLEM, exc.message, exc.fix, action, type(exc).__name__
        )
        return problem, ""
    return CheckResult("refresh", title, Outcome.OK, detail), token


def _grant_step(conn: SavedConnection) -> tuple[CheckResult, str]:
    """A connection for scheduled jobs: its Self Client still gets an access token for
    its organization (the client-credentials grant, asked now); the result and the token
    for the next step ("" when there is none)."""
    title = "Access for scheduled jobs"
    try:
        token = conn.refresh_now()
    except errors.ZohoWizardError as exc:  # throttling keeps its WAIT action
        action = exc.action if exc.action is not errors.Action.TRY_AGAIN else errors.Action.RETRY
        return CheckResult("grant", title, Outcome.PROBLEM, exc.message, exc.fix, action), ""
    detail = (
        "Zoho gave this connection access with its Self Client just now (a connection for "
        "scheduled jobs has no refresh token)."
    )
    return CheckResult("grant", title, Outcome.OK, detail), token


def _scopes_step(profile: Profile, product: Product, organization_read: bool) -> CheckResult:
    """The granted scopes cover what the connection was created for.

    Zoho's code exchange usually does not say what it granted; then this says what
    reading the organization proved, and plainly that the rest could not be confirmed.
    """
    title = "Access granted"
    grant = Grant.of(profile)
    if grant.known:
        missing = grant.lacks(profile.scopes)
        if not missing:
            return CheckResult(
                "scopes", title, Outcome.OK, "Everything this connection asked for was granted."
            )
        return CheckResult(
            "scopes",
            title,
            Outcome.PROBLEM,
            "Zoho granted less access than this connection needs: "
            + "; ".join(scopes.describe(missing))
            + ".",
            "Reconnect and allow all the access asked for.",
            errors.Action.RECONNECT,
        )
    proven = product.required_scopes if organization_read else ()
    confirmed = grant.confirmed(proven)
    if not confirmed:
        return CheckResult(
            "scopes", title, Outcome.SKIPPED, "Zoho did not report which access it granted."
        )
    rest = grant.unconfirmed(proven)
    if not rest:
        return CheckResult(
            "scopes",
            title,
            Outcome.OK,
            "Zoho did not report which access it granted, but reading the organization "
            "confirmed everything this connection asked for.",
        )
    return CheckResult(
        "scopes",
        title,
        Outcome.PARTLY_CONFIRMED,
        "Zoho did not report which access it granted. Reading the organization confirmed: "
        f"{'; '.join(scopes.describe(confirmed))}. Not confirmed, because this check does not "
        f"use it: {'; '.join(scopes.describe(rest))}.",
    )


def _organization_step(
    conn: SavedConnection, token: str
) -> tuple[CheckResult, requests.Response | None]:
    """The organization is reachable at the stored API domain; the result and Zoho's
    answer (for the clock check), if a call was made."""
    profile, product = conn.profile, conn.product
    title = f"{product.name} organization"
    if not profile.organization_id:
        return CheckResult(
            "organization",
            title,
            Outcome.PROBLEM,
            "No organization was chosen for this connection.",
            "Reconnect and choose the organization.",
            errors.Action.RECONNECT,
        ), None
    if not token:
        return CheckResult(
            "organization",
            title,
            Outcome.SKIPPED,
            "Not checked, because Zoho did not give access."
            if profile.unattended
            else "Not checked, because Zoho did not renew access.",
        ), None
    import requests  # only when HTTP is done (see core.http)

    try:
        response = conn.session.get(
            product.organization_url(conn.api_domain, profile.organization_id),
            headers=authorization_header(token),
            timeout=(5.0, 15.0),
        )
    except requests.RequestException:
        return CheckResult(
            "organization",
            title,
            Outcome.PROBLEM,
            f"{product.name} could not be reached.",
            "Check the internet connection, then check again.",
            errors.Action.RETRY,
        ), None
    return _organization_answer(conn, title, response), response


def _organization_answer(
    conn: SavedConnection, title: str, response: requests.Response
) -> CheckResult:
    """What the product's answer about the organization means."""
    profile = conn.profile
    if books.succeeded(response):
        shown = profile.organization_name or profile.organization_id
        return CheckResult("organization", title, Outcome.OK, f"“{shown}” answers.")
    if books.organization_gone(response) and profile.unattended:
        gone = SelfClientOrganizationError()
        return CheckResult(
            "organization", title, Outcome.PROBLEM, gone.message, gone.fix, gone.action
        )
    if books.organization_gone(response):  # 404, or Books' code 1002 or 6041
        return CheckResult(
            "organization",
            title,
            Outcome.PROBLEM,
            f"The organization “{profile.organization_name}” (ID "
            f"{profile.organization_id}) is no longer available to this Zoho user.",
            "Reconnect and choose the organization again.",
            errors.Action.RECONNECT,
        )
    err = books.books_error(
        response,
        needs=conn.product.scope_for_call(
            "GET", conn.product.organization_url(conn.api_domain, profile.organization_id)
        ),
        grant=Grant.of(profile),
    )
    return CheckResult(
        "organization", title, Outcome.PROBLEM, err.message, err.fix, err.action, type(err).__name__
    )


def _datacenter_step(profile: Profile, product: Product) -> CheckResult | None:
    """The API domain belongs to the data center; None when that means nothing (an
    unknown data center, or not real Zoho)."""
    try:
        dc = by_id(profile.data_center)
    except KeyError:
        return None
    if not profile.api_domain.startswith("https://"):
        return None
    title, where = "Data center", product.short_name
    if origin(profile.api_domain) == origin(dc.api_domain):
        return CheckResult("datacenter", title, Outcome.OK, f"{where} is reached in {dc.label}.")
    return CheckResult(
        "datacenter",
        title,
        Outcome.PROBLEM,
        f"{where} is being reached at {profile.api_domain}, not in {dc.label}.",
        "Reconnect so the right data center is recorded.",
        errors.Action.RECONNECT,
    )


def _record(conn: SavedConnection, report: HealthReport) -> None:
    """Keep the result in the profile (a failure to save does not spoil the report)."""
    updated = replace(
        conn.profile,
        health="ok" if report.ok else "attention",
        health_detail=report.summary,
        checked_at=now_iso(conn.clock),
    )
    try:
        conn.profiles.save(updated)
        conn.profile = updated
    except errors.ZohoWizardError:
        pass


def check(conn: SavedConnection, *, save: bool = True) -> HealthReport:
    """Run every check on a saved connection; records the result in the profile.

    Never raises for a Zoho or network problem: those become results.
    """
    refresh, token = _refresh_step(conn)
    organization, response = _organization_step(conn, token)
    read = organization.outcome is Outcome.OK
    results = [refresh, _scopes_step(conn.profile, conn.product, read), organization]
    if (datacenter := _datacenter_step(conn.profile, conn.product)) is not None:
        results.append(datacenter)
    results.append(_clock_check(response, conn.clock()))
    report = HealthReport(conn.profile.name, tuple(results))
    if save:
        _record(conn, report)
    return report
