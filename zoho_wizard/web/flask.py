"""The Connect button for a Flask site: one blueprint with the pages.

    from zoho_wizard.web.flask import connect_blueprint

    app.register_blueprint(
        connect_blueprint(handler, current_user=lambda: flask_login.current_user.get_id()),
        url_prefix="/zoho",
    )

Pages (under the prefix): the Connect page (or, once connected, the "connected" page with
Disconnect), the organization picker, and the result pages. The callback is served at the
path of the configured redirect URI, whatever the prefix: the address Zoho sends the
client back to comes from the configuration, never from a request. Every form posts a
per-session token (CSRF), the sign-in's state is bound to the visitor's session and used
once, and no URL the pages render carries anything secret.

The site's ``SECRET_KEY`` must be set (Flask signs its session cookie with it).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import flask
from werkzeug.wrappers import Response

from zoho_wizard.core.datacenters import by_id
from zoho_wizard.core.errors import ZohoWizardError
from zoho_wizard.web.handler import Finished, Outcome, WebHandler, forget

CSRF_KEY = "zoho_wizard_csrf"
NOTICE_KEY = "zoho_wizard_notice"
TEMPLATES = "zoho_wizard_web"

CurrentUser = Callable[[], str | None]


@dataclass(frozen=True)
class Notice:
    """What a sign-in that did not connect came to, carried to the next page in the
    session (plain words only: nothing secret)."""

    title: str
    message: str
    fix: str
    connect_again: bool = True  # offer Connect (False: the connection is still there)

    @classmethod
    def of(cls, finished: Finished) -> Notice:
        """The notice for ``finished``."""
        return cls(finished.title, finished.message, finished.fix)

    def to_session(self) -> dict[str, str]:
        """As kept in the session."""
        return {"title": self.title, "message": self.message, "fix": self.fix}

    @classmethod
    def from_session(cls, data: dict[str, object]) -> Notice:
        """Back from the session."""
        title, message, fix = (str(data.get(key, "")) for key in ("title", "message", "fix"))
        return cls(title, message, fix)


def _csrf_token() -> str:
    token = flask.session.get(CSRF_KEY)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        flask.session[CSRF_KEY] = token
    return token


def _csrf_ok() -> bool:
    expected = flask.session.get(CSRF_KEY)
    given = flask.request.form.get("csrf_token", "")
    return (
        isinstance(expected, str)
        and bool(expected)
        and hmac.compare_digest(expected.encode(), given.encode())
    )


def _data_center_label(data_center: str) -> str:
    try:
        return by_id(data_center).label
    except KeyError:
        return data_center


def _render(template: str, status: int = 200, **values: Any) -> Response:
    page = flask.render_template(
        f"{TEMPLATES}/{template}",
        csrf_token=_csrf_token(),
        data_center_label=_data_center_label,
        **values,
    )
    response = flask.make_response(page, status)
    # The pages show who is connected: never cached, never framed by another site.
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _show(finished: Finished, status: int = 200) -> Response:
    if finished.outcome is Outcome.CONNECTED:
        return _render("connected.html", status, result=finished)
    if finished.outcome is Outcome.CHOOSE_ORGANIZATION:
        return _render("organization.html", status, result=finished)
    return _render("result.html", status, result=finished)


def _words(error: ZohoWizardError) -> tuple[str, str]:
    return error.message, error.fix


class _Pages:
    """The blueprint's views over one handler. Each one answers a visitor who is not
    signed in to the portal with the page that says so, and each form's POST without the
    session's CSRF token with a page that changes nothing."""

    def __init__(self, handler: WebHandler, current_user: CurrentUser, name: str) -> None:
        self.handler = handler
        self.current_user = current_user
        self.name = name

    def _user(self, *, form: bool = False) -> str | Response:
        user = self.current_user()
        if not user:
            return _render("signed_out.html", 401)
        if form and not _csrf_ok():
            return _render("expired_form.html", 400)
        return user

    def home(self) -> Response:
        """The Connect page, the picker, or "connected"; once, what a sign-in came to."""
        user = self._user()
        if isinstance(user, Response):
            return user
        notice = flask.session.pop(NOTICE_KEY, None)
        if isinstance(notice, dict):  # what the last sign-in came to (see callback)
            return _render("result.html", result=Notice.from_session(notice))
        status = self.handler.status(user)
        if status.outcome is Outcome.FAILED:
            return _render("connect.html")
        return _show(status)

    def connect(self) -> Response:
        """Start a sign-in: off to Zoho's page, the state kept in the session."""
        user = self._user(form=True)
        if isinstance(user, Response):
            return user
        begun = self.handler.begin(user)
        flask.session.update(begun.session)
        return flask.redirect(begun.url, 303)

    def callback(self) -> Response:
        """Zoho's answer: finish the sign-in, then on to the Connect page."""
        user = self._user()
        if isinstance(user, Response):
            return user
        finished = self.handler.finish(
            flask.request.query_string.decode("utf-8", "replace"),
            flask.session,
            user=user,
            path=flask.request.path,
        )
        forget(flask.session, finished)
        if finished.error is not None:
            flask.session[NOTICE_KEY] = Notice.of(finished).to_session()
        # On at once: the callback's address (with the spent code) stays neither in the
        # address bar nor in the history, and a reload repeats nothing.
        response = flask.redirect(flask.url_for(f"{self.name}.home"), 303)
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def organization(self) -> Response:
        """Save the organization the client picked."""
        user = self._user(form=True)
        if isinstance(user, Response):
            return user
        chosen = flask.request.form.get("organization_id", "")
        return _show(self.handler.choose_organization(user, chosen))

    def disconnect(self) -> Response:
        """Revoke at Zoho and forget the connection."""
        user = self._user(form=True)
        if isinstance(user, Response):
            return user
        done = self.handler.disconnect(user)
        if done.error is not None:
            words = _words(done.error)
            notice = Notice("Zoho Books could not be disconnected", *words, connect_again=False)
            return _render("result.html", 500, result=notice)
        return _render("disconnected.html", report=done.report)


def connect_blueprint(
    handler: WebHandler, current_user: CurrentUser, *, name: str = "zoho_wizard"
) -> flask.Blueprint:
    """The blueprint with the Connect pages for ``handler``.

    Args:
        handler: The website's handler (client, store).
        current_user: Who is signed in to the portal now (the id the connection is kept
            under), or None when nobody is.
        name: The blueprint's name (for ``url_for``).
    """
    blueprint = flask.Blueprint(name, __name__, template_folder="templates")
    pages = _Pages(handler, current_user, name)
    blueprint.add_url_rule("/", "home", pages.home, methods=["GET"])
    blueprint.add_url_rule("/connect", "connect", pages.connect, methods=["POST"])
    blueprint.add_url_rule("/organization", "organization", pages.organization, methods=["POST"])
    blueprint.add_url_rule("/disconnect", "disconnect", pages.disconnect, methods=["POST"])

    def add_callback(state: flask.blueprints.BlueprintSetupState) -> None:
        # At the configured redirect URI's path, whatever prefix the blueprint has.
        state.app.add_url_rule(
            handler.callback_path, f"{name}.callback", pages.callback, methods=["GET"]
        )

    blueprint.record_once(add_callback)
    return blueprint
