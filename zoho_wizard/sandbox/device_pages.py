"""The device sign-in's endpoints and the verification page (rules: :mod:`.device`).

The verification page asks a signed-out person to sign in first (the usual sign-in page,
coming back here), then for the code (filled in when the address carried it, as
``verification_uri_complete`` does), then shows what the app asks for, with Accept and
Deny (``#accept``, ``#deny``).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.sandbox.accounts_pages import signin_for
from zoho_wizard.sandbox.incoming import Call
from zoho_wizard.sandbox.model import SandboxModel
from zoho_wizard.sandbox.records import DeviceGrant, dc_label
from zoho_wizard.sandbox.reply import Reply, html_reply, json_reply
from zoho_wizard.sandbox.views import page


def device_code(model: SandboxModel, call: Call) -> Reply:
    """``POST /oauth/v3/device/code`` (query or form parameters)."""
    answer = model.device_code_request(call.dc, call.params)
    return json_reply(answer.body, answer.status)


def device_token(model: SandboxModel, call: Call) -> Reply:
    """``POST /oauth/v3/device/token`` (query or form parameters)."""
    answer = model.device_token(call.dc, call.params)
    return json_reply(answer.body, answer.status)


def verification(model: SandboxModel, call: Call) -> Reply:
    """The verification page: sign in, enter the code, then Accept or Deny."""
    dc = call.dc
    user = model.session_user(call.session_id)
    if user is None:
        return html_reply(signin_for(dc, call.target))
    params = call.params
    user_code = params.get("user_code", "").strip()
    action = call.form.get("action", "")
    if not user_code:
        return html_reply(_code_page(dc, ""))
    grant = model.device_grant(user_code)
    if grant is None:
        error = "This code is not valid, or it has expired. Check it, or get a new one."
        return html_reply(_code_page(dc, user_code, error), 400)
    if action in ("accept", "deny"):
        model.decide_device(user_code, user.email, action == "accept")
        return html_reply(_decided_page(action == "accept"))
    client = model.client(grant.client_id)
    return html_reply(
        _approve_page(dc, grant, client.name if client else grant.client_id, user.email)
    )


def _code_page(dc: str, user_code: str, error: str = "") -> str:
    error_html = f'<p class="error" id="error" role="alert">{escape(error)}</p>' if error else ""
    body = (
        "<h1>Connect a device</h1>"
        f'<p class="muted">Enter the code the app shows · {escape(dc_label(dc))}</p>'
        f"{error_html}"
        f'<form method="post" action="/accounts/{escape(dc)}/device" autocomplete="off">'
        '<label for="user_code">Code</label>'
        f'<input id="user_code" name="user_code" value="{escape(user_code)}" required autofocus '
        'placeholder="ABCD-EFGH">'
        '<div class="actions"><button id="continue" type="submit">Continue</button></div>'
        "</form>"
    )
    return page("Connect a device - Zoho Accounts (sandbox)", body)


def _approve_page(dc: str, grant: DeviceGrant, app_name: str, email: str) -> str:
    items = "".join(
        f"<li>{escape(line)}</li>"
        for line in scope_catalog.describe(
            [s for s in grant.scopes if not s.lower().startswith("aaaserver.")]
        )
    )
    body = (
        f'<h1 id="app-name">{escape(app_name)}</h1>'
        "<p>on another device would like to access your Zoho Books account.</p>"
        f'<div class="who"><span>Signed in as <strong id="user-email">{escape(email)}'
        f'</strong></span><span class="code" id="user-code">{escape(grant.user_code)}</span></div>'
        "<p><strong>It will be able to:</strong></p>"
        f'<ul class="scopes" id="scopes">{items}</ul>'
        f'<form method="post" action="/accounts/{escape(dc)}/device">'
        f'<input type="hidden" name="user_code" value="{escape(grant.user_code)}">'
        '<div class="actions">'
        '<button id="deny" class="secondary" type="submit" name="action" value="deny">'
        "Deny</button>"
        '<button id="accept" type="submit" name="action" value="accept">Accept</button>'
        "</div></form>"
    )
    return page(f"{app_name} - Allow access? (sandbox)", body)


def _decided_page(approved: bool) -> str:
    title = "All set" if approved else "Access denied"
    text = (
        "Go back to the app: it carries on by itself in a moment."
        if approved
        else "Nothing was connected. You can close this page."
    )
    body = f'<h1 id="decided">{escape(title)}</h1><p>{escape(text)}</p>'
    return page(f"{title} (sandbox)", body)


HANDLERS: dict[str, Callable[[SandboxModel, Call], Reply]] = {
    "device_code": device_code,
    "device_token": device_token,
    "device": verification,
}
"""The device sign-in's endpoints, by endpoint name."""
