"""The connection receipt as a person holds it: the PDF rendered back to a picture (normal
margins, no stray page number) and every word of it translated like the window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from zoho_wizard.core.receipt import build_receipt
from zoho_wizard.core.store import Profile
from zoho_wizard.ui.i18n import PSEUDO_OPEN, install_translations, remove_translations
from zoho_wizard.ui.receipt import receipt_html, write_receipt_pdf

PROFILE = Profile(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    data_center="us",
    accounts_server="https://accounts.zoho.com",
    api_domain="https://www.zohoapis.com",
    scopes=("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"),
    organization_id="10234695",
    organization_name="Acme",
    user_email="anna@example.com",
    connected_at="2026-11-28T20:00:00+01:00",
)
KEPT_IN = "the test keyring"
MM_PER_POINT = 25.4 / 72


def rendered(path: Path) -> QImage:
    """The PDF's one page as a picture, one pixel per point."""
    document = QPdfDocument()
    document.load(str(path))
    assert document.pageCount() == 1
    size = document.pagePointSize(0).toSize()
    assert size == QSize(595, 842)  # A4
    return document.render(0, size)


def ink_edges(image: QImage) -> tuple[float, float, float, float]:
    """Millimetres from each edge (left, top, right, bottom) to the nearest printed mark."""

    def ink(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return colour.alpha() > 0 and colour.lightness() < 220

    width, height = image.width(), image.height()
    columns = [x for x in range(width) if any(ink(x, y) for y in range(0, height, 2))]
    rows = [y for y in range(height) if any(ink(x, y) for x in range(0, width, 2))]
    return (
        columns[0] * MM_PER_POINT,
        rows[0] * MM_PER_POINT,
        (width - 1 - columns[-1]) * MM_PER_POINT,
        (height - 1 - rows[-1]) * MM_PER_POINT,
    )


def test_the_receipt_has_normal_margins_and_no_page_number(qapp: Any, tmp_path: Path) -> None:
    path = write_receipt_pdf(build_receipt(PROFILE, KEPT_IN), tmp_path / "receipt.pdf")
    left, top, right, bottom = ink_edges(rendered(path))
    # About 18 mm around the text (a glyph's own side bearing adds a fraction).
    assert 17.5 <= left <= 19.5
    assert 17.5 <= top <= 21.0
    assert right >= 17.5
    # A short receipt ends well up the page: nothing printed at the foot (no "1").
    assert bottom > 60


@pytest.fixture
def pseudo_locale(qapp: Any) -> Iterator[None]:
    app = QApplication.instance()
    assert install_translations(app, pseudo_locale=True) == "pseudo"
    yield
    remove_translations(app)


def test_every_word_of_the_receipt_is_translated(pseudo_locale: None) -> None:
    document = QTextDocument()
    document.setHtml(receipt_html(build_receipt(PROFILE, KEPT_IN)))
    data = {PROFILE.name, PROFILE.user_email, PROFILE.client_id, KEPT_IN}
    lines = [line.strip() for line in document.toPlainText().splitlines() if line.strip()]
    assert len(lines) >= 20
    untranslated = [line for line in lines if line not in data and PSEUDO_OPEN not in line]
    assert untranslated == []


def _text_of(profile: Profile) -> str:
    document = QTextDocument()
    document.setHtml(receipt_html(build_receipt(profile, KEPT_IN)))
    return document.toPlainText()


SCHEDULED = replace(PROFILE, name="Nightly export", user_email="", kind="unattended")


def test_a_scheduled_jobs_receipt_names_the_self_client_and_nothing_to_revoke(
    qapp: Any,
) -> None:
    text = _text_of(SCHEDULED)
    assert "Self Client (for scheduled jobs; no sign-in)" in text
    assert "there is nothing to revoke at Zoho" in text
    assert "revokes the access at Zoho" not in text
    assert "Connected Apps" not in text  # no sign-in, so no app the user connected
    signed_in = _text_of(PROFILE)
    assert "revokes the access at Zoho" in signed_in and "Self Client" not in signed_in


def test_every_word_of_a_scheduled_jobs_receipt_is_translated(pseudo_locale: None) -> None:
    data = {SCHEDULED.name, SCHEDULED.client_id, KEPT_IN}
    lines = [line.strip() for line in _text_of(SCHEDULED).splitlines() if line.strip()]
    assert [line for line in lines if line not in data and PSEUDO_OPEN not in line] == []
