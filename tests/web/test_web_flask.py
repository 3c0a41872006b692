"""The Flask blueprint and the example app: Flask's test client for the site, the sandbox
over real HTTP for Zoho. Connect, the picker, "connected", Disconnect (revoked at Zoho);
CSRF on every form, the state bound to the visitor's session, the callback at the
configured address whatever the prefix, nothing secret in a rendered URL."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qs, urlsplit

import flask
import flask.testing
import pytest
import requests
from web_helpers import web_client

from zoho_wizard.sandbox import PRACTICE_WEB_CLIENT_SECRET, Sandbox
from zoho_wizard.sandbox.driver import Browser
from zoho_wizard.web import KEY_VARIABLE, ConnectionStore, SecretBox, WebHandler
from zoho_wizard.web.crypto import new_key
from zoho_wizard.web.flask import connect_blueprint

ROOT = Path(__file__).resolve().parents[2]
USER = "Acme Ltd"


def load_example() -> ModuleType:
    """examples/website/app.py, imported as a module."""
    spec = importlib.util.spec_from_file_location(
        "example_website_app", ROOT / "examples" / "website" / "app.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def app(handler: WebHandler) -> flask.Flask:
    example = load_example()
    site: flask.Flask = example.create_app(handler, "test-secret-key", secure_cookies=False)
    site.testing = True
    return site


@pytest.fixture
def client(app: flask.Flask) -> Iterator[flask.testing.FlaskClient]:
    with app.test_client() as c:
        c.post("/login", data={"business": USER})
        yield c


def csrf(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "the page has no form token"
    return found[1]


def text_of(response: object) -> str:
    return unescape(response.get_data(as_text=True))  # type: ignore[attr-defined]


def start_sign_in(client: flask.testing.FlaskClient) -> str:
    page = client.get("/zoho/")
    assert page.status_code == 200 and "Connect Zoho Books" in text_of(page)
    answer = client.post("/zoho/connect", data={"csrf_token": csrf(text_of(page))})
    assert answer.status_code == 303
    return answer.headers["Location"]


def zoho(sandbox: Sandbox, url: str, button: str = "accept") -> str:
    """Zoho's pages, by the sandbox's scripted browser: the callback's path and query."""
    with Browser(sandbox) as browser:
        callback = browser.authorize_url(url, button=button)
    parts = urlsplit(callback)
    return f"{parts.path}?{parts.query}"


def test_connect_pick_connected_and_disconnect(
    client: flask.testing.FlaskClient, sandbox: Sandbox, sqlite_store: ConnectionStore
) -> None:
    url = start_sign_in(client)
    query = parse_qs(urlsplit(url).query)
    assert query["access_type"] == ["offline"] and query["prompt"] == ["consent"]
    assert PRACTICE_WEB_CLIENT_SECRET not in url
    callback = client.get(zoho(sandbox, url))
    assert callback.status_code == 303 and callback.headers["Location"] == "/zoho/"
    picker = client.get("/zoho/")  # the code is not left in the address bar
    page = text_of(picker)
    assert picker.status_code == 200 and "Choose your organization" in page
    assert "Zillum Trading Ltd (practice)" in page
    assert picker.headers["Cache-Control"] == "no-store"
    done = client.post(
        "/zoho/organization", data={"csrf_token": csrf(page), "organization_id": "20345786"}
    )
    connected = text_of(done)
    assert "Zoho Books is connected" in connected and "Zillum Trading Ltd (practice)" in connected
    for secret in sandbox.issued_secrets():
        assert secret not in connected
    assert "Zoho Books is connected" in text_of(client.get("/zoho/"))  # on a later visit
    refresh = sqlite_store.secret(USER, "refresh_token")
    gone = client.post("/zoho/disconnect", data={"csrf_token": csrf(connected)})
    assert "Zoho has stopped our access to your books" in text_of(gone)
    assert [
        r.query.get("token") or r.form.get("token") for r in sandbox.requests_for("revoke")
    ] == [refresh]
    assert sqlite_store.profile(USER) is None
    assert "Connect Zoho Books" in text_of(client.get("/zoho/"))


@pytest.mark.parametrize("path", ["/zoho/connect", "/zoho/organization", "/zoho/disconnect"])
@pytest.mark.parametrize("token", [None, "forged"])
def test_every_form_needs_the_sessions_token(
    client: flask.testing.FlaskClient,
    sandbox: Sandbox,
    sqlite_store: ConnectionStore,
    path: str,
    token: str | None,
) -> None:
    client.get("/zoho/")  # the session has a token; the request does not carry it
    data = {"organization_id": "10234695"} | ({"csrf_token": token} if token else {})
    answer = client.post(path, data=data)
    assert answer.status_code == 400 and "nothing was" in text_of(answer)
    assert not sandbox.requests  # nothing reached Zoho


