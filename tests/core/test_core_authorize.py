"""The first leg: the authorization URL, the redirect match, the callback and its checks."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import pytest

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import (
    AuthRequest,
    CallbackResult,
    begin_authorization,
    code_challenge,
    complete_authorization,
    make_code_verifier,
    matches_redirect,
    parse_callback,
)
from zoho_wizard.core.datacenters import DATA_CENTERS

REDIRECT = "http://127.0.0.1:47214/callback"
CLIENT_ID = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"
SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ")
CODE = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210"
ALL_ACCOUNTS = tuple(dc.accounts_url for dc in DATA_CENTERS)


def _params(url: str) -> dict[str, str]:
    parsed = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert all(len(v) == 1 for v in parsed.values()), parsed
    return {k: v[0] for k, v in parsed.items()}


def _request(
    accounts_url: str = "https://accounts.zoho.com", *, use_pkce: bool = False
) -> AuthRequest:
    return begin_authorization(
        accounts_url=accounts_url,
        client_id=CLIENT_ID,
        redirect_uri=REDIRECT,
        scopes=SCOPES,
        use_pkce=use_pkce,
    )


# --- begin_authorization ---------------------------------------------------------------


def test_authorization_url_carries_every_parameter_zoho_needs() -> None:
    request = _request()
    parts = urlsplit(request.url)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "accounts.zoho.com",
        "/oauth/v2/auth",
    )
    params = _params(request.url)
    assert params == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "scope": "ZohoBooks.settings.READ,ZohoBooks.invoices.READ",
        "redirect_uri": REDIRECT,
        "access_type": "offline",
        "prompt": "consent",
        "state": request.state,
    }
    assert request.code_verifier is None
    assert request.redirect_uri == REDIRECT
    assert request.client_id == CLIENT_ID
    assert request.scopes == SCOPES


def test_authorization_url_with_pkce_sends_an_s256_challenge_of_the_kept_verifier() -> None:
    request = _request(use_pkce=True)
    params = _params(request.url)
    assert request.code_verifier is not None
    assert params["code_challenge_method"] == "S256"
    assert params["code_challenge"] == code_challenge(request.code_verifier)
    assert request.code_verifier not in request.url  # the verifier never leaves the app


def test_authorization_scope_is_comma_joined_and_deduplicated() -> None:
    request = begin_authorization(
        accounts_url="https://accounts.zoho.eu/",
        client_id=CLIENT_ID,
        redirect_uri=REDIRECT,
        scopes=["ZohoBooks.invoices.READ", "zohobooks.invoices.read", "ZohoBooks.bills.READ"],
    )
    assert _params(request.url)["scope"] == "ZohoBooks.invoices.READ,ZohoBooks.bills.READ"
    # The trailing slash on the server does not produce "//oauth".
    assert request.url.startswith("https://accounts.zoho.eu/oauth/v2/auth?")
    assert request.accounts_url == "https://accounts.zoho.eu"


def test_state_is_random_and_differs_between_calls() -> None:
    states = {_request().state for _ in range(20)}
    assert len(states) == 20
    assert all(len(s) >= 32 for s in states)  # 24 random bytes


def test_verifier_differs_between_calls_and_is_a_valid_rfc7636_verifier() -> None:
    verifiers = {_request(use_pkce=True).code_verifier for _ in range(20)}
    assert len(verifiers) == 20
    for verifier in verifiers:
        assert verifier is not None
        assert 43 <= len(verifier) <= 128
        assert set(verifier) <= set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
        )


def test_code_challenge_matches_rfc7636_appendix_b() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_make_code_verifier_matches_rfc7636_appendix_b_octets() -> None:
    octets = bytes(
        [
            116,
            24,
            223,
            180,
            151,
            153,
            224,
            37,
            79,
            250,
            96,
            125,
            216,
            173,
            187,
            186,
            22,
            212,
            37,
            77,
            105,
            214,
            191,
            240,
            91,
            88,
            5,
            88,
            83,
            132,
            141,
            121,
        ]
    )
    assert make_code_verifier(lambda n: octets[:n]) == (
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    )


def test_code_challenge_is_sha256_base64url_without_padding() -> None:
    verifier = "a" * 43
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    assert code_challenge(verifier) == expected.rstrip(b"=").decode()
    assert "=" not in code_challenge(verifier)


# --- matches_redirect ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "redirect", "expected"),
    [
        (REDIRECT, REDIRECT, True),
        (REDIRECT + "?code=1&state=2", REDIRECT, True),  # the query is ignored
        (REDIRECT + "?", REDIRECT, True),
        ("HTTP://127.0.0.1:47214/callback?x=1", REDIRECT, True),  # scheme case
        ("http://localhost/cb", "http://localhost:80/cb", True),  # default http port
        ("http://localhost:80/cb", "http://localhost/cb", True),
        ("https://example.com/cb", "https://example.com:443/cb", True),  # default https port
        ("http://LocalHost/cb", "http://localhost/cb", True),  # host case
        ("http://127.0.0.1:47214/callbackevil", REDIRECT, False),  # a prefix is not a match
        ("http://127.0.0.1:47214/callback/evil", REDIRECT, False),
        ("http://127.0.0.1:47215/callback", REDIRECT, False),  # other port
        ("http://127.0.0.1/callback", REDIRECT, False),  # no port = 80, not 47214
        ("https://127.0.0.1:47214/callback", REDIRECT, False),  # https vs http
        ("http://localhost:47214/callback", REDIRECT, False),  # other host
        ("http://127.0.0.1.evil.com:47214/callback", REDIRECT, False),
        ("http://127.0.0.1:47214/callback/", REDIRECT, False),  # trailing slash added
        (REDIRECT, REDIRECT + "/", False),  # trailing slash missing
        ("http://127.0.0.1:47214/Callback", REDIRECT, False),  # paths are case-sensitive
        ("http://127.0.0.1:notaport/callback", REDIRECT, False),
        ("", REDIRECT, False),
        ("https://accounts.zoho.com/signin", REDIRECT, False),
    ],
)
def test_matches_redirect(url: str, redirect: str, expected: bool) -> None:
    assert matches_redirect(url, redirect) is expected


# --- parse_callback --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (  # Zoho's documented success
            f"{REDIRECT}?code={CODE}&location=in&accounts-server=https://accounts.zoho.in",
            CallbackResult(code=CODE, location="in", accounts_server="https://accounts.zoho.in"),
        ),
        (  # the real capture: URL-encoded accounts-server and a trailing &
            f"{REDIRECT}?code={CODE}&location=us&accounts-server=https%3A%2F%2Faccounts.zoho.com&",
            CallbackResult(code=CODE, location="us", accounts_server="https://accounts.zoho.com"),
        ),
        (  # PhoneBridge order, with state first
            f"{REDIRECT}?state=abc-_123&code={CODE}&location=eu"
            "&accounts-server=https%3A%2F%2Faccounts.zoho.eu",
            CallbackResult(
                code=CODE,
                state="abc-_123",
                location="eu",
                accounts_server="https://accounts.zoho.eu",
            ),
        ),
        (  # Deny
            f"{REDIRECT}?error=access_denied&state=s1",
            CallbackResult(state="s1", error="access_denied"),
        ),
        (
            f"{REDIRECT}?error=invalid_scope&error_description=Scope+does+not+exist&state=s1",
            CallbackResult(
                state="s1", error="invalid_scope", error_description="Scope does not exist"
            ),
        ),
        (  # empty values count as absent
            f"{REDIRECT}?code=&state=&location=&accounts-server=&error=",
            CallbackResult(),
        ),
        (  # whitespace-only values count as absent too
            f"{REDIRECT}?code=%20&state=s",
            CallbackResult(state="s"),
        ),
        (  # a repeated key: the first value wins
            f"{REDIRECT}?state=first&state=second&code=c1&code=c2",
            CallbackResult(code="c1", state="first"),
        ),
        (  # an empty first value does not hide a later real one
            f"{REDIRECT}?code=&code=c2",
            CallbackResult(code="c2"),
        ),
        (REDIRECT, CallbackResult()),  # no parameters at all
        (REDIRECT + "?", CallbackResult()),
        (REDIRECT + "?&&&", CallbackResult()),
        (  # a fragment is not part of the query
            f"{REDIRECT}?code=c1#state=evil",
            CallbackResult(code="c1"),
        ),
        (  # unknown keys are ignored
            f"{REDIRECT}?code=c1&foo=bar",
            CallbackResult(code="c1"),
        ),
        (  # plain OAuth 2.0 (RFC 6749) with RFC 9207's iss: no location, no accounts-server
            f"{REDIRECT}?state=s1&code=c1&iss=https%3A%2F%2Fstaging.example%2Fauth",
            CallbackResult(code="c1", state="s1", issuer="https://staging.example/auth"),
        ),
        (  # a Deny that came back without state
            f"{REDIRECT}?error=access_denied",
            CallbackResult(error="access_denied"),
        ),
    ],
)
def test_parse_callback(url: str, expected: CallbackResult) -> None:
    assert parse_callback(url) == expected


def test_callback_repr_never_shows_the_code() -> None:
    result = parse_callback(f"{REDIRECT}?code={CODE}")
    assert CODE not in repr(result)


@pytest.mark.parametrize(
    "url",
    [
        "http://[",
        "http://[not-an-ip]/callback?code=c1",
    ],
)
def test_parse_callback_on_a_malformed_url_does_not_raise(url: str) -> None:
    parse_callback(url)


# --- complete_authorization ------------------------------------------------------------


def _callback(request: AuthRequest, **values: str | None) -> CallbackResult:
    fields: dict[str, str | None] = {
        "code": CODE,
        "state": request.state,
        "location": "us",
        "accounts_server": "https://accounts.zoho.com",
    }
    fields.update(values)
    return CallbackResult(**fields)


def test_complete_authorization_returns_the_code_and_the_server_to_exchange_at() -> None:
    request = _request()
    verified = complete_authorization(
        request,
        _callback(request, location="eu", accounts_server="https://accounts.zoho.eu"),
        allowed_accounts_servers=ALL_ACCOUNTS,
    )
    assert verified.code == CODE
    assert verified.accounts_server == "https://accounts.zoho.eu"
    assert verified.location == "eu"
    assert CODE not in repr(verified)


@pytest.mark.parametrize("state", [None, "", "someone-elses-state"])
def test_a_denial_is_a_denial_with_or_without_the_state(state: str | None) -> None:
    # An error without a code carries no secret: Zoho may leave state off a Deny.
    request = _request()
    callback = _callback(request, state=state, error="access_denied", code=None)
    with pytest.raises(errors.AccessDeniedError):
        complete_authorization(request, callback, allowed_accounts_servers=ALL_ACCOUNTS)


@pytest.mark.parametrize(
    ("error", "exc_type"),
    [
        ("invalid_scope", errors.InvalidScopeError),
        ("invalid_client", errors.InvalidClientError),
        ("server_busy", errors.OAuthError),
    ],
)
def test_any_refusal_without_state_keeps_its_own_meaning(
    error: str, exc_type: type[errors.OAuthError]
) -> None:
    request = _request()
    callback = _callback(request, state=None, error=error, code=None)
    with pytest.raises(exc_type) as info:
        complete_authorization(request, callback, allowed_accounts_servers=ALL_ACCOUNTS)
    assert not isinstance(info.value, errors.StateMismatchError)


@pytest.mark.parametrize("state", [None, "", "someone-elses-state"])
def test_a_code_beside_an_error_still_needs_the_state(state: str | None) -> None:
    request = _request()
    callback = _callback(request, state=state, error="access_denied")
    with pytest.raises(errors.StateMismatchError):
        complete_authorization(request, callback, allowed_accounts_servers=ALL_ACCOUNTS)


def test_state_mismatch_wins_over_an_unknown_server() -> None:
    request = _request()
    callback = _callback(request, state="x", accounts_server="https://evil.example")
    with pytest.raises(errors.StateMismatchError):
        complete_authorization(request, callback, allowed_accounts_servers=ALL_ACCOUNTS)


@pytest.mark.parametrize(
    ("error", "exc_type"),
    [
        ("access_denied", errors.AccessDeniedError),
        ("invalid_scope", errors.InvalidScopeError),
        ("invalid_client", errors.UnknownClientIdError),
        ("unauthorized_client", errors.UnknownClientIdError),
        ("invalid_redirect_uri", errors.InvalidRedirectUriError),
        ("redirect_uri_mismatch", errors.InvalidRedirectUriError),
    ],
)
def test_zoho_error_on_the_redirect_becomes_its_exception(
    error: str,
    exc_type: type[errors.OAuthError],
) -> None:
    request = _request()
    # An error wins over a code that happens to be present too.
    callback = _callback(request, error=error)
    with pytest.raises(exc_type) as info:
        complete_authorization(request, callback, allowed_accounts_servers=ALL_ACCOUNTS)
    assert type(info.value) is exc_type


def test_unknown_redirect_error_keeps_zoho_code_and_description() -> None:
    request = _request()
    callback = _callback(request, code=None, error="server_busy", error_description="Try later")
    with pytest.raises(errors.OAuthError) as info:
        complete_authorization(request, callback, allowed_accounts_servers=ALL_ACCOUNTS)
    assert info.value.code == "server_busy"
    assert "Try later" in info.value.message


def test_access_denied_tells_the_user_nothing_was_connected() -> None:
    request = _request()
    with pytest.raises(errors.AccessDeniedError) as info:
        complete_authorization(
            request,
            _callback(request, code=None, error="access_denied"),
            allowed_accounts_servers=ALL_ACCOUNTS,
        )
    assert "nothing was connected" in str(info.value)
    assert info.value.action is errors.Action.TRY_AGAIN


@pytest.mark.parametrize("code", [None, ""])
def test_missing_code_is_a_callback_error(code: str | None) -> None:
    request = _request()
    with pytest.raises(errors.CallbackError):
        complete_authorization(
            request, _callback(request, code=code), allowed_accounts_servers=ALL_ACCOUNTS
        )


@pytest.mark.parametrize(
    "server",
    [
        "https://evil.example",
        "https://accounts.zoho.eu.evil.com",
        "https://accounts.zoho.eu:8443",
        "http://accounts.zoho.eu",
        "https://accounts.zoho.ca",
    ],
)
def test_unknown_accounts_server_is_refused(server: str) -> None:
    request = _request()
    with pytest.raises(errors.UnknownAccountsServerError):
        complete_authorization(
            request,
            _callback(request, accounts_server=server),
            allowed_accounts_servers=ALL_ACCOUNTS,
        )


@pytest.mark.parametrize(
    "server",
    [
        "https://accounts.zoho.eu:notaport",
        "https://accounts.zoho.eu:99999",
    ],
)
def test_accounts_server_with_a_malformed_port_is_refused_not_a_crash(server: str) -> None:
    request = _request()
    with pytest.raises(errors.UnknownAccountsServerError):
        complete_authorization(
            request,
            _callback(request, accounts_server=server),
            allowed_accounts_servers=ALL_ACCOUNTS,
        )


def test_without_accounts_server_the_code_goes_back_to_the_request_server() -> None:
    request = _request("https://accounts.zoho.eu/")
    verified = complete_authorization(
        request,
        _callback(request, accounts_server=None, location=None),
        allowed_accounts_servers=(),
    )
    assert verified.accounts_server == "https://accounts.zoho.eu"
    assert verified.location is None


@pytest.mark.parametrize(
    ("callback_server", "expected"),
    [
        ("https://accounts.zohocloud.ca", "https://accounts.zohocloud.ca"),
        # The allow-list's spelling is what the code and secret are sent to.
        ("HTTPS://ACCOUNTS.ZOHO.EU/", "https://accounts.zoho.eu"),
        ("https://accounts.zoho.au", "https://accounts.zoho.au"),
    ],
)
def test_accepted_server_comes_from_the_allow_list(callback_server: str, expected: str) -> None:
    request = _request()
    verified = complete_authorization(
        request,
        _callback(request, accounts_server=callback_server),
        allowed_accounts_servers=(*ALL_ACCOUNTS, "https://accounts.zoho.au"),
    )
    assert verified.accounts_server == expected


def test_a_server_outside_the_allow_list_is_refused_even_if_it_is_real_zoho() -> None:
    request = _request("https://accounts.zoho.com")
    with pytest.raises(errors.UnknownAccountsServerError):
        complete_authorization(
            request,
            _callback(request, accounts_server="https://accounts.zoho.eu"),
            allowed_accounts_servers=("https://accounts.zoho.com",),
        )


# --- plain OAuth 2.0 servers and RFC 9207's iss -----------------------------------------


def test_is_refusal_means_an_error_and_no_code() -> None:
    assert CallbackResult(error="access_denied").is_refusal
    assert not CallbackResult(error="access_denied", code=CODE).is_refusal
    assert not CallbackResult(code=CODE).is_refusal
    assert not CallbackResult().is_refusal


def test_a_plain_oauth_callback_goes_back_to_the_server_the_request_went_to() -> None:
    request = _request("https://accounts.zoho.com")
    verified = complete_authorization(
        request,
        _callback(request, location=None, accounts_server=None),
        allowed_accounts_servers=ALL_ACCOUNTS,
    )
    assert verified.accounts_server == "https://accounts.zoho.com"
    assert verified.location is None


@pytest.mark.parametrize(
    ("accounts_server", "issuer"),
    [
        ("https://accounts.zoho.eu", "https://accounts.zoho.eu"),
        ("https://accounts.zoho.eu", "HTTPS://Accounts.Zoho.EU/"),  # the same server
        (None, "https://accounts.zoho.com"),  # plain OAuth: the request's server
    ],
)
def test_an_iss_naming_the_accounts_server_is_accepted(
    accounts_server: str | None, issuer: str
) -> None:
    request = _request("https://accounts.zoho.com")
    verified = complete_authorization(
        request,
        _callback(request, accounts_server=accounts_server, issuer=issuer),
        allowed_accounts_servers=ALL_ACCOUNTS,
    )
    assert verified.accounts_server == (accounts_server or "https://accounts.zoho.com").rstrip("/")


@pytest.mark.parametrize(
    ("accounts_server", "issuer"),
    [
        ("https://accounts.zoho.eu", "https://accounts.zoho.com"),  # mix-up
        ("https://accounts.zoho.eu", "https://evil.example"),
        (None, "https://accounts.zoho.eu"),  # plain: must be where the request went
        ("https://accounts.zoho.eu", "not a url"),
    ],
)
def test_an_iss_naming_another_server_is_refused_and_nothing_is_exchanged(
    accounts_server: str | None, issuer: str
) -> None:
    request = _request("https://accounts.zoho.com")
    with pytest.raises(errors.IssuerMismatchError) as info:
        complete_authorization(
            request,
            _callback(request, accounts_server=accounts_server, issuer=issuer),
            allowed_accounts_servers=ALL_ACCOUNTS,
        )
    # The same handling as an unknown server: the code (and the secret) stay here.
    assert isinstance(info.value, errors.UnknownAccountsServerError)
    assert info.value.message.endswith(".") and info.value.fix


def test_a_denial_with_a_foreign_iss_is_still_just_a_denial() -> None:
    request = _request("https://accounts.zoho.com")
    callback = _callback(request, code=None, error="access_denied", issuer="https://x.example")
    with pytest.raises(errors.AccessDeniedError):
        complete_authorization(request, callback, allowed_accounts_servers=ALL_ACCOUNTS)


def test_invalid_client_on_the_redirect_names_the_client_id_not_the_secret() -> None:
    request = _request()
    with pytest.raises(errors.InvalidClientError) as info:
        complete_authorization(
            request,
            _callback(request, code=None, error="invalid_client"),
            allowed_accounts_servers=ALL_ACCOUNTS,
        )
    assert "client ID" in info.value.message and "secret" not in info.value.message
    assert "Multi-DC" in info.value.fix
