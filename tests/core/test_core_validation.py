"""What people type into the details page, field by field."""

from __future__ import annotations

import pytest

from zoho_wizard.core.validation import (
    MAX_FIELD,
    MAX_NAME,
    check_client_id,
    check_client_secret,
    check_grant_code,
    check_name,
    check_redirect_uri,
    clean,
    clean_grant_code,
    localhost_alternative,
)

CLIENT_ID = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"
SECRET = "0123456789abcdef0123456789abcdef0123456789"
CODE = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210"
REDIRECT = "http://127.0.0.1:47214/callback"

AROUND = ["{}", " {} ", "\t{}\n", "\r\n{}\r\n", "\n\n{}  "]


@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.bad_input
@pytest.mark.parametrize("template", AROUND)
def test_whitespace_and_line_breaks_around_are_trimmed_and_accepted(template: str) -> None:
    assert check_name(template.format("Acme Ltd")) is None
    assert check_client_id(template.format(CLIENT_ID)) is None
    assert check_client_secret(template.format(SECRET)) is None
    assert check_redirect_uri(template.format(REDIRECT)) is None
    assert check_grant_code(template.format(CODE)) is None
    assert clean(template.format("x")) == "x"


# Each row: value, a word the message must contain (None = accepted).
NAME_CASES: list[tuple[str, str | None]] = [
    ("Acme Ltd", None),
    ("Müller & Söhne GmbH", None),  # non-ASCII is a fine name
    ("株式会社テスト", None),
    ("", "name"),
    ("   \n", "name"),
    ("x" * MAX_NAME, None),
    ("x" * (MAX_NAME + 1), "under"),
    ("Acme/Ltd", "slashes"),
    ("Acme\\Ltd", "slashes"),
    ("Acme\tLtd", "control"),
    ("Acme\x00", "control"),
]


@pytest.mark.parametrize(("value", "word"), NAME_CASES)
def test_check_name(value: str, word: str | None) -> None:
    _expect(check_name(value), word)


@pytest.mark.bad_input
def test_a_name_already_in_use_is_refused() -> None:
    _expect(check_name(" Acme Ltd ", {"Acme Ltd"}), "already exists")
    assert check_name("Acme Ltd 2", {"Acme Ltd"}) is None


CLIENT_ID_CASES: list[tuple[str, str | None]] = [
    (CLIENT_ID, None),
    ("1004.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", None),  # device clients
    ("", "Enter the App ID"),
    ("  ", "Enter the App ID"),
    ("https://api-console.zoho.com/client/1000.ABCDEFGHIJ", "web address"),
    ("api-console.zoho.com/client/1000.ABC", "web address"),
    ("1000." + "A" * MAX_FIELD, "too long"),
    ("1000.ÄBCDEFGHIJKLMNOPQRSTUVWXYZ0123", "characters Zoho never uses"),
    (CODE, "sign-in code"),  # a grant code pasted into the client ID box
    ("ABCD.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", "four digits"),
    ("100.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", "four digits"),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", "four digits"),
    (SECRET, "four digits"),  # the secret pasted into the ID box
]


@pytest.mark.parametrize(("value", "word"), CLIENT_ID_CASES)
def test_check_client_id(value: str, word: str | None) -> None:
    _expect(check_client_id(value), word)


@pytest.mark.parametrize(
    ("value", "word"),
    [
        ("1000.ABCDEFGHIJ KLMNOPQRST", "space"),  # a space inside
        ("1000.ABCDEFGHIJ\nKLMNOPQRST", "space"),  # a line break inside
    ],
)
def test_client_id_with_a_space_inside_says_so(value: str, word: str) -> None:
    _expect(check_client_id(value), word)


@pytest.mark.parametrize("value", ["1000.ABC", "1000.", "1000.ABCDEFGHIJ KLMNOPQRST"])
def test_client_id_with_the_right_prefix_is_not_told_its_prefix_is_wrong(value: str) -> None:
    # "starts with four digits and a dot" sends the person looking at the wrong end.
    problem = check_client_id(value)
    assert problem is not None
    assert "starts with four digits" not in problem


