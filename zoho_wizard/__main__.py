"""``python -m zoho_wizard``: the same as the ``zoho-wizard`` command."""

from zoho_wizard.cli import main

raise SystemExit(main())
