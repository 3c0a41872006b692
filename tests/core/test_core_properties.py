"""Property tests: whatever arrives from outside, the parsers answer in our own terms.

Every parser of outside input is fuzzed here: the sign-in callback, token responses, the
settings (connections) file, preset and setup files, and Zoho's serverinfo list (answer
and cache file). How many cases each test runs is the Hypothesis profile's (tests/conftest.py):
a modest number in every test run, at least 10,000 with ``bash scripts/fuzz.sh``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import requests
from hypothesis import example, given
from hypothesis import strategies as st
from reliability_counts import fuzz_case

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import CallbackResult, parse_callback
from zoho_wizard.core.datacenters import DATA_CENTERS, is_zoho_accounts_server
from zoho_wizard.core.http import decode_json
from zoho_wizard.core.preset import FIELDS, Preset, PresetError, parse_preset
from zoho_wizard.core.serverinfo import ServerList, parse_serverinfo, read_cache
from zoho_wizard.core.store import LoadResult, Profile, ProfileStore
from zoho_wizard.core.tokens import TokenSet, parse_token_response

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)

CALLBACK_KEYS = ["code", "state", "location", "accounts-server", "error", "error_description", "x"]
query_pairs = st.lists(st.tuples(st.sampled_from(CALLBACK_KEYS), st.text(max_size=20)), max_size=6)


@given(st.text())
@example("http://[")
@example("http://[not-an-ip]/callback?code=1")
@example("?code=%ZZ&state=%")
@example("http://127.0.0.1:99999/callback?code=x")
def test_parse_callback_never_raises_on_any_text(url: str) -> None:
    fuzz_case()
    assert isinstance(parse_callback(url), CallbackResult)


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


@given(st.integers(min_value=100, max_value=599), st.binary(max_size=200))
@example(200, b"\xef\xbb\xbf{}")
@example(200, b"[" * 5000)
def test_parse_token_response_on_any_bytes(status: int, raw: bytes) -> None:
    fuzz_case()
    _check_token_parse(status, raw)


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


def _in_a_file(raw: bytes, check: Any) -> None:
    """Run ``check(path)`` on a fresh file holding ``raw`` (no fixture: one per example)."""
    with tempfile.TemporaryDirectory(prefix="zw-fuzz-") as folder:
        path = Path(folder) / "file"
        path.write_bytes(raw)
        check(path)


connections_like = st.fixed_dictionaries(
    {"connections": st.one_of(st.dictionaries(st.text(max_size=8), profile_like), json_values)}
)


def _check_profile_store(path: Path) -> None:
    try:
        result = ProfileStore(path).load()
    except errors.ProfileCorruptError:
        return
    assert isinstance(result, LoadResult)
    assert all(isinstance(p, Profile) for p in result.profiles.values())


@given(st.binary(max_size=300))
@example(b'{"connections": ' + b"[" * 100_000)
@example(b"\xff\xfe{}")
def test_settings_file_on_any_bytes(raw: bytes) -> None:
    fuzz_case()
    _in_a_file(raw, _check_profile_store)


@given(st.one_of(json_values, connections_like))
def test_settings_file_on_any_json(data: Any) -> None:
    fuzz_case()
    _in_a_file(json.dumps(data).encode(), _check_profile_store)


# --- preset and setup files (one parser: core.preset.parse_preset) ----------------------------

PRESET_PATH = Path("/fuzz/preset.toml")
_KEYS = [*FIELDS, "set_by", "lock", "preset", "other"]
toml_scalars = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["1000.ABCDEFGHIJ", "us", "EU", "ZohoBooks.fullaccess.all", "{organization}"]),
    st.booleans(),
    st.integers(),
)
toml_values = st.one_of(toml_scalars, st.lists(toml_scalars, max_size=4))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value)  # a JSON string or number is a TOML one (mostly: fine here)


@st.composite
def preset_texts(draw: st.DrawFn) -> str:
    pairs = draw(st.dictionaries(st.sampled_from(_KEYS), toml_values, max_size=8))
    header = draw(st.sampled_from(["", "[preset]\n", "# a comment\n[preset]\n"]))
    return header + "".join(f"{key} = {_toml_value(value)}\n" for key, value in pairs.items())


def _check_preset(text: str) -> None:
    try:
        preset = parse_preset(text, PRESET_PATH)
    except PresetError as problem:
        assert str(PRESET_PATH) in problem.message
        assert problem.fix
        assert problem.line is None or 1 <= problem.line <= text.count("\n") + 1
        return
    assert isinstance(preset, Preset)
    assert preset.locked <= set(FIELDS)


@given(st.text(max_size=300))
@example("x = " + "[" * 5000)
@example("[preset]\nclient_id = " + "1" * 5000)
@example("[preset]\nclient_id = 1")
def test_preset_on_any_text(text: str) -> None:
    fuzz_case()
    _check_preset(text)


@given(preset_texts())
def test_preset_on_preset_shaped_toml(text: str) -> None:
    fuzz_case()
    _check_preset(text)


# --- Zoho's serverinfo: the answer, and the cache file it is kept in ------------------------

SERVER_HOSTS = [
    *(dc.accounts_url for dc in DATA_CENTERS),
    "https://accounts.zoho.ae",
    "accounts.zoho.sa",
    "http://accounts.zoho.com",
    "https://accounts.zoho.com.evil.example",
    "https://evil.example",
    "http://127.0.0.1:9/accounts/us",
    "success",
]
server_values = st.one_of(
    st.sampled_from(SERVER_HOSTS),
    st.text(max_size=30),
    st.fixed_dictionaries({"serverURI": st.sampled_from(SERVER_HOSTS)}),
    json_values,
)
serverinfo_like = st.fixed_dictionaries(
    {},
    optional={
        "result": st.one_of(st.just("success"), json_values),
        "locations": st.one_of(
            st.dictionaries(
                st.one_of(st.sampled_from(["us", "EU", "in", "x y"]), st.text(max_size=5)),
                server_values,
                max_size=6,
            ),
            st.lists(
                st.dictionaries(
                    st.sampled_from(["code", "location", "serverURI", "x"]),
                    server_values,
                    max_size=3,
                ),
                max_size=4,
            ),
            json_values,
        ),
    },
)


def _check_locations(locations: Any, *, zoho: bool) -> None:
    assert isinstance(locations, dict)
    for code, server in locations.items():
        assert isinstance(code, str) and code == code.strip().lower() and code
        assert isinstance(server, str)
        assert server.startswith("https://" if zoho else ("http://", "https://"))
        if zoho:
            assert is_zoho_accounts_server(server)


@given(st.one_of(json_values, serverinfo_like), st.booleans())
@example({"locations": {"us": "accounts.zoho.com"}}, True)
def test_serverinfo_answer_on_any_json(body: Any, zoho: bool) -> None:
    fuzz_case()
    _check_locations(parse_serverinfo(body, zoho=zoho), zoho=zoho)


@given(st.binary(max_size=300))
@example(b"[" * 100_000)
def test_serverinfo_answer_on_any_bytes(raw: bytes) -> None:
    fuzz_case()
    response = requests.Response()
    response._content = raw
    response.encoding = "utf-8"
    _check_locations(parse_serverinfo(decode_json(response)), zoho=True)


def _check_cache(path: Path) -> None:
    servers = read_cache(path, "https://accounts.zoho.com/oauth/serverinfo")
    assert servers is None or isinstance(servers, ServerList)
    if servers is not None:
        _check_locations(dict(servers.locations), zoho=True)


@given(st.binary(max_size=300))
@example(b"[" * 100_000)
def test_serverinfo_cache_on_any_bytes(raw: bytes) -> None:
    fuzz_case()
    _in_a_file(raw, _check_cache)


@given(
    st.fixed_dictionaries(
        {
            "version": st.one_of(st.integers(0, 3), json_values),
            "source": st.sampled_from(["https://accounts.zoho.com/oauth/serverinfo", "x"]),
            "fetched_at": st.one_of(st.floats(), st.integers(), json_values),
        },
        optional={"locations": st.one_of(serverinfo_like, json_values)},
    )
)
def test_serverinfo_cache_on_cache_shaped_json(data: dict[str, Any]) -> None:
    fuzz_case()
    _in_a_file(json.dumps(data).encode(), _check_cache)
