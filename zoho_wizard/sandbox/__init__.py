"""A local Zoho (accounts for every data center, plus Zoho Books) for practice and tests.

The sandbox behaves as ``reference/zoho-oauth.md`` says Zoho does: grant codes that live
60 seconds and work once, HTTP-200 error bodies, per-DC accounts servers, the cross-DC
redirect, refresh limits, revoke, and Books' 401 codes. It uses only the standard
library and :mod:`zoho_wizard.core`; it never imports PySide6.

    with Sandbox() as sb:
        sb.accounts_url("eu")   # http://127.0.0.1:PORT/accounts/eu

Run it alone with ``python -m zoho_wizard.sandbox``.
"""

from zoho_wizard.sandbox.faults import FAULT_KINDS, Fault, Faults
from zoho_wizard.sandbox.incoming import RecordedRequest
from zoho_wizard.sandbox.practice import (
    PRACTICE_AE_EMAIL,
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_DEVICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_NAME,
    PRACTICE_DEVICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_NEW_DC_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    PRACTICE_SELF_CLIENT_DC,
    PRACTICE_SELF_CLIENT_ID,
    PRACTICE_SELF_CLIENT_SECRET,
    PRACTICE_WEB_CLIENT_ID,
    PRACTICE_WEB_CLIENT_SECRET,
    PRACTICE_WEB_REDIRECT_URI,
)
from zoho_wizard.sandbox.records import NEW_DC
from zoho_wizard.sandbox.server import Sandbox

__all__ = [
    "FAULT_KINDS",
    "NEW_DC",
    "PRACTICE_AE_EMAIL",
    "PRACTICE_CLIENT_ID",
    "PRACTICE_CLIENT_SECRET",
    "PRACTICE_DEVICE_CLIENT_ID",
    "PRACTICE_DEVICE_CLIENT_NAME",
    "PRACTICE_DEVICE_CLIENT_SECRET",
    "PRACTICE_EMAIL",
    "PRACTICE_EU_EMAIL",
    "PRACTICE_NEW_DC_EMAIL",
    "PRACTICE_PASSWORD",
    "PRACTICE_REDIRECT_URI",
    "PRACTICE_SELF_CLIENT_DC",
    "PRACTICE_SELF_CLIENT_ID",
    "PRACTICE_SELF_CLIENT_SECRET",
    "PRACTICE_WEB_CLIENT_ID",
    "PRACTICE_WEB_CLIENT_SECRET",
    "PRACTICE_WEB_REDIRECT_URI",
    "Fault",
    "Faults",
    "RecordedRequest",
    "Sandbox",
]
