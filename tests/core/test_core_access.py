"""The access line: one sentence of plain words for what a scope list lets the tools do."""

from __future__ import annotations

import re

import pytest

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.access import (
    SENTENCE_PARTS,
    SHORT_NAMES,
    AccessSummary,
    default_scopes,
    summarize,
    summary_sentence,
)
from zoho_wizard.core.details import USERINFO_SCOPE


def test_the_default_access_reads_as_one_short_line() -> None:
    assert summary_sentence(default_scopes()) == (
        "View organization settings, contacts and invoices"
    )


@pytest.mark.parametrize(
    ("scopes", "sentence"),
    [
        (("ZohoBooks.settings.READ",), "View organization settings"),
        (
            ("ZohoBooks.settings.READ", "ZohoBooks.bills.READ"),
            "View organization settings and bills",
        ),
        (
            ("ZohoBooks.settings.READ", "ZohoBooks.bills.CREATE", "ZohoBooks.bills.READ"),
            "View organization settings; view and change bills",
        ),
        (
            ("ZohoBooks.invoices.ALL", "ZohoBooks.settings.read"),
            "View organization settings; view, change and delete invoices",
        ),
        (
            ("ZohoBooks.fullaccess.all", USERINFO_SCOPE),
            "Everything in Zoho Books: view, change and delete",
        ),
        (
            ("ZohoBooks.settings.READ", "ZohoCRM.modules.ALL"),
            "View organization settings; 1 other permission",
        ),
        (
            ("ZohoBooks.settings.READ", "ZohoCRM.modules.ALL", "ZohoCRM.users.READ"),
            "View organization settings; 2 other permissions",
        ),
    ],
)
def test_scope_lists_in_words(scopes: tuple[str, ...], sentence: str) -> None:
    assert summary_sentence(scopes) == sentence


def test_who_signed_in_is_not_mentioned_and_case_does_not_matter() -> None:
    assert summarize(["zohobooks.INVOICES.read", USERINFO_SCOPE]) == AccessSummary(
        view=("invoices",)
    )


def test_a_long_list_stays_one_short_line() -> None:
    every_module = [module.scope("READ") for module in scope_catalog.MODULES]
    sentence = summary_sentence(every_module)
    assert sentence == "View organization settings, contacts and 13 more"
    # Four fit without "more" (saying "and 1 more" would be no shorter).
    assert summary_sentence(every_module[:4]) == (
        "View organization settings, contacts, invoices and quotes"
    )


def test_every_module_has_a_short_name_and_every_piece_is_translated() -> None:
    assert set(SHORT_NAMES) == {module.key for module in scope_catalog.MODULES}
    pieces: list[str] = []

    def translate(text: str) -> str:
        assert text in SENTENCE_PARTS, text
        pieces.append(text)
        # Upper case, placeholders ({items}) left as they are.
        return "".join(
            part if part.startswith("{") else part.upper()
            for part in re.split(r"(\{[^}]*\})", text)
        )

    sentence = summary_sentence(
        ("ZohoBooks.settings.READ", "ZohoBooks.bills.CREATE", "ZohoCRM.modules.ALL"), translate
    )
    assert sentence == "VIEW ORGANIZATION SETTINGS; VIEW AND CHANGE BILLS; 1 OTHER PERMISSION"
    assert "organization settings" in pieces
