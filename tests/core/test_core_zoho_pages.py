"""Zoho's error pages in the sign-in browser: the rule (address, title, text) and the advice."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import AuthRequest, begin_authorization
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.serverinfo import ServerInfo
from zoho_wizard.core.zoho_pages import PageProblem, accounts_server_of, recognize, refusal

AUTH = "https://accounts.zoho.com/oauth/v2/auth?client_id=1000.X&response_type=code"
P = PageProblem

# --- the rule ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "problem"),
    [
        ("Invalid Client", P.INVALID_CLIENT),
        ("Invalid client", P.INVALID_CLIENT),
        ("Zoho Accounts - Invalid Client", P.INVALID_CLIENT),
        ("  INVALID   CLIENT ID ", P.INVALID_CLIENT),
        ("Invalid Redirect Uri", P.INVALID_REDIRECT_URI),
        ("Invalid redirect URL", P.INVALID_REDIRECT_URI),
        ("Invalid OAuth Scope", P.INVALID_SCOPE),
        ("Invalid scope", P.INVALID_SCOPE),
        ("Too many requests", P.TOO_MANY_REQUESTS),
        ("Invalid request", P.BAD_REQUEST),
        ("Invalid response type", P.BAD_REQUEST),
        ("Request expired", P.REQUEST_EXPIRED),
    ],
)
def test_zohos_error_pages_are_known_by_their_title(title: str, problem: PageProblem) -> None:
    assert recognize(AUTH, title) is problem


INVALID_CLIENT_TEXT = "Zoho Accounts\nInvalid Client\nThe transmitted client ID does not exist"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # rclone/rclone#5029: the heading and sentence Zoho showed.
        (INVALID_CLIENT_TEXT, P.INVALID_CLIENT),
        ("The transmitted client ID does not exist", P.INVALID_CLIENT),
        ("Oops!\nInvalid Redirect Uri\nRedirect URI passed does not match", P.INVALID_REDIRECT_URI),
        ("redirect_uri_mismatch", P.INVALID_REDIRECT_URI),
        ("Invalid OAuth Scope\nScope does not exist", P.INVALID_SCOPE),
        ("You have made too many requests continuously.", P.TOO_MANY_REQUESTS),
    ],
)
def test_zohos_error_pages_are_known_by_their_text(text: str, problem: PageProblem) -> None:
    # A title that says nothing (Zoho's pages may all be called "Zoho Accounts").
    assert recognize(AUTH, "Zoho Accounts", text) is problem


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://accounts.zoho.com/oauth/v2/auth?error=invalid_client", P.INVALID_CLIENT),
        ("https://accounts.zoho.com/oauth/v2/auth?error=invalid_scope&x=1", P.INVALID_SCOPE),
        (
            "https://accounts.zoho.com/oauth/v2/auth?error=redirect_uri_mismatch",
            P.INVALID_REDIRECT_URI,
        ),
        ("https://accounts.zoho.com/oauth/v2/auth?error=invalid_request", P.BAD_REQUEST),
    ],
)
def test_zohos_error_pages_are_known_by_their_address(url: str, problem: PageProblem) -> None:
    assert recognize(url, "Zoho Accounts") is problem


@pytest.mark.parametrize(
    ("url", "title", "text"),
    [
        (AUTH, "Zoho Accounts", "Sign in to access Zoho Books\nEmail address\nNext"),
        (AUTH, "Zoho Books - Allow access?", "Zoho Books would like to access your data"),
        (AUTH, "Sign in", "Incorrect password. Please try again."),
        (AUTH, "", ""),
        ("https://accounts.zoho.com/signin?error=access_denied", "Zoho Accounts", ""),
        ("https://accounts.zoho.com/home?error=invalid_client", "Zoho Accounts", ""),  # no /oauth/
        (AUTH, "Clientele invalidated", "a client-side problem"),  # not whole words
    ],
)
def test_other_pages_are_left_alone(url: str, title: str, text: str) -> None:
    assert recognize(url, title, text) is None


@pytest.mark.parametrize(
    ("url", "server"),
    [
        (AUTH, "https://accounts.zoho.com"),
        ("https://Accounts.Zoho.AE/oauth/v2/auth?x=1", "https://accounts.zoho.ae"),
        ("https://accounts.zoho.ae/signin", "https://accounts.zoho.ae"),
        ("http://127.0.0.1:9/accounts/nx/oauth/v2/auth?x", "http://127.0.0.1:9/accounts/nx"),
        ("not a url", ""),
    ],
)
def test_the_accounts_server_of_a_page(url: str, server: str) -> None:
    assert accounts_server_of(url) == server


# --- the advice ----------------------------------------------------------------------------


def _request(accounts_url: str = "https://accounts.zoho.com") -> AuthRequest:
    return begin_authorization(
        accounts_url=accounts_url,
        client_id="1000.X",
        redirect_uri="http://127.0.0.1:47214/callback",
        scopes=("ZohoBooks.settings.READ",),
    )


def _zoho() -> Endpoints:
    return Endpoints(serverinfo=ServerInfo("https://accounts.zoho.com/oauth/serverinfo"))


def test_invalid_client_where_the_app_was_registered_sends_back_to_the_details() -> None:
    error = refusal(_zoho(), _request(), AUTH, "Invalid Client")
    assert isinstance(error, errors.InvalidClientError)
    assert error.action is errors.Action.BACK_TO_DETAILS
    assert "where your firm's app was registered" in error.message
    assert "client ID" in error.fix and "data center" in error.fix


@pytest.mark.parametrize(
    "where",
    [
        "https://accounts.zoho.eu/oauth/v2/auth?client_id=1000.X",  # in the table
        "https://accounts.zoho.ae/oauth/v2/auth?client_id=1000.X",  # added to it
        "https://accounts.zoho.xx/oauth/v2/auth?client_id=1000.X",  # newer than it
    ],
)
def test_invalid_client_in_the_users_data_center_is_the_multi_dc_advice(where: str) -> None:
    error = refusal(_zoho(), _request(), where, "Zoho Accounts", "Invalid Client")
    assert isinstance(error, errors.InvalidClientError)
    assert error.action is errors.Action.OPEN_API_CONSOLE
    assert "Multi-DC" in error.fix
    assert "another data center" in error.message


@pytest.mark.parametrize(
    ("title", "kind", "action"),
    [
        ("Invalid Redirect Uri", errors.InvalidRedirectUriError, errors.Action.COPY_REDIRECT_URI),
        ("Invalid OAuth Scope", errors.InvalidScopeError, errors.Action.BACK_TO_DETAILS),
        ("Too many requests", errors.ThrottledError, errors.Action.WAIT),
        ("Invalid request", errors.OAuthError, errors.Action.TRY_AGAIN),
        ("Request expired", errors.OAuthError, errors.Action.TRY_AGAIN),
    ],
)
def test_other_error_pages_get_plain_words(
    title: str, kind: type[errors.ZohoWizardError], action: errors.Action
) -> None:
    error = refusal(_zoho(), _request(), AUTH, title)
    assert type(error) is kind
    assert error.action is action
    assert error.message and error.fix


@pytest.mark.parametrize(
    "url",
    [
        "https://accounts.google.com/o/oauth2/auth?error=invalid_client",  # Google's, not Zoho's
        "https://evil.example/oauth/v2/auth",
        "https://accounts.zoho.com.evil.example/oauth/v2/auth",
    ],
)
def test_pages_off_zohos_accounts_servers_are_never_read(url: str) -> None:
    assert refusal(_zoho(), _request(), url, "Invalid Client") is None


def test_no_sign_in_no_advice() -> None:
    assert refusal(_zoho(), None, AUTH, "Invalid Client") is None


def test_a_custom_server_only_its_own_accounts_pages_count() -> None:
    endpoints = Endpoints(
        MappingProxyType(
            {"us": "http://127.0.0.1:9/accounts/us", "eu": "http://127.0.0.1:9/accounts/eu"}
        ),
        label="Practice sandbox",
        practice=True,
    )
    request = _request("http://127.0.0.1:9/accounts/us")
    home = "http://127.0.0.1:9/accounts/us/oauth/v2/auth?client_id=1000.X"
    eu = "http://127.0.0.1:9/accounts/eu/oauth/v2/auth?client_id=1000.X"
    at_home = refusal(endpoints, request, home, "Invalid client")
    assert at_home is not None and at_home.action is errors.Action.BACK_TO_DETAILS
    elsewhere = refusal(endpoints, request, eu, "Invalid client")
    assert elsewhere is not None and elsewhere.action is errors.Action.OPEN_API_CONSOLE
    assert (
        refusal(endpoints, request, "https://accounts.zoho.ae/oauth/v2/auth", "Invalid client")
        is None
    )
