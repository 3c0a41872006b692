"""The "Not Zoho" banner: on every page while this run's overrides send keys elsewhere.

``--accounts-url``, ``--api-url`` and their environment variables send the sign-in, the
client secret and tokens to another server. Whoever sits at the window must see that on
every page, not only in the terminal that started it; so each page gets this banner
above its content (outside its scroll area), naming each host. Core names the hosts
(:meth:`zoho_wizard.core.endpoints.Endpoints.override_hosts`: none for Zoho and for
practice mode, which has its own banner).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QWidget

from zoho_wizard.ui.banner import Banner


def not_zoho_lines(hosts: Sequence[str]) -> list[str]:
    """One line per host: "Not Zoho: connecting to {host}" (translated)."""
    return [
        QCoreApplication.translate("NotZoho", "Not Zoho: connecting to {host}").format(host=host)
        for host in hosts
    ]


class NotZohoBanner(Banner):
    """A warning strip naming the hosts that are not Zoho's."""

    def __init__(self, hosts: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(
            "warning",
            "\n".join(not_zoho_lines(hosts)),
            QCoreApplication.translate(
                "NotZoho",
                "This program was started with another server's address, so your sign-in "
                "and keys go there instead of to Zoho.",
            ),
            parent,
        )
        self.setObjectName("notZohoBanner")
        self.hosts = tuple(hosts)


def attach(page: QWidget, hosts: Sequence[str]) -> NotZohoBanner | None:
    """Put the banner at the top of ``page`` when there are ``hosts``; returns it."""
    layout = page.layout()
    if not hosts or not isinstance(layout, QBoxLayout):
        return None
    banner = NotZohoBanner(hosts, page)
    layout.insertWidget(0, banner)
    return banner
