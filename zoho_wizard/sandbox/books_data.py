"""The practice organizations' Books records: invoices, contacts, bills and the other lists.

Made up, deterministic (the same every run) and shaped like the rows of Zoho Books' list
answers (``GET /books/v3/invoices`` and so on): the list under its key, money as numbers,
dates as ``YYYY-MM-DD`` text, and a few nested fields (``custom_fields``, ``tags``) the way
Books nests them. Names carry accents, so a CSV of them shows whether they survive.

There are more invoices (:data:`INVOICE_COUNT`) than one page holds (Books' ``per_page``
is at most 200), so a client must follow ``page_context.has_more_page``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

INVOICE_COUNT = 230
"""Invoices per practice organization: more than one page of 200."""

MAX_PER_PAGE = 200
"""Books' largest page (``per_page``)."""


@dataclass(frozen=True)
class BooksList:
    """One Books list endpoint of the sandbox.

    Attributes:
        path: Its path under ``/books/v3`` (``invoices``, ``settings/taxes``).
        key: The answer's key holding the rows.
        module: The scope module reading it needs (``ZohoBooks.<module>.READ``).
        report_name: What ``page_context.report_name`` says.
    """

    path: str
    key: str
    module: str
    report_name: str


LISTS: tuple[BooksList, ...] = (
    BooksList("invoices", "invoices", "invoices", "Invoices"),
    BooksList("contacts", "contacts", "contacts", "Contacts"),
    BooksList("bills", "bills", "bills", "Bills"),
    BooksList("items", "items", "settings", "Items"),
    BooksList("chartofaccounts", "chartofaccounts", "accountants", "Chart of Accounts"),
    BooksList("customerpayments", "customerpayments", "customerpayments", "Payments Received"),
    BooksList("vendorpayments", "vendorpayments", "vendorpayments", "Payments Made"),
    BooksList("expenses", "expenses", "expenses", "Expenses"),
    BooksList("estimates", "estimates", "estimates", "Estimates"),
    BooksList("salesorders", "salesorders", "salesorders", "Sales Orders"),
    BooksList("purchaseorders", "purchaseorders", "purchaseorders", "Purchase Orders"),
    BooksList("creditnotes", "creditnotes", "creditnotes", "Credit Notes"),
    BooksList("vendorcredits", "vendor_credits", "debitnotes", "Vendor Credits"),
    BooksList("journals", "journals", "accountants", "Journals"),
    BooksList("bankaccounts", "bankaccounts", "banking", "Bank Accounts"),
    BooksList("projects", "projects", "projects", "Projects"),
    BooksList("settings/taxes", "taxes", "settings", "Taxes"),
)
"""The lists the sandbox answers, by path."""

LIST_PATHS = frozenset(item.path for item in LISTS)

_CUSTOMERS = (
    "Café Müller GmbH",
    "Łódź Sp. z o.o.",
    "Smith & Sons Ltd",
    "Ørsted Rådgivning ApS",
    "São Paulo Comércio Ltda",
    "Zillum Retail",
)
_VENDORS = ("Papeterie Lefèvre", "Nordic Office AB", "Acme Supplies Inc")
_STATUSES = ("paid", "sent", "overdue", "partially_paid", "draft", "void")


def _day(index: int) -> str:
    """A date in 2026 (``index`` days after 2 January, wrapping within the year)."""
    month, day = divmod(index % 336, 28)
    return f"2026-{month + 1:02d}-{day + 1:02d}"


def _money(index: int, base: float) -> float:
    return round(base + (index * 37.45) % 1900, 2)


def _invoice(org: str, index: int) -> dict[str, Any]:
    customer = index % len(_CUSTOMERS)
    status = _STATUSES[index % len(_STATUSES)]
    total = _money(index, 120.0)
    balance = {"paid": 0.0, "void": 0.0, "partially_paid": round(total / 2, 2)}.get(status, total)
    return {
        "invoice_id": f"{org}{100000 + index}",
        "invoice_number": f"INV-{index + 1:05d}",
        "customer_id": f"{org}{200000 + customer}",
        "customer_name": _CUSTOMERS[customer],
        "status": status,
        "reference_number": f"PO-{7000 + index}" if index % 3 == 0 else "",
        "date": _day(index),
        "due_date": _day(index + 15),
        "currency_code": "USD",
        "total": total,
        "balance": balance,
        "is_emailed": status != "draft",
        "created_time": f"{_day(index)}T09:{index % 60:02d}:00-0800",
        "custom_fields": [{"label": "Region", "value": ("Nord", "Süd", "West")[index % 3]}],
        "tags": [],
    }


