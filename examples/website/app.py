"""A client portal's "Connect Zoho Books" page: the smallest Flask site a firm can run.

Try it with no Zoho account (the built-in practice Zoho, on this computer):

    python examples/website/app.py --demo        # then open http://127.0.0.1:8400/

For real, register a "Server-based Applications" client in Zoho's API console with the
redirect URI https://portal.example.com/zoho/callback, then set:

    ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REDIRECT_URI  the client, from the console
    ZOHO_DATA_CENTER        where the client was registered (us, eu, in, au, jp, ca, cn…)
    ZOHO_WIZARD_WEB_KEY     python -m zoho_wizard.web.keygen (keep it with your secrets)
    SECRET_KEY              Flask's session key (any long random text)
    DATABASE_URL            optional: postgresql+psycopg://user@host/db (default: an
                            SQLite file next to this app)

and serve ``app:create_app_from_environment()`` with your WSGI server (gunicorn…) behind
https. The portal's own sign-in is a stand-in here: use your portal's.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from pathlib import Path

import flask

from zoho_wizard.practice import practice_endpoints
from zoho_wizard.sandbox import (
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_WEB_CLIENT_ID,
    PRACTICE_WEB_CLIENT_SECRET,
    Sandbox,
)
from zoho_wizard.web import ConnectionStore, SecretBox, WebClient, WebHandler
from zoho_wizard.web.crypto import new_key
from zoho_wizard.web.flask import connect_blueprint

HERE = Path(__file__).resolve().parent
SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "AaaServer.profile.Read")
DEMO_PORT = 8400

PORTAL_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Client portal</title>
<style>body{font:16px/1.5 system-ui,sans-serif;background:#f4f6f9;color:#1d2733}
main{max-width:36rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d8dee6;
border-radius:12px}label{display:block;font-weight:600;margin-bottom:.3rem}
input{font:inherit;padding:.5rem;width:100%;margin-bottom:1rem;border:1px solid #b8c2cc;
border-radius:6px}button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border:0;
border-radius:8px;background:#1a5fb4;color:#fff;cursor:pointer}</style></head><body><main>
<h1>Zillum &amp; Co – client portal</h1>
<p>This page stands in for your portal's own sign-in.</p>
<form method="post" action="/login"><label for="business">Your business</label>
<input id="business" name="business" value="Acme Ltd" required>
<button type="submit" id="sign-in">Sign in to the portal</button></form></main></body></html>"""


def create_app(handler: WebHandler, secret_key: str, *, secure_cookies: bool = True) -> flask.Flask:
    """The portal: a stand-in sign-in at ``/`` and the Connect pages under ``/zoho``."""
    app = flask.Flask(__name__)
    app.config.update(
        SECRET_KEY=secret_key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",  # Zoho's redirect back is a top-level GET: sent
        SESSION_COOKIE_SECURE=secure_cookies,
    )

    @app.get("/")
    def portal() -> str:
        return PORTAL_PAGE

    @app.post("/login")
    def login() -> flask.Response:
        flask.session.clear()
        flask.session["portal_user"] = flask.request.form.get("business", "").strip()[:200]
        return flask.redirect("/zoho/", 303)

    def current_user() -> str | None:
        user = flask.session.get("portal_user")
        return user if isinstance(user, str) and user else None

    app.register_blueprint(connect_blueprint(handler, current_user), url_prefix="/zoho")
    return app


def create_app_from_environment() -> flask.Flask:
    """The portal for a real Zoho client, configured from the environment."""
    env = os.environ
    client = WebClient(
        client_id=env["ZOHO_CLIENT_ID"],
        client_secret=env["ZOHO_CLIENT_SECRET"],
        redirect_uri=env["ZOHO_REDIRECT_URI"],
        scopes=SCOPES,
        data_center=env.get("ZOHO_DATA_CENTER", "us"),
    )
    store = ConnectionStore(env.get("DATABASE_URL") or None, folder=HERE)
    return create_app(WebHandler(client, store), env["SECRET_KEY"])


def demo_app(sandbox: Sandbox, port: int, folder: Path) -> flask.Flask:
    """The portal against a started practice sandbox (its practice website client, the
    callback on ``port``); connections go to an SQLite file in ``folder``."""
    redirect_uri = f"http://127.0.0.1:{port}/zoho/callback"
    # The practice client's registered address, as the admin registers the site's own.
    sandbox.register_client(
        PRACTICE_WEB_CLIENT_ID,
        PRACTICE_WEB_CLIENT_SECRET,
        (redirect_uri,),
        "server",
        name="Zillum client portal (practice)",
    )
    client = WebClient(PRACTICE_WEB_CLIENT_ID, PRACTICE_WEB_CLIENT_SECRET, redirect_uri, SCOPES)
    # A throwaway key: practice connections die with the sandbox anyway.
    key = os.environ.get("ZOHO_WIZARD_WEB_KEY") or new_key()
    store = ConnectionStore(
        folder=folder, box=SecretBox(key), endpoints=practice_endpoints(sandbox)
    )
    return create_app(WebHandler(client, store), secrets.token_urlsafe(32), secure_cookies=False)


def main(argv: list[str] | None = None) -> int:
    """``--demo``: serve the portal against the built-in practice Zoho."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--demo", action="store_true", help="use the built-in practice Zoho")
    parser.add_argument("--port", type=int, default=DEMO_PORT)
    args = parser.parse_args(argv)
    if not args.demo:
        create_app_from_environment().run(host="127.0.0.1", port=args.port)
        return 0
    with Sandbox() as sandbox, tempfile.TemporaryDirectory(prefix="zoho-portal-") as folder:
        app = demo_app(sandbox, args.port, Path(folder))
        print(f"Practice portal: http://127.0.0.1:{args.port}/", file=sys.stderr)
        print(f"Practice Zoho sign-in: {PRACTICE_EMAIL} / {PRACTICE_PASSWORD}", file=sys.stderr)
        app.run(host="127.0.0.1", port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
