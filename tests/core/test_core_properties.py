"""Property tests: whatever arrives from outside, the parsers answer in our own terms."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reliability_counts import fuzz_case

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import CallbackResult, parse_callback
from zoho_wizard.core.store import Profile
from zoho_wizard.core.tokens import TokenSet, parse_token_response

SETTINGS = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)

CALLBACK_KEYS = ["code", "state", "location", "accounts-server", "error", "error_description", "x"]
query_pairs = st.lists(st.tuples(st.sampled_from(CALLBACK_KEYS), st.text(max_size=20)), max_size=6)


@SETTINGS
@given(st.text())
@example("http://[")
@example("http://[not-an-ip]/callback?code=1")
@example("?code=%ZZ&state=%")
@example("http://127.0.0.1:99999/callback?code=x")
def test_parse_callback_never_raises_on_any_text(url: str) -> None:
    fuzz_case()
    assert isinstance(parse_callback(url), CallbackResult)


@SETTINGS
@given(
    st.sampled_from(["http://127.0.0.1:47214/callback?", "http://[::1]:80/cb?", "?"]), query_pairs
)
def test_parse_callback_reads_back_what_was_encoded(
    prefix: str, pairs: list[tuple[str, str]]
) -> None:
    fuzz_case()
    from urllib.parse import urlencode

    result = parse_callback(prefix + urlencode(pairs))
    first: dict[str, str] = {}
    for key, value in pairs:
        if value.strip() and key not in first:
            first[key] = value.strip()
    assert result.code == first.get("code")
    assert result.state == first.get("state")
    assert result.accounts_server == first.get("accounts-server")
    assert result.error == first.get("error")


def _check_token_parse(status: int, text: str | bytes) -> None:
    try:
        result = parse_token_response(status, text, now=1_700_000_000.0)
    except errors.ZohoWizardError:
        return
    assert isinstance(result, TokenSet)
    assert result.access_token.strip() == result.access_token != ""
    assert result.expires_at > 1_700_000_000.0


@SETTINGS
@given(st.integers(min_value=100, max_value=599), st.binary(max_size=200))
@example(200, b"\xef\xbb\xbf{}")
@example(200, b"[" * 5000)
def test_parse_token_response_on_any_bytes(status: int, raw: bytes) -> None:
    fuzz_case()
    _check_token_parse(status, raw)


@SETTINGS
@given(st.integers(min_value=100, max_value=599), json_values)
def test_parse_token_response_on_any_json(status: int, value: Any) -> None:
    fuzz_case()
    _check_token_parse(status, json.dumps(value))


token_like = st.fixed_dictionaries(
    {"access_token": st.one_of(st.text(max_size=10), json_values)},
    optional={
        "expires_in": json_values,
        "expires_in_sec": json_values,
        "refresh_token": json_values,
        "api_domain": json_values,
        "scope": json_values,
        "token_type": json_values,
        "error": json_values,
    },
)


@SETTINGS
@given(st.integers(min_value=100, max_value=599), token_like)
@example(200, {"access_token": "a", "expires_in": 10**400})
@example(100, {"access_token": "0", "expires_in": 1.812536253692942e-231})  # found by fuzzing
def test_parse_token_response_on_token_shaped_json(status: int, body: dict[str, Any]) -> None:
    fuzz_case()
    _check_token_parse(status, json.dumps(body))


profile_like = st.fixed_dictionaries(
    {
        "name": st.one_of(st.text(max_size=10), json_values),
        "client_id": st.one_of(st.text(max_size=10), json_values),
        "data_center": st.text(max_size=5),
        "accounts_server": st.text(max_size=10),
        "api_domain": st.text(max_size=10),
        "scopes": st.one_of(st.lists(st.text(max_size=5), max_size=3), json_values),
    },
    optional={
        "use_pkce": json_values,
        "granted_scopes": json_values,
        "organization_id": json_values,
        "health": json_values,
    },
)


@SETTINGS
@given(st.one_of(json_values, profile_like))
def test_profile_from_json_raises_only_value_or_type_error(data: Any) -> None:
    fuzz_case()
    try:
        profile = Profile.from_json(data)
    except (ValueError, TypeError):
        return
    assert isinstance(profile, Profile)
    # What loads saves back to the same thing.
    assert Profile.from_json(json.loads(json.dumps(profile.to_json()))) == profile
