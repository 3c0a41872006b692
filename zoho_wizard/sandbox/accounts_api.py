"""The accounts server's JSON endpoints: serverinfo, token, revoke and user info.

Each handler takes the model and a parsed :class:`~zoho_wizard.sandbox.incoming.Call`;
the rules behind them are :mod:`~zoho_wizard.sandbox.tokens`'. :data:`HANDLERS` maps
endpoint names onto them.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from zoho_wizard.sandbox.incoming import Call
from zoho_wizard.sandbox.model import SandboxModel
from zoho_wizard.sandbox.records import DC_IDS, PROFILE_SCOPE, Answer
from zoho_wizard.sandbox.reply import Reply, json_reply


def _answer(answer: Answer) -> Reply:
    return json_reply(answer.body, answer.status)


def serverinfo(model: SandboxModel, call: Call) -> Reply:
    """``GET /oauth/serverinfo``: every data center's accounts server."""
    locations = {dc_id: model.accounts_url(dc_id) for dc_id in DC_IDS}
    return json_reply({"result": "success", "locations": locations})


def token(model: SandboxModel, call: Call) -> Reply:
    """``POST /oauth/v2/token``: every grant type, query and form params merged."""
    return _answer(_scope_as_configured(model, call, model.token_grant(call.dc, call.params)))


def _scope_as_configured(model: SandboxModel, call: Call, answer: Answer) -> Answer:
    """Without ``token_response_scope``, the code exchange's answer names no scopes (as in
    Zoho's examples); other grants keep theirs."""
    if model.token_response_scope or call.params.get("grant_type") != "authorization_code":
        return answer
    return Answer(answer.status, {k: v for k, v in answer.body.items() if k != "scope"})


def revoke(model: SandboxModel, call: Call) -> Reply:
    """The classic ``/oauth/v2/token/revoke`` and the newer ``/oauth/v2/revoke/token``."""
    params = call.params
    token = params.get("token", "")
    if call.route.rest == "oauth/v2/token/revoke":
        return _answer(model.revoke(call.dc, token))
    client_id, client_secret = _basic_auth(call.headers.get("Authorization"))
    return _answer(
        model.revoke_for_client(
            call.dc, client_id, client_secret, token, params.get("token_type", "")
        )
    )


def userinfo(model: SandboxModel, call: Call) -> Reply:
    """``GET /oauth/user/info``: the token's user, if it carries the profile scope."""
    access = model.access_token_from_header(call.headers.get("Authorization"))
    if access is None or not model.access_token_usable(access, call.dc):
        return json_reply({"error": "invalid_oauthtoken"}, 401)
    if PROFILE_SCOPE.lower() not in {s.lower() for s in access.scopes}:
        return json_reply({"error": "invalid_oauthscope"}, 401)
    user = model.user(access.email)
    if user is None:
        return json_reply({"error": "invalid_oauthtoken"}, 401)
    first, _, last = user.name.partition(" ")
    return json_reply(
        {
            "First_Name": first,
            "Email": user.email,
            "Last_Name": last,
            "Display_Name": user.name,
            "ZUID": user.zuid,
        }
    )


def _basic_auth(header: str | None) -> tuple[str, str]:
    """``(client_id, client_secret)`` from ``Authorization: Basic …`` (empty if absent)."""
    if not header:
        return "", ""
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return "", ""
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return "", ""
    client_id, _, client_secret = decoded.partition(":")
    return client_id, client_secret


HANDLERS: dict[str, Callable[[SandboxModel, Call], Reply]] = {
    "serverinfo": serverinfo,
    "token": token,
    "revoke": revoke,
    "userinfo": userinfo,
}
"""The accounts server's JSON endpoints, by endpoint name."""
