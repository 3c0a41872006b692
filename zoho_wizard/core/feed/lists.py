"""The Books lists the feed offers as CSV, in words a bookkeeper uses.

Any Books path that answers a list can be asked for with ``.csv`` (``settings/currencies.csv``
too); these are the ones the start page and the dialog name. Each answer holds its rows
under a key (``invoices``; Books' vendor credits say ``vendor_credits``); for a path not in
the table the rows are the answer's only list of records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FeedList:
    """One Books list.

    Attributes:
        path: Its path under Books' API base (``invoices``, ``settings/taxes``).
        label: What it is called on the start page and in the dialog.
        key: The key of Books' answer holding its rows.
    """

    path: str
    label: str
    key: str


FEED_LISTS: tuple[FeedList, ...] = (
    FeedList("invoices", "Invoices", "invoices"),
    FeedList("contacts", "Customers and vendors", "contacts"),
    FeedList("bills", "Bills", "bills"),
    FeedList("items", "Items (products and services)", "items"),
    FeedList("chartofaccounts", "Chart of accounts", "chartofaccounts"),
    FeedList("customerpayments", "Payments received", "customerpayments"),
    FeedList("vendorpayments", "Payments made", "vendorpayments"),
    FeedList("expenses", "Expenses", "expenses"),
    FeedList("estimates", "Quotes (estimates)", "estimates"),
    FeedList("salesorders", "Sales orders", "salesorders"),
    FeedList("purchaseorders", "Purchase orders", "purchaseorders"),
    FeedList("creditnotes", "Credit notes", "creditnotes"),
    FeedList("vendorcredits", "Vendor credits", "vendor_credits"),
    FeedList("journals", "Manual journals", "journals"),
    FeedList("bankaccounts", "Bank accounts", "bankaccounts"),
    FeedList("projects", "Projects", "projects"),
    FeedList("settings/taxes", "Taxes", "taxes"),
)
"""The lists named on the start page and in the dialog, most used first."""

_BY_PATH = {item.path: item for item in FEED_LISTS}


def feed_list(path: str) -> FeedList | None:
    """The named list at ``path``, if it is one of :data:`FEED_LISTS`."""
    return _BY_PATH.get(path)


def rows_of(body: Any, path: str) -> list[Mapping[str, Any]] | None:
    """The rows of a Books list answer: under the list's key, else under the answer's only
    key holding a list of records. None when the answer holds no such list."""
    if not isinstance(body, Mapping):
        return None
    known = _BY_PATH.get(path)
    if known is not None and isinstance(body.get(known.key), list):
        candidates = [body[known.key]]
    else:
        candidates = [
            value
            for name, value in body.items()
            if name != "page_context"
            and isinstance(value, list)
            and all(isinstance(row, Mapping) for row in value)
        ]
    if len(candidates) != 1:
        return None
    return [row for row in candidates[0] if isinstance(row, Mapping)]


def has_more_pages(body: Any) -> bool:
    """Whether Books says another page follows (``page_context.has_more_page``)."""
    context = body.get("page_context") if isinstance(body, Mapping) else None
    return isinstance(context, Mapping) and context.get("has_more_page") is True
