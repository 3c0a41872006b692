"""Entry script for the PyInstaller bundle: the same as the ``zoho-wizard`` command.

``ZOHO_WIZARD_BUNDLE_SELFTEST=1`` runs the bundle self-test instead (selftest.py; used by
packaging/smoke-test.sh to prove QtWebEngine works inside the frozen app).
"""

import os
import sys


def _main() -> int:
    if os.environ.get("ZOHO_WIZARD_BUNDLE_SELFTEST") == "1":
        import selftest

        return selftest.run()
    from zoho_wizard.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())
