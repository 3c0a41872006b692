"""The practice client, users and organizations every sandbox starts with.

All values are obviously fake: they only work against the sandbox and never look like a
real Zoho credential.
"""

from __future__ import annotations

import copy
from typing import Any

PRACTICE_CLIENT_ID = "1000." + "PRACTICECLIENT".ljust(32, "0")
"""A server-based client registered in every sandbox (``1000.`` + 32 characters)."""

PRACTICE_CLIENT_SECRET = "practice0secret".ljust(42, "0")
"""The practice client's secret; fake on purpose."""

PRACTICE_REDIRECT_URI = "http://127.0.0.1:47214/callback"
"""The practice client's only registered redirect URI."""

PRACTICE_CLIENT_NAME = "Zoho Wizard (practice)"
"""What the consent page calls the practice client."""

PRACTICE_SELF_CLIENT_ID = "1000." + "PRACTICESELFCLIENT".ljust(32, "0")
"""The practice user's Self Client (for connections for scheduled jobs: the
client-credentials grant), made in the US data center's API console."""

PRACTICE_SELF_CLIENT_SECRET = "practice0self0client0secret".ljust(42, "0")
"""The practice Self Client's secret; fake on purpose."""

PRACTICE_SELF_CLIENT_DC = "us"
"""Where the practice Self Client was made: its grant works at this data center only."""

PRACTICE_WEB_CLIENT_ID = "1000." + "PRACTICEWEBSITE".ljust(32, "0")
"""A second server-based client: a firm's client portal (the website's Connect button)."""

PRACTICE_WEB_CLIENT_SECRET = "practice0web0secret".ljust(42, "0")
"""The practice website client's secret; fake on purpose."""

PRACTICE_WEB_REDIRECT_URI = "http://127.0.0.1:8400/zoho/callback"
"""Where the example website (``examples/website/app.py --demo``) takes the callback."""

PRACTICE_WEB_CLIENT_NAME = "Zillum client portal (practice)"
"""What the consent page calls the practice website."""
PRACTICE_DEVICE_CLIENT_ID = "1004." + "PRACTICEDEVICE".ljust(32, "0")
"""A Non-browser Applications client (device sign-in) registered in every sandbox."""

PRACTICE_DEVICE_CLIENT_SECRET = "practice0device0secret".ljust(42, "0")
"""The practice Non-browser client's secret; fake on purpose."""

PRACTICE_DEVICE_CLIENT_NAME = "Zoho Wizard on another device (practice)"
"""What the verification page calls the practice Non-browser client."""

PRACTICE_EMAIL = "practice@example.com"
"""The practice user: signs in at any data center and stays there."""

PRACTICE_PASSWORD = "practice"
"""The practice user's password."""

PRACTICE_EU_EMAIL = "eu.practice@example.com"
"""A second practice user whose home data center is ``eu`` (shows the cross-DC redirect)."""

PRACTICE_EU_HOME_DC = "eu"
"""Home data center of :data:`PRACTICE_EU_EMAIL`."""

PRACTICE_AE_EMAIL = "ae.practice@example.com"
"""A practice user whose home data center is ``ae`` (UAE, newer than Zoho's first nine)."""

PRACTICE_NEW_DC_EMAIL = "new.practice@example.com"
"""A practice user in the sandbox's made-up data center (``records.NEW_DC``), which only
the sandbox's serverinfo lists: the wizard must learn it from there."""

_DEFAULT_ORGANIZATIONS: tuple[dict[str, Any], ...] = (
    {
        "organization_id": "10234695",
        "name": "Zillum Bookkeeping (practice)",
        "contact_name": "Pat Practice",
        "email": "practice@example.com",
        "is_default_org": True,
        "language_code": "en",
        "fiscal_year_start_month": 0,
        "account_created_date": "2016-02-18",
        "time_zone": "PST",
        "is_org_active": True,
        "currency_id": "460000000000097",
        "currency_code": "USD",
        "currency_symbol": "$",
        "currency_format": "###,##0.00",
        "price_precision": 2,
    },
    {
        "organization_id": "20345786",
        "name": "Zillum Trading Ltd (practice)",
        "contact_name": "Sam Sample",
        "email": "trading@example.com",
        "is_default_org": False,
        "language_code": "en",
        "fiscal_year_start_month": 3,
        "account_created_date": "2019-04-01",
        "time_zone": "GMT",
        "is_org_active": True,
        "currency_id": "460000000000099",
        "currency_code": "GBP",
        "currency_symbol": "£",
        "currency_format": "###,##0.00",
        "price_precision": 2,
    },
)


def default_organizations() -> list[dict[str, Any]]:
    """A fresh copy of the two practice organizations (USD default, GBP second)."""
    return copy.deepcopy(list(_DEFAULT_ORGANIZATIONS))
