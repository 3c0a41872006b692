"""The feed's two pages: a connection's start page, and the 404 every unknown address gets.

The start page is for the person who opens it in a browser: which connection this is,
every list's address to paste into a spreadsheet, how to filter, and the day's calls to
Books against Zoho's daily limit. It loads nothing from elsewhere (no scripts, fonts or
images), and the 404 names nothing (no connection, no hint that others exist).
"""

from __future__ import annotations

import html

from zoho_wizard.core.feed.limits import CALLS_PER_MINUTE, DAILY_LIMIT_WORDS
from zoho_wizard.core.feed.lists import FEED_LISTS

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f4f6f8;
color:#1d2733;margin:0;padding:32px}main{background:#fff;max-width:880px;margin:auto;
padding:28px 36px;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
h1{font-size:22px;margin:0 0 6px}h2{font-size:17px;margin:24px 0 8px}p{line-height:1.5}
table{border-collapse:collapse;width:100%}td{padding:6px 8px;border-top:1px solid #e3e7eb;
vertical-align:top}td:first-child{white-space:nowrap;font-weight:600}
code{font-family:ui-monospace,Consolas,monospace;font-size:13px;word-break:break-all}
a{color:#1a5fb4}
.note{color:#4a5866}.practice{background:#fff4d6;padding:8px 12px;border-radius:6px}
"""


def _page(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )


def index_page(
    name: str,
    organization: str,
    base_address: str,
    calls_today: int,
    *,
    practice: bool = False,
) -> str:
    """A connection's start page (``http://127.0.0.1:PORT/<key>/``)."""
    e = html.escape
    rows = "".join(
        f'<tr><td>{e(item.label)}</td><td><a href="books/{e(item.path)}.csv"><code>'
        f"{e(base_address)}books/{e(item.path)}.csv</code></a></td></tr>"
        for item in FEED_LISTS
    )
    practice_note = (
        '<p class="practice">Practice mode: these lists are made up, and the addresses work '
        "only while practice mode runs.</p>"
        if practice
        else ""
    )
    who = f"{e(name)} ({e(organization)})" if organization else e(name)
    body = f"""
<h1>Zoho Books for spreadsheets: {who}</h1>
{practice_note}
<p>Paste one of these addresses into Excel: <b>Data → From Web</b> (or click one to
save the file, and open it with <b>Data → From Text/CSV</b>). LibreOffice:
<b>Sheet → Link to External Data</b>. Power BI: <b>Get data → Web</b>. Each list comes
whole, every page of it, and is read fresh from Zoho Books each time the spreadsheet refreshes.</p>
<p class="note">Only this computer can open these addresses, and only with the secret
part in them: keep them to yourself, as you would a password.</p>
<h2>Lists</h2>
<table>{rows}</table>
<h2>Only some of a list</h2>
<p>Add Zoho Books' filters to the end of an address, for example
<code>{e(base_address)}books/invoices.csv?status=unpaid</code> (unpaid invoices) or
<code>?date_start=2026-01-01&amp;date_end=2026-03-31</code>.</p>
<h2>Zoho's limits</h2>
<p>Calls to Zoho Books today by this feed for this organization: <b>{calls_today:,}</b>.
{e(DAILY_LIMIT_WORDS)} The feed keeps to Zoho's {CALLS_PER_MINUTE} calls a minute by
itself; a long list takes one call per 200 rows.</p>
<p class="note">For scripts: without <code>.csv</code>, an address gives Zoho Books'
own answer, for example <code>{e(base_address)}books/invoices/INVOICE_ID</code>.</p>
"""
    return _page(f"Zoho Books for spreadsheets: {name}", body)


def not_found_page() -> str:
    """The answer to every address the feed does not know (names nothing)."""
    return _page(
        "Not found",
        "<h1>Not found</h1><p>There is nothing at this address. Copy the address again "
        "from the Zoho Wizard (Use in a spreadsheet…).</p>",
    )
