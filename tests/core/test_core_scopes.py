"""The scope catalog: what the authorization request asks for and how it is described."""

from __future__ import annotations

import pytest

from zoho_wizard.core import scopes
from zoho_wizard.core.scopes import build_scopes, covers, dedupe, describe, join, split

SETTINGS_READ = "ZohoBooks.settings.READ"


@pytest.mark.parametrize(
    "choices",
    [
        {},
        {"invoices": "read"},
        {"settings": "none"},
        {"contacts": "full", "bills": "write"},
    ],
)
def test_build_scopes_always_asks_for_settings_read(choices: dict[str, str]) -> None:
    assert SETTINGS_READ in build_scopes(choices)


def test_build_scopes_with_nothing_chosen_asks_only_for_settings_read() -> None:
    assert build_scopes({}) == (SETTINGS_READ,)


def test_build_scopes_maps_access_levels_to_operations_in_catalog_order() -> None:
    # Chosen in a different order than the catalog lists them.
    got = build_scopes({"bills": "read", "invoices": "write", "contacts": "full"})
    assert got == (
        SETTINGS_READ,
        "ZohoBooks.contacts.READ",
        "ZohoBooks.contacts.CREATE",
        "ZohoBooks.contacts.UPDATE",
        "ZohoBooks.contacts.DELETE",
        "ZohoBooks.invoices.READ",
        "ZohoBooks.invoices.CREATE",
        "ZohoBooks.invoices.UPDATE",
        "ZohoBooks.bills.READ",
    )


def test_build_scopes_does_not_repeat_settings_read_when_settings_is_chosen() -> None:
    got = build_scopes({"settings": "full"})
    assert [s.lower() for s in got].count(SETTINGS_READ.lower()) == 1
    assert "ZohoBooks.settings.DELETE" in got


def test_build_scopes_unknown_access_level_is_an_error() -> None:
    with pytest.raises(KeyError):
        build_scopes({"invoices": "everything"})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["A.b.READ", "a.B.read", "A.b.CREATE"], ("A.b.READ", "A.b.CREATE")),
        (["  A.b.READ ", "", "   ", "A.b.READ"], ("A.b.READ",)),
        (["z.z.ALL", "a.a.ALL"], ("z.z.ALL", "a.a.ALL")),  # order kept, not sorted
        ([], ()),
    ],
)
def test_dedupe_is_case_insensitive_and_keeps_first_spelling_and_order(
    given: list[str],
    expected: tuple[str, ...],
) -> None:
    assert dedupe(given) == expected


def test_join_uses_commas_without_spaces_and_drops_duplicates() -> None:
    assert (
        join(["ZohoBooks.invoices.READ", "ZohoBooks.settings.READ", "zohobooks.invoices.read"])
        == "ZohoBooks.invoices.READ,ZohoBooks.settings.READ"
    )


@pytest.mark.parametrize(
    "text",
    [
        "ZohoBooks.invoices.READ ZohoBooks.settings.READ",  # token responses use spaces
        "ZohoBooks.invoices.READ,ZohoBooks.settings.READ",
        " ZohoBooks.invoices.READ , ZohoBooks.settings.READ ,",
        "ZohoBooks.invoices.READ\nZohoBooks.settings.READ",
        "ZohoBooks.invoices.READ,ZohoBooks.settings.READ ZohoBooks.invoices.read",
    ],
)
def test_split_accepts_spaces_and_commas(text: str) -> None:
    assert split(text) == ("ZohoBooks.invoices.READ", "ZohoBooks.settings.READ")


def test_split_of_nothing_is_empty() -> None:
    assert split("  , ,") == ()


@pytest.mark.parametrize(
    ("granted", "needed", "missing"),
    [
        (["ZohoBooks.fullaccess.all"], ["ZohoBooks.invoices.READ", SETTINGS_READ], ()),
        (["ZohoBooks.FullAccess.ALL"], ["ZohoBooks.bills.DELETE"], ()),
        (["ZohoBooks.invoices.ALL"], ["ZohoBooks.invoices.READ", "ZohoBooks.invoices.DELETE"], ()),
        (["ZohoBooks.invoices.all"], ["ZohoBooks.invoices.CREATE"], ()),
        (["ZohoBooks.invoices.ALL"], ["ZohoBooks.bills.READ"], ("ZohoBooks.bills.READ",)),
        (["zohobooks.invoices.read"], ["ZohoBooks.invoices.READ"], ()),
        (
            ["ZohoBooks.invoices.READ"],
            ["ZohoBooks.invoices.READ", "ZohoBooks.invoices.CREATE"],
            ("ZohoBooks.invoices.CREATE",),
        ),
        ([], [SETTINGS_READ], (SETTINGS_READ,)),
        (["ZohoBooks.invoices.READ"], [], ()),
    ],
)
def test_covers_reports_what_is_missing(
    granted: list[str],
    needed: list[str],
    missing: tuple[str, ...],
) -> None:
    assert covers(granted, needed) == missing


def test_full_books_access_does_not_cover_scopes_of_other_services() -> None:
    # The docstring promises fullaccess covers every *Books* scope; the user-info scope
    # (AaaServer) is not a Books scope, so it is still missing.
    assert covers(["ZohoBooks.fullaccess.all"], ["AaaServer.profile.Read"]) == (
        "AaaServer.profile.Read",
    )


@pytest.mark.parametrize(
    ("given", "lines"),
    [
        (["ZohoBooks.invoices.READ"], ["Invoices: view only"]),
        (
            ["ZohoBooks.invoices.READ", "ZohoBooks.invoices.CREATE", "ZohoBooks.invoices.UPDATE"],
            ["Invoices: view and change"],
        ),
        (
            [f"ZohoBooks.invoices.{op}" for op in scopes.OPERATIONS],
            ["Invoices: view, change and delete"],
        ),
        (["ZohoBooks.invoices.ALL"], ["Invoices: view, change and delete"]),
        (["zohobooks.INVOICES.read"], ["Invoices: view only"]),
        (["ZohoBooks.fullaccess.all"], ["Everything in Zoho Books: view, change and delete"]),
        # Catalog order, not request order.
        (
            ["ZohoBooks.bills.READ", SETTINGS_READ],
            ["Organization settings: view only", "Bills: view only"],
        ),
        (["AaaServer.profile.Read"], ["Your Zoho name and e-mail address"]),
        ([], []),
    ],
)
def test_describe_gives_one_plain_line_per_module(given: list[str], lines: list[str]) -> None:
    assert describe(given) == lines


def test_describe_names_an_unknown_books_module_as_it_is() -> None:
    assert describe(["ZohoBooks.items.READ"]) == ["items: read"]


def test_describe_with_full_access_still_lists_other_services() -> None:
    # Everything asked for must be shown before consent; full Books access must not hide
    # a request to read the user's Zoho profile.
    lines = describe(["ZohoBooks.fullaccess.all", "AaaServer.profile.Read"])
    assert "Everything in Zoho Books: view, change and delete" in lines
    assert "Your Zoho name and e-mail address" in lines


def test_every_module_scope_is_upper_case_operation() -> None:
    for module in scopes.MODULES:
        assert module.scope("read") == f"ZohoBooks.{module.key}.READ"
    assert scopes.module_by_key("banking").label == "Banking"
    with pytest.raises(KeyError):
        scopes.module_by_key("nope")