def _contact(org: str, index: int, name: str, kind: str) -> dict[str, Any]:
    return {
        "contact_id": f"{org}{200000 + index}",
        "contact_name": name,
        "company_name": name,
        "contact_type": kind,
        "status": "active",
        "email": f"accounts{index}@example.com",
        "phone": f"+1 555 01{index:02d}",
        "currency_code": "USD",
        "outstanding_receivable_amount": _money(index, 0.0) if kind == "customer" else 0.0,
        "outstanding_payable_amount": _money(index, 0.0) if kind == "vendor" else 0.0,
        "billing_address": {"city": ("Köln", "Łódź", "Leeds", "Aarhus")[index % 4]},
    }


def _simple(org: str, kind: str, index: int) -> dict[str, Any]:
    """A row of the smaller lists: an id, a number or name, a date, an amount, a status."""
    vendor = _VENDORS[index % len(_VENDORS)]
    customer = _CUSTOMERS[index % len(_CUSTOMERS)]
    rows: dict[str, dict[str, Any]] = {
        "bills": {"bill_number": f"BILL-{index + 1:04d}", "vendor_name": vendor},
        "items": {"name": f"Service {index + 1}", "rate": _money(index, 40.0), "unit": "hrs"},
        "customerpayments": {"payment_number": str(index + 1), "customer_name": customer},
        "vendorpayments": {"payment_number": str(index + 1), "vendor_name": vendor},
        "expenses": {"account_name": ("Travel", "Meals", "Office")[index % 3]},
        "estimates": {"estimate_number": f"EST-{index + 1:05d}", "customer_name": customer},
        "salesorders": {"salesorder_number": f"SO-{index + 1:05d}", "customer_name": customer},
        "purchaseorders": {"purchaseorder_number": f"PO-{index + 1:05d}", "vendor_name": vendor},
        "creditnotes": {"creditnote_number": f"CN-{index + 1:05d}", "customer_name": customer},
        "vendor_credits": {"vendor_credit_number": f"DN-{index + 1:05d}", "vendor_name": vendor},
        "journals": {"entry_number": str(index + 1), "reference_number": f"J{index}"},
        "projects": {"project_name": f"Year-end {2020 + index}", "customer_name": customer},
    }
    row = {f"{kind.rstrip('s')}_id": f"{org}{300000 + index}", **rows[kind]}
    row.update(date=_day(index * 5), total=_money(index, 60.0), status="open")
    return row


_ACCOUNTS = (
    ("Petty Cash", "cash"),
    ("Undeposited Funds", "cash"),
    ("Accounts Receivable", "accounts_receivable"),
    ("Accounts Payable", "accounts_payable"),
    ("Sales", "income"),
    ("Office Supplies", "expense"),
    ("Travel Expense", "expense"),
    ("Owner's Equity", "equity"),
)


def records(org: str, key: str) -> list[dict[str, Any]]:
    """Every row of the list under ``key`` for organization ``org``."""
    if key == "invoices":
        return [_invoice(org, i) for i in range(INVOICE_COUNT)]
    if key == "contacts":
        customers = [_contact(org, i, n, "customer") for i, n in enumerate(_CUSTOMERS)]
        start = len(_CUSTOMERS)
        vendors = [_contact(org, start + i, n, "vendor") for i, n in enumerate(_VENDORS)]
        return customers + vendors
    if key == "chartofaccounts":
        return [
            {"account_id": f"{org}{400000 + i}", "account_name": name, "account_type": kind}
            for i, (name, kind) in enumerate(_ACCOUNTS)
        ]
    if key == "bankaccounts":
        return [{"account_id": f"{org}500001", "account_name": "Business Checking", "balance": 0}]
    if key == "taxes":
        return [{"tax_id": f"{org}600001", "tax_name": "VAT", "tax_percentage": 20}]
    return [_simple(org, key, i) for i in range(12)]
