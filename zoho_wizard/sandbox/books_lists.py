"""Books' list endpoints (``GET /books/v3/invoices`` and the others in
:data:`~zoho_wizard.sandbox.books_data.LISTS`), with Books' paging and a few filters.

The answer is Books' shape: ``{"code": 0, "message": "success", "<key>": [...],
"page_context": {"page", "per_page", "has_more_page", "report_name", ...}}``. ``page``
starts at 1; ``per_page`` defaults to and is capped at 200. The organization comes from
``organization_id`` and must be one of the user's (else Books' 6041 or 1002); reading a
list needs its module's ``READ`` scope (or full access), else code 57.

Filters: ``status`` (``unpaid`` means sent, overdue or partially paid, as in Books), and
any other parameter named like a field of the rows keeps the rows with that value.
"""

from __future__ import annotations

from typing import Any

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.sandbox.books_api import _books_access, _not_in_organization
from zoho_wizard.sandbox.books_data import LISTS, MAX_PER_PAGE, BooksList, records
from zoho_wizard.sandbox.faults import BOOKS_UNAUTHORIZED
from zoho_wizard.sandbox.incoming import BOOKS_PREFIX, Call
from zoho_wizard.sandbox.model import SandboxModel
from zoho_wizard.sandbox.reply import Reply, json_reply

_UNPAID = frozenset({"sent", "overdue", "partially_paid", "viewed"})
# Parameters that shape the answer rather than filter rows.
_NOT_FILTERS = frozenset({"organization_id", "page", "per_page", "sort_column", "sort_order"})


def _wanted(row: dict[str, Any], name: str, value: str) -> bool:
    if name == "status" and value == "unpaid":
        return row.get("status") in _UNPAID
    if name not in row:
        return True  # Books ignores filters it does not know on a list; so do we
    field = row[name]
    text = str(field).lower() if isinstance(field, bool) else str(field)
    return text == value


def _number(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def books_list(model: SandboxModel, call: Call) -> Reply:
    """``GET /books/v3/<list>``: one page of the list, for the caller's organization."""
    access, refusal = _books_access(model, call)
    if refusal is not None or access is None:
        return refusal or json_reply(BOOKS_UNAUTHORIZED, 401)
    path = call.route.rest[len(BOOKS_PREFIX) :].strip("/")
    endpoint: BooksList = next(item for item in LISTS if item.path == path)
    needed = (f"{scope_catalog.SCOPE_PREFIX}{endpoint.module}.READ",)
    if scope_catalog.covers(access.scopes, needed):
        return json_reply(BOOKS_UNAUTHORIZED, model.missing_scope_status)
    org_id = call.query.get("organization_id", "")
    user = model.user(access.email)
    organizations = list(user.organizations) if user is not None else []
    if not any(str(org.get("organization_id")) == org_id for org in organizations):
        return _not_in_organization(model, org_id)
    rows = [
        row
        for row in records(org_id, endpoint.key)
        if all(
            _wanted(row, name, value)
            for name, value in call.query.items()
            if name not in _NOT_FILTERS
        )
    ]
    page = max(1, _number(call.query.get("page"), 1))
    per_page = min(MAX_PER_PAGE, max(1, _number(call.query.get("per_page"), MAX_PER_PAGE)))
    start = (page - 1) * per_page
    context = {
        "page": page,
        "per_page": per_page,
        "has_more_page": start + per_page < len(rows),
        "report_name": endpoint.report_name,
        "applied_filter": "Status.All",
        "sort_column": "created_time",
        "sort_order": "D",
    }
    return json_reply(
        {
            "code": 0,
            "message": "success",
            endpoint.key: rows[start : start + per_page],
            "page_context": context,
        }
    )
