"""HTML pages of the fake Zoho accounts server: sign-in, consent, errors, Self Client.

Every value from a request is escaped. The pages carry a banner saying they are a
practice sandbox, so nobody mistakes them for Zoho and types a real password.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from urllib.parse import quote

BANNER = "Zoho Books sandbox — practice only"

_CSS = """
:root { color-scheme: light; --accent: #1a6fe0; --accent-dark: #1459b8; --ink: #1d2330;
  --muted: #5d6678; --line: #d6dbe5; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f5f9; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
.banner { background: #fff3cd; color: #5a4300; border-bottom: 1px solid #f1dd9a;
  text-align: center; padding: 8px 16px; font-size: 13px; font-weight: 600; }
main { display: flex; justify-content: center; padding: 48px 16px; }
.card { background: #fff; width: 100%; max-width: 440px; padding: 32px 36px;
  border-radius: 14px; box-shadow: 0 1px 3px rgba(20, 30, 60, .08),
  0 12px 32px rgba(20, 30, 60, .08); }
.brand { display: flex; align-items: center; gap: 10px; font-weight: 700; font-size: 18px; }
.logo { width: 32px; height: 32px; border-radius: 8px; background: linear-gradient(135deg,
  #e42527 0 25%, #089949 25% 50%, #226db4 50% 75%, #f9b21d 75%); }
h1 { font-size: 22px; margin: 22px 0 6px; }
p { margin: 8px 0; }
.muted { color: var(--muted); font-size: 13px; }
label { display: block; font-size: 13px; font-weight: 600; margin: 18px 0 6px; }
input, select { width: 100%; padding: 10px 12px; font: inherit; color: inherit;
  border: 1px solid var(--line); border-radius: 8px; background: #fff; }
input:focus, select:focus { outline: 2px solid var(--accent); outline-offset: 0;
  border-color: transparent; }
.actions { display: flex; gap: 12px; margin-top: 24px; }
button { flex: 1; padding: 11px 16px; font: inherit; font-weight: 600; border-radius: 8px;
  border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button:hover { background: var(--accent-dark); }
button.secondary { background: #fff; color: var(--ink); border-color: var(--line); }
button.secondary:hover { background: #f3f5f9; }
.error { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bc; padding: 10px 12px;
  border-radius: 8px; margin: 16px 0 0; }
.hint { background: #eef4ff; color: #1f3d73; border: 1px solid #cfdcf7; padding: 10px 12px;
  border-radius: 8px; font-size: 13px; margin-top: 22px; }
.who { display: flex; justify-content: space-between; align-items: center; gap: 8px;
  background: #f6f8fb; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px;
  margin: 16px 0; font-size: 14px; }
ul.scopes { padding-left: 20px; margin: 8px 0 0; }
ul.scopes li { margin: 4px 0; }
a { color: var(--accent); }
.who a { white-space: nowrap; }
code, .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 13px; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; font-size: 13px; }
dt { color: var(--muted); }
dd { margin: 0; }
"""


def page(title: str, body: str) -> str:
    """A whole HTML document with the sandbox banner around ``body`` (already HTML)."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f'<div class="banner" id="sandbox-banner">{escape(BANNER)}</div>'
        f'<main><div class="card"><div class="brand"><span class="logo"></span>'
        f'Zoho Accounts <span class="muted">(sandbox)</span></div>{body}</div></main>'
        "</body></html>\n"
    )


def _hint(practice_logins: Sequence[tuple[str, str]]) -> str:
    if not practice_logins:
        return ""
    lines = "".join(
        f"<br><code>{escape(email)}</code> / <code>{escape(password)}</code>"
        for email, password in practice_logins
    )
    return f'<div class="hint" id="practice-hint">Practice sign-in:{lines}</div>'


def signin_page(
    dc: str,
    dc_label: str,
    next_path: str | None,
    practice_logins: Sequence[tuple[str, str]],
    *,
    error: str | None = None,
    email: str = "",
) -> str:
    """The sign-in form (``#email``, ``#password``, ``#signin``), posting to ``signin``."""
    error_html = f'<p class="error" id="error" role="alert">{escape(error)}</p>' if error else ""
    next_input = (
        f'<input type="hidden" name="next" value="{escape(next_path)}">' if next_path else ""
    )
    body = (
        "<h1>Sign in</h1>"
        f'<p class="muted">to continue to Zoho Books · {escape(dc_label)}</p>'
        f"{error_html}"
        f'<form method="post" action="/accounts/{escape(dc)}/signin" autocomplete="off">'
        f"{next_input}"
        '<label for="email">Email address</label>'
        f'<input id="email" name="email" type="email" value="{escape(email)}" required '
        'autofocus placeholder="you@example.com">'
        '<label for="password">Password</label>'
        '<input id="password" name="password" type="password" placeholder="Password">'
        '<div class="actions"><button id="signin" type="submit">Sign in</button></div>'
        "</form>"
        f"{_hint(practice_logins)}"
    )
    return page("Sign in - Zoho Accounts (sandbox)", body)


def consent_page(
    *,
    dc: str,
    dc_label: str,
    app_name: str,
    client_id: str,
    email: str,
    scope_lines: Iterable[str],
    offline: bool,
    request_id: str,
    switch_href: str,
) -> str:
    """The consent screen: who asks, for what, as whom; ``#accept`` and ``#deny``."""
    items = "".join(f"<li>{escape(line)}</li>" for line in scope_lines)
    offline_html = (
        '<p class="muted" id="offline-note">It keeps this access until you revoke it, even '
        "when you are not using it.</p>"
        if offline
        else ""
    )
    body = (
        f'<h1 id="app-name">{escape(app_name)}</h1>'
        "<p>would like to access your Zoho Books account.</p>"
        f'<div class="who"><span>Signed in as <strong id="user-email">{escape(email)}'
        f'</strong></span><a id="switch-account" href="{escape(switch_href)}">'
        "Use another account</a></div>"
        "<p><strong>It will be able to:</strong></p>"
        f'<ul class="scopes" id="scopes">{items}</ul>'
        f"{offline_html}"
        f'<dl><dt>Client ID</dt><dd class="code" id="client-id">{escape(client_id)}</dd>'
        f"<dt>Data center</dt><dd>{escape(dc_label)}</dd></dl>"
        f'<form method="post" action="/accounts/{escape(dc)}/oauth/v2/approve">'
        f'<input type="hidden" name="request_id" value="{escape(request_id)}">'
        '<div class="actions">'
        '<button id="deny" class="secondary" type="submit" name="action" value="deny">'
        "Deny</button>"
        '<button id="accept" type="submit" name="action" value="accept">Accept</button>'
        "</div></form>"
    )
    return page(f"{app_name} - Allow access? (sandbox)", body)


def error_page(title: str, message: str, details: Sequence[str] = ()) -> str:
    """An accounts error page: no redirect happens, the user reads the reason here."""
    items = "".join(f"<li><code>{escape(d)}</code></li>" for d in details)
    details_html = f'<ul class="scopes" id="details">{items}</ul>' if details else ""
    body = (
        f'<h1 id="error-title">{escape(title)}</h1>'
        f'<p class="error" id="error" role="alert">{escape(message)}</p>'
        f"{details_html}"
    )
    return page(title, body)


def signed_in_page(email: str, dc: str) -> str:
    """Shown after a sign-in that did not come from an authorization request."""
    body = (
        "<h1>Signed in</h1>"
        f'<p>You are signed in as <strong id="user-email">{escape(email)}</strong>.</p>'
        f'<p><a href="/accounts/{escape(dc)}/selfclient">Self Client: generate a code</a>'
        f' · <a id="switch-account" href="/accounts/{escape(dc)}/signout">Sign out</a></p>'
    )
    return page("Signed in - Zoho Accounts (sandbox)", body)


SELF_CLIENT_EXPIRY_MINUTES: tuple[int, ...] = (3, 5, 7, 10)
"""The Self Client expiry dropdown (Zoho's exact list is unconfirmed)."""


def self_client_page(
    dc: str,
    dc_label: str,
    *,
    client_id: str,
    scopes: str,
    expiry_minutes: int,
    description: str = "",
    code: str | None = None,
    error: str | None = None,
    practice_secret: str | None = None,
) -> str:
    """The Self Client "Generate Code" tab; with ``code`` set it also shows the result."""
    options = "".join(
        f'<option value="{m}"{" selected" if m == expiry_minutes else ""}>{m} minutes</option>'
        for m in SELF_CLIENT_EXPIRY_MINUTES
    )
    error_html = f'<p class="error" id="error" role="alert">{escape(error)}</p>' if error else ""
    result_html = ""
    if code is not None:
        result_html = (
            '<div class="hint" id="result">Your code (valid for '
            f"{expiry_minutes} minutes, works once):"
            f'<input id="code" readonly value="{escape(code)}"></div>'
        )
    secret_html = ""
    if practice_secret is not None:
        secret_html = (
            '<p class="muted">Practice client secret: '
            f'<code id="client-secret">{escape(practice_secret)}</code></p>'
        )
    body = (
        "<h1>Self Client</h1>"
        f'<p class="muted">Generate a grant code · {escape(dc_label)}</p>'
        f"{error_html}{result_html}"
        f'<form method="post" action="/accounts/{escape(dc)}/selfclient">'
        '<label for="client_id">Client ID</label>'
        f'<input id="client_id" name="client_id" value="{escape(client_id)}">'
        '<label for="scope">Scope (comma separated)</label>'
        f'<input id="scope" name="scope" value="{escape(scopes)}">'
        '<label for="expiry">Time duration</label>'
        f'<select id="expiry" name="expiry">{options}</select>'
        '<label for="description">Scope description</label>'
        f'<input id="description" name="description" value="{escape(description)}">'
        '<div class="actions"><button id="create" type="submit">Create</button></div>'
        f"</form>{secret_html}"
    )
    return page("Self Client - API Console (sandbox)", body)


def home_page(base_url: str, accounts: Sequence[tuple[str, str, str]], client_id: str) -> str:
    """The sandbox's front page: one line per data center."""
    rows = "".join(
        f"<dt>{escape(dc_id)}</dt><dd>{escape(label)}<br><code>{escape(url)}</code></dd>"
        for dc_id, label, url in accounts
    )
    body = (
        "<h1>Local Zoho sandbox</h1>"
        f"<p>Serving at <code>{escape(base_url)}</code>. Practice client ID:</p>"
        f"<p><code>{escape(client_id)}</code></p>"
        f"<dl>{rows}</dl>"
        '<p><a href="/accounts/us/selfclient">Self Client</a> · '
        '<a href="/accounts/us/device">Connect a device</a> · '
        '<a href="/accounts/us/signin">Sign in</a></p>'
    )
    return page("Local Zoho sandbox", body)


def not_found_page(path: str) -> str:
    """404 for an unknown path or data center."""
    return error_page("Page not found", f"Nothing is served at {path}.")


def outage_page() -> str:
    """What a ``html`` fault serves instead of JSON: a maintenance page, HTTP 200."""
    return page(
        "Zoho Accounts",
        "<h1>We'll be right back</h1>"
        "<p>Zoho Accounts is temporarily unavailable. Please try again in a few minutes.</p>",
    )


def query_path(path: str, query: str) -> str:
    """``path?query`` (no ``?`` when the query is empty)."""
    return f"{path}?{query}" if query else path


def signout_href(dc: str, next_path: str) -> str:
    """The "use another account" link: sign out, then come back to ``next_path``."""
    return f"/accounts/{dc}/signout?next={quote(next_path, safe='')}"