def test_deny_says_what_happened_and_offers_connect_again(
    client: flask.testing.FlaskClient, sandbox: Sandbox
) -> None:
    callback = zoho(sandbox, start_sign_in(client), button="deny")
    page = text_of(client.get(callback, follow_redirects=True))
    assert "Nothing was connected" in page
    assert "You chose not to allow access" in page and "Connect Zoho Books" in page
    assert "Nothing was connected" not in text_of(client.get("/zoho/"))  # said once


def test_a_callback_in_another_browser_session_is_refused_unexchanged(
    app: flask.Flask, client: flask.testing.FlaskClient, sandbox: Sandbox
) -> None:
    callback = zoho(sandbox, start_sign_in(client))
    with app.test_client() as other:
        other.post("/login", data={"business": USER})  # same portal user, other session
        page = text_of(other.get(callback, follow_redirects=True))
    assert "did not belong to this sign-in" in page
    assert not sandbox.requests_for("token")


def test_a_callback_submitted_twice_is_exchanged_once(
    client: flask.testing.FlaskClient, sandbox: Sandbox
) -> None:
    url = start_sign_in(client)
    callback = zoho(sandbox, url)
    state = parse_qs(urlsplit(url).query)["state"][0]
    first = text_of(client.get(callback, follow_redirects=True))
    with client.session_transaction() as session:  # the second tab still had the state
        session["zoho_wizard_sign_in"] = state
    second = text_of(client.get(callback, follow_redirects=True))
    assert "Choose your organization" in first and "Choose your organization" in second
    assert len(sandbox.requests_for("token")) == 1


def test_a_visitor_not_signed_in_to_the_portal_is_told_so(app: flask.Flask) -> None:
    with app.test_client() as stranger:
        page = stranger.get("/zoho/")
        assert page.status_code == 401 and "Sign in to the portal first" in text_of(page)
        assert stranger.post("/zoho/connect").status_code == 401


def test_the_callback_is_served_at_the_configured_address_whatever_the_prefix(
    handler: WebHandler,
) -> None:
    site = flask.Flask(__name__)
    site.register_blueprint(connect_blueprint(handler, lambda: USER), url_prefix="/portal/x")
    rules = {rule.rule for rule in site.url_map.iter_rules()}
    assert "/zoho/callback" in rules and "/portal/x/connect" in rules
    assert "/portal/x/zoho/callback" not in rules


def test_the_example_demo_serves_the_sandbox_practice_client(
    sandbox: Sandbox, tmp_path: Path, http: requests.Session
) -> None:
    example = load_example()
    site = example.demo_app(sandbox, 8400, tmp_path)
    with site.test_client() as c:
        c.post("/login", data={"business": USER})
        page = text_of(c.get("/zoho/"))
        url = c.post("/zoho/connect", data={"csrf_token": csrf(page)}).headers["Location"]
        assert url.startswith(sandbox.accounts_url("us"))
        page = text_of(c.get(zoho(sandbox, url), follow_redirects=True))
        assert "Choose your organization" in page
    assert web_client().redirect_uri == "http://127.0.0.1:8400/zoho/callback"


def test_disconnect_with_the_wrong_site_key_is_a_plain_page_and_keeps_the_connection(
    client: flask.testing.FlaskClient,
    handler: WebHandler,
    sandbox: Sandbox,
    sqlite_store: ConnectionStore,
) -> None:
    client.get(zoho(sandbox, start_sign_in(client)))
    page = text_of(client.get("/zoho/"))
    connected = text_of(
        client.post(
            "/zoho/organization", data={"csrf_token": csrf(page), "organization_id": "10234695"}
        )
    )
    sqlite_store.box = SecretBox(new_key())  # the site restarted with another key
    answer = client.post("/zoho/disconnect", data={"csrf_token": csrf(connected)})
    page = text_of(answer)
    assert answer.status_code == 500 and "could not be disconnected" in page
    assert KEY_VARIABLE in page and "Not connected" not in page
    assert sqlite_store.profile(USER) is not None  # nothing was removed
    assert not sandbox.requests_for("revoke")


def test_the_documented_demo_command_serves_the_portal() -> None:
    import os
    import socket
    import subprocess
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    demo = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "examples" / "website" / "app.py"),
            "--demo",
            "--port",
            str(port),
        ],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert demo.stderr is not None
        assert demo.stderr.readline().strip() == f"Practice portal: http://127.0.0.1:{port}/"
        with requests.Session() as web:
            for _ in range(600):  # until the server listens (an upper bound, not a measure)
                try:
                    answer = web.post(f"http://127.0.0.1:{port}/login", data={"business": USER})
                    break
                except requests.ConnectionError:
                    time.sleep(0.1)
            page = unescape(answer.text)
        assert answer.status_code == 200 and "Connect Zoho Books" in page
    finally:
        demo.terminate()
        demo.communicate(timeout=60)
