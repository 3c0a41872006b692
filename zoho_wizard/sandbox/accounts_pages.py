"""The accounts server's HTML pages: front page, sign-in, sign-out, consent, Self Client.

Each handler takes the model and a parsed :class:`~zoho_wizard.sandbox.incoming.Call`
and returns a :class:`~zoho_wizard.sandbox.reply.Reply`; :data:`HANDLERS` maps endpoint
names onto them for :class:`~zoho_wizard.sandbox.server.Sandbox`. The browser session
cookie has ``Path=/``, so signing in at one fake accounts host signs you in at all of them
(Zoho's cross-DC sign-in does the same through its own redirects).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.sandbox.incoming import SESSION_COOKIE, Call
from zoho_wizard.sandbox.model import SandboxModel
from zoho_wizard.sandbox.practice import (
    PRACTICE_AE_EMAIL,
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_NEW_DC_EMAIL,
    PRACTICE_PASSWORD,
)
from zoho_wizard.sandbox.records import DC_IDS, PROFILE_SCOPE, AuthRequestError, dc_label
from zoho_wizard.sandbox.reply import Reply, html_reply, redirect_reply
from zoho_wizard.sandbox.views import (
    SELF_CLIENT_EXPIRY_MINUTES,
    consent_page,
    error_page,
    home_page,
    query_path,
    self_client_page,
    signed_in_page,
    signin_page,
    signout_href,
)


def _safe_next(value: str | None) -> str | None:
    """Accept only a local accounts path as a post-sign-in destination."""
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith("/accounts/"):
        return None
    if "\\" in parts.path or "//" in parts.path:
        return None
    return value


def _with_query(uri: str, params: Iterable[tuple[str, str]], trailing_ampersand: bool) -> str:
    """Append ``params`` to ``uri``, keeping any query string it already has."""
    parts = urlsplit(uri)
    added = urlencode(list(params), quote_via=quote, safe="")
    query = f"{parts.query}&{added}" if parts.query else added
    if trailing_ampersand:
        query += "&"
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _session_cookie(session_id: str) -> tuple[str, str]:
    return ("Set-Cookie", f"{SESSION_COOKIE}={session_id}; Path=/; HttpOnly; SameSite=Lax")


def _clear_session_cookie() -> tuple[str, str]:
    return ("Set-Cookie", f"{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")


def _practice_logins() -> list[tuple[str, str]]:
    return [
        (email, PRACTICE_PASSWORD)
        for email in (PRACTICE_EMAIL, PRACTICE_EU_EMAIL, PRACTICE_AE_EMAIL, PRACTICE_NEW_DC_EMAIL)
    ]


def home(model: SandboxModel, call: Call) -> Reply:
    """The front page: links to every fake accounts server."""
    accounts = [(dc, dc_label(dc), model.accounts_url(dc)) for dc in DC_IDS]
    return html_reply(home_page(model.base_url, accounts, PRACTICE_CLIENT_ID))


def _signin_page(
    dc: str, next_path: str | None, *, error: str | None = None, email: str = ""
) -> str:
    return signin_page(dc, dc_label(dc), next_path, _practice_logins(), error=error, email=email)


def signin_for(dc: str, next_path: str) -> str:
    """The sign-in page, going on to ``next_path`` (another accounts page) afterwards."""
    return _signin_page(dc, _safe_next(next_path))


def auth(model: SandboxModel, call: Call) -> Reply:
    """``GET /oauth/v2/auth``: sign-in page, a redirect to the home DC, or consent."""
    dc = call.dc
    try:
        request = model.parse_auth_request(call.query, dc)
    except AuthRequestError as problem:
        page = error_page(problem.title, problem.message, problem.details)
        return html_reply(page, model.auth_error_status)
    user = model.session_user(call.session_id)
    if user is None or call.session_id is None:
        return html_reply(_signin_page(dc, call.target))
    if user.home_dc is not None and user.home_dc != dc:
        query = urlsplit(call.target).query
        return redirect_reply(query_path(f"/accounts/{user.home_dc}/oauth/v2/auth", query))
    client = model.client(request.client_id)
    request_id = model.add_pending(call.session_id, dc, user.email, request)
    page = consent_page(
        dc=dc,
        dc_label=dc_label(dc),
        app_name=client.name if client else request.client_id,
        client_id=request.client_id,
        email=user.email,
        scope_lines=_describe_scopes(request.scopes),
        offline=request.offline,
        request_id=request_id,
        switch_href=signout_href(dc, call.target),
    )
    return html_reply(page)


def signin(model: SandboxModel, call: Call) -> Reply:
    """The sign-in page, and its form: sets the session cookie and goes on."""
    dc = call.dc
    if call.method == "GET":
        return html_reply(_signin_page(dc, _safe_next(call.query.get("next"))))
    next_path = _safe_next(call.form.get("next"))
    email = call.form.get("email", "").strip()
    session_id, user = model.sign_in(email, call.form.get("password", ""))
    if session_id is None or user is None:
        error = (
            "This account cannot be found. Check the email address."
            if user is None
            else "Incorrect password. Please try again."
        )
        return html_reply(_signin_page(dc, next_path, error=error, email=email))
    cookie = _session_cookie(session_id)
    if next_path is None:
        return html_reply(signed_in_page(user.email, dc), headers=[cookie])
    # Zoho sends a user to their own data center straight after sign-in.
    target = urlsplit(next_path)
    segments = target.path.split("/")
    if (
        user.home_dc is not None
        and target.path.endswith("/oauth/v2/auth")
        and len(segments) > 2
        and segments[2] != user.home_dc
    ):
        segments[2] = user.home_dc
        next_path = query_path("/".join(segments), target.query)
    return redirect_reply(next_path, headers=[cookie])


def signout(model: SandboxModel, call: Call) -> Reply:
    """End the browser session, then show sign-in or go to ``next``."""
    model.sign_out(call.session_id)
    next_path = _safe_next(call.params.get("next"))
    if next_path is None:
        return html_reply(_signin_page(call.dc, None), headers=[_clear_session_cookie()])
    return redirect_reply(next_path, headers=[_clear_session_cookie()])


def approve(model: SandboxModel, call: Call) -> Reply:
    """The consent form: redirect with a code (Accept) or ``access_denied`` (Deny)."""
    pending = model.pop_pending(call.form.get("request_id", ""), call.session_id)
    if pending is None:
        return html_reply(
            error_page(
                "Request expired",
                "This sign-in request is no longer valid. Go back to the app and start again.",
            ),
            400,
        )
    request = pending.request
    action = call.form.get("action")
    if action == "deny":
        location = _with_query(request.redirect_uri, model.denial_params(pending), False)
        return redirect_reply(location)
    if action != "accept":
        return html_reply(error_page("Invalid request", "Choose Accept or Deny."), 400)
    code = model.issue_code(pending.dc, pending.email, request)
    params = model.callback_params(pending, code)
    return redirect_reply(_with_query(request.redirect_uri, params, model.trailing_ampersand))


def selfclient(model: SandboxModel, call: Call) -> Reply:
    """The API console's Self Client page, which generates a code on POST."""
    dc = call.dc
    user = model.session_user(call.session_id)
    email = user.email if user is not None else PRACTICE_EMAIL
    params = call.params
    client_id = params.get("client_id", PRACTICE_CLIENT_ID).strip()
    scope = params.get("scope", scope_catalog.join(scope_catalog.REQUIRED_SCOPES))
    try:
        expiry = int(params.get("expiry", "3"))
    except ValueError:
        expiry = 3
    if expiry not in SELF_CLIENT_EXPIRY_MINUTES:
        expiry = 3
    code: str | None = None
    error: str | None = None
    if call.method == "POST":
        try:
            code = model.generate_self_client_code(client_id, scope, expiry, dc, email)
        except ValueError as problem:
            error = str(problem)
    page = self_client_page(
        dc,
        dc_label(dc),
        client_id=client_id,
        scopes=scope,
        expiry_minutes=expiry,
        description=params.get("description", ""),
        code=code,
        error=error,
        practice_secret=PRACTICE_CLIENT_SECRET if client_id == PRACTICE_CLIENT_ID else None,
    )
    return html_reply(page, 400 if error else 200)


def _describe_scopes(requested: Iterable[str]) -> list[str]:
    """The consent page's plain-language scope lines (Books via the core catalog)."""
    wanted = list(requested)
    profile = [s for s in wanted if s.lower() == PROFILE_SCOPE.lower()]
    books = [s for s in wanted if s.lower() != PROFILE_SCOPE.lower()]
    lines = scope_catalog.describe(books) if books else []
    if profile:
        lines.append("Your name and email address")
    return lines


HANDLERS: dict[str, Callable[[SandboxModel, Call], Reply]] = {
    "home": home,
    "auth": auth,
    "signin": signin,
    "signout": signout,
    "approve": approve,
    "selfclient": selfclient,
}
"""The accounts server's page endpoints (and the front page), by endpoint name."""
