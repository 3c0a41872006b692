"""Words and lays out the connection receipt (:mod:`zoho_wizard.core.receipt`) as a PDF.

Every sentence goes through Qt's translation (context ``Receipt``), like the rest of the
window. The page has 18 mm margins and nothing else on it: the document is painted
straight onto the page (``QTextDocument.print_`` would add 2 cm of its own and a page
number).
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from zoho_wizard.core.receipt import Receipt
from zoho_wizard.ui.i18n import core_text, describe_access
from zoho_wizard.ui.not_zoho import not_zoho_lines
from zoho_wizard.ui.saved_rows import readable_time
from zoho_wizard.ui.theme import css_family, text_family

MARGIN_MM = 18.0
RESOLUTION = 300
LAYOUT_DPI = 96.0

# Colours, fonts and sizes; spacing is written on the elements themselves (QTextDocument
# applies margins and padding given there, not all of those given by class).
# The body's family is one this computer has (ui.theme.text_family): naming a missing one
# costs macOS a search of every font alias, with a warning.
_STYLE = """
body { font-family: FAMILY; color: #1d2733; font-size: 10.5pt; }
h1 { font-size: 20pt; }
h2 { font-size: 12pt; }
.sub { color: #5b6773; font-size: 9.5pt; }
td.label { color: #5b6773; }
.note { color: #5b6773; font-size: 9pt; }
.sign { font-size: 9.5pt; color: #5b6773; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Receipt", text)


def _moment(iso: str) -> str:
    """``28 November 2026 at 20:00 (UTC+01:00)``: a record names its time zone."""
    try:
        offset = dt.datetime.fromisoformat(iso).strftime("%z")
    except ValueError:
        return iso or QCoreApplication.translate("Receipt", "unknown")
    if not offset:
        return readable_time(iso)
    return QCoreApplication.translate("Receipt", "{time} (UTC{offset})").format(
        time=readable_time(iso), offset=f"{offset[:3]}:{offset[3:]}"
    )


def receipt_title() -> str:
    """The receipt's heading (and the PDF's title)."""
    return QCoreApplication.translate("Receipt", "Zoho Books connection receipt")


def receipt_rows(receipt: Receipt) -> list[tuple[str, str]]:
    """(label, value) pairs in reading order, in the person's language."""
    translate = QCoreApplication.translate
    if receipt.organization_id:
        organization = translate("Receipt", "{name} (organization ID {id})").format(
            name=receipt.organization_name, id=receipt.organization_id
        )
    else:
        organization = translate("Receipt", "(not chosen)")
    if receipt.unattended:
        who = translate(
            "Receipt", "your firm's IT admin, with a Self Client (for scheduled jobs; no sign-in)"
        )
    else:
        who = receipt.user_email or translate(
            "Receipt", "the Zoho user who signed in (e-mail not shared)"
        )
    rows = [
        (translate("Receipt", "Connection (the name your firm's tools use)"), receipt.connection),
        (translate("Receipt", "Zoho Books organization"), organization),
        (translate("Receipt", "Connected by"), who),
        (translate("Receipt", "Connected on"), _moment(receipt.connected_at)),
        (translate("Receipt", "Data center"), core_text(receipt.data_center)),
        (translate("Receipt", "App ID (Zoho calls it the client ID)"), receipt.client_id),
        (translate("Receipt", "Where the keys are kept"), receipt.secrets_place),
    ]
    if receipt.not_zoho:  # keys go to a server that is not Zoho's: said, never hidden
        rows.append((translate("Receipt", "Not Zoho"), "; ".join(not_zoho_lines(receipt.not_zoho))))
    return rows


def access_note(receipt: Receipt) -> str:
    """Said under the access lines when Zoho did not report its grant ("" when it did)."""
    if receipt.access_reported:
        return ""
    note = QCoreApplication.translate(
        "Receipt",
        "Zoho did not report which of these it granted; this is what the connection asked for.",
    )
    confirmed = describe_access(receipt.confirmed)
    if confirmed:
        note += " " + QCoreApplication.translate(
            "Receipt", "Confirmed while connecting: {access}."
        ).format(access="; ".join(confirmed))
    return note


def disconnect_steps(receipt: Receipt) -> list[str]:
    """How to end the connection, as numbered steps."""
    translate = QCoreApplication.translate
    first = translate(
        "Receipt",
        "Open {program}, select “{name}” and click Disconnect. From a command prompt: "
        'zoho-wizard disconnect "{name}"',
    ).format(program=receipt.program, name=receipt.connection)
    if receipt.unattended:  # no refresh token: nothing to revoke at Zoho
        return [
            first,
            translate(
                "Receipt",
                "This deletes the keys from this computer; there is nothing to revoke at Zoho.",
            ),
            translate(
                "Receipt",
                "The Self Client itself stays in Zoho's API console until your firm's IT "
                "admin deletes it there (api-console.zoho.com).",
            ),
        ]
    return [
        first,
        translate(
            "Receipt", "This revokes the access at Zoho and deletes the keys from this computer."
        ),
        translate(
            "Receipt",
            "Zoho also lists the connection under Zoho Accounts → Sessions → Connected Apps, "
            "where it can be revoked too.",
        ),
    ]


def receipt_html(receipt: Receipt) -> str:
    """The receipt as simple HTML that QTextDocument renders reliably."""
    e = html.escape
    cell = 'style="padding: 5px 10px 5px 0; border-bottom: 1px solid #d9dee3;"'
    rows = "".join(
        f'<tr><td class="label" width="32%" {cell}>{e(label)}</td><td {cell}>{e(value)}</td></tr>'
        for label, value in receipt_rows(receipt)
    )
    item = 'style="margin-bottom: 3px;"'
    access = "".join(f"<li {item}>{e(line)}</li>" for line in describe_access(receipt.access))
    note = access_note(receipt)
    note_html = f'<p class="sub" style="margin-top: 6px;">{e(note)}</p>' if note else ""
    steps = "".join(f"<li {item}>{e(line)}</li>" for line in disconnect_steps(receipt))
    issued = _tr("Issued {when} by {program}").format(
        when=_moment(receipt.issued.isoformat(timespec="minutes")), program=receipt.program
    )
    signature = (
        f"<td>{e(_tr('Checked by:'))} ______________________</td>"
        f"<td>{e(_tr('Date:'))} ______________</td>"
    )
    footer = _tr(
        "This receipt contains no password, key or token. Keep it with the practice's "
        "records for this client."
    )
    heading = 'style="margin-top: 18px; margin-bottom: 6px;"'
    return (
        f"<html><head><style>{_STYLE.replace('FAMILY', css_family(text_family()))}</style>"
        "</head><body>"
        f'<h1 style="margin: 0 0 2px 0;">{e(receipt_title())}</h1>'
        f'<div class="sub">{e(issued)}</div>'
        f'<table width="100%" cellspacing="0" style="margin-top: 12px;">{rows}</table>'
        f"<h2 {heading}>{e(_tr('What this connection may see and do'))}</h2>"
        f"<ul>{access}</ul>{note_html}"
        f"<h2 {heading}>{e(_tr('How to disconnect'))}</h2><ol>{steps}</ol>"
        f'<table class="sign" width="100%" cellspacing="0" style="margin-top: 36px;">'
        f"<tr>{signature}</tr></table>"
        f'<p class="note" style="margin-top: 36px; border-top: 1px solid #d9dee3;">'
        f"{e(footer)}</p>"
        "</body></html>"
    )


def write_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    """Write the receipt as an A4 PDF (one page, unless it is very long); returns ``path``.

    Works without a window: when no Qt application exists yet (the command line), an
    offscreen one is made for the fonts.
    """
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_app.append(QGuiApplication([]))
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(receipt_title())
    writer.setCreator(receipt.program)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    # Laid out as on a 96 dpi screen (the style's pixel sizes mean what they say), then
    # painted scaled up to the page's resolution.
    scale = RESOLUTION / LAYOUT_DPI
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = area.width() / scale, area.height() / scale
    device = _layout_device()  # kept alive while the document is laid out and painted
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(width, height))
    document.setHtml(receipt_html(receipt))
    painter = QPainter(writer)  # (0, 0) is the top left inside the margins
    painter.scale(scale, scale)
    for page in range(document.pageCount()):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
    painter.end()
    del writer  # flushes the file
    return path


def _layout_device() -> QImage:
    """A stand-in paint device of exactly LAYOUT_DPI for the document's layout."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


_keep_app: list[QGuiApplication] = []
