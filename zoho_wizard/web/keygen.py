"""``python -m zoho_wizard.web.keygen``: print a new encryption key for the website's store.

Put it in the site's environment as ``ZOHO_WIZARD_WEB_KEY`` and keep it with the site's
other secrets: without it the saved connections cannot be opened.
"""

from __future__ import annotations

from zoho_wizard.web.crypto import new_key

if __name__ == "__main__":
    print(new_key())