SECRET_CASES: list[tuple[str, str | None]] = [
    (SECRET, None),
    ("", "Enter the App secret"),
    ("\n", "Enter the App secret"),
    ("https://api-console.zoho.com/", "web address"),
    ("x" * (MAX_FIELD + 1), "too long"),
    ("0123456789abcdéf0123456789", "characters Zoho never uses"),
    ("0123456789 abcdef0123456789", "spaces"),
    ("0123456789\nabcdef0123456789", "spaces"),  # a line break inside is not trimmed away
    ("abc123", "too short"),
]


@pytest.mark.parametrize(("value", "word"), SECRET_CASES)
def test_check_client_secret(value: str, word: str | None) -> None:
    _expect(check_client_secret(value), word)


REDIRECT_CASES: list[tuple[str, str | None]] = [
    (REDIRECT, None),
    ("https://example.com/zoho/callback", None),
    ("http://localhost/cb", None),
    ("HTTP://127.0.0.1:47214/callback", None),
    ("http://127.0.0.1:47214/callback?x=1", None),
    ("", "Enter the redirect address"),
    ("127.0.0.1:47214/callback", "http://"),  # no scheme
    ("localhost:47214/callback", "http://"),
    ("ftp://127.0.0.1/callback", "http://"),
    ("http:///callback", "http://"),  # no host
    ("http://127.0.0.1:47214/callback#top", "#"),
    ("http://127.0.0.1:99999/callback", "port"),
    ("http://127.0.0.1:abc/callback", "port"),
    ("http://127.0.0.1:47214/call back", "spaces"),
    ("http://127.0.0.1:47214/rückruf", "accented"),
    ("http://127.0.0.1/" + "a" * (MAX_FIELD * 5), "too long"),
]


@pytest.mark.parametrize(("value", "word"), REDIRECT_CASES)
def test_check_redirect_uri(value: str, word: str | None) -> None:
    _expect(check_redirect_uri(value), word)


GRANT_CODE_CASES: list[tuple[str, str | None]] = [
    (CODE, None),
    (CODE.upper(), None),  # hex in either case
    (CODE[:30] + "\n" + CODE[30:], None),  # a line break picked up from a wrapped line
    (CODE[:20] + " " + CODE[20:50] + "\r\n" + CODE[50:], None),
    ("", "Paste the code"),
    (" \n ", "Paste the code"),
    ("1004.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210", "1000."),
    (CLIENT_ID, "not a whole code"),  # the client ID pasted into the code box
    (CODE[:-20], "not a whole code"),  # cut short
    (CODE + ".extra", "not a whole code"),
    (CODE.replace("0123", "ghij", 1), "not a whole code"),
]


@pytest.mark.parametrize(("value", "word"), GRANT_CODE_CASES)
def test_check_grant_code(value: str, word: str | None) -> None:
    _expect(check_grant_code(value), word)


@pytest.mark.parametrize(
    "pasted",
    [
        CODE,
        f"  {CODE}\n",
        CODE[:30] + "\n" + CODE[30:],
        CODE[:10] + "\r\n  " + CODE[10:40] + "\t" + CODE[40:],
    ],
)
def test_clean_grant_code_removes_every_space_and_line_break(pasted: str) -> None:
    assert clean_grant_code(pasted) == CODE


def _expect(problem: str | None, word: str | None) -> None:
    if word is None:
        assert problem is None
    else:
        assert problem is not None, f"expected a problem mentioning {word!r}"
        assert word in problem


@pytest.mark.parametrize(
    ("uri", "alternative"),
    [
        ("http://127.0.0.1:47214/callback", "http://localhost:47214/callback"),
        (" http://127.0.0.1:8080/zoho?x=1 ", "http://localhost:8080/zoho?x=1"),
        ("http://127.0.0.1/cb", "http://localhost/cb"),
        ("http://localhost:47214/callback", None),  # already the other spelling
        ("https://127.0.0.1:47214/callback", None),
        ("https://tools.example.com/callback", None),
        ("http://127.0.0.1:99999/callback", None),
        ("", None),
    ],
)
def test_localhost_alternative_of_a_loopback_redirect(uri: str, alternative: str | None) -> None:
    assert localhost_alternative(uri) == alternative
