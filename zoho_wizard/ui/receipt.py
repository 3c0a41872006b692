"""Lays out the connection receipt (:mod:`zoho_wizard.core.receipt`) as a one-page PDF."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from zoho_wizard.core.receipt import Receipt

_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', sans-serif; color: #1d2733; }
h1 { font-size: 20pt; margin: 0 0 2pt 0; }
.sub { color: #5b6773; font-size: 9.5pt; margin-bottom: 14pt; }
table.facts { border-collapse: collapse; width: 100%; margin-bottom: 14pt; }
table.facts td { padding: 5pt 8pt; border-bottom: 1px solid #d9dee3; font-size: 10.5pt;
                 vertical-align: top; }
td.label { color: #5b6773; width: 32%; }
h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }
li { font-size: 10.5pt; margin-bottom: 2pt; }
.note { color: #5b6773; font-size: 9pt; margin-top: 16pt; border-top: 1px solid #d9dee3;
        padding-top: 6pt; }
.sign td { padding-top: 26pt; font-size: 9.5pt; color: #5b6773; }
"""


def receipt_html(receipt: Receipt) -> str:
    """The receipt as simple HTML that QTextDocument renders reliably."""
    rows = "".join(
        f'<tr><td class="label" width="32%">{html.escape(label)}</td>'
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in receipt.rows
    )
    access = "".join(f"<li>{html.escape(line)}</li>" for line in receipt.access)
    note = f'<p class="sub">{html.escape(receipt.access_note)}</p>' if receipt.access_note else ""
    steps = "".join(f"<li>{html.escape(line)}</li>" for line in receipt.disconnect)
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(receipt.title)}</h1>"
        f'<div class="sub">Issued {html.escape(receipt.issued)} by Zoho Wizard</div>'
        '<table class="facts" width="100%" cellpadding="5" cellspacing="0">'
        f"{rows}</table>"
        f"<h2>What this connection may see and do</h2><ul>{access}</ul>{note}"
        f"<h2>How to disconnect</h2><ol>{steps}</ol>"
        "<p>&nbsp;</p>"
        '<table class="sign" width="100%" cellpadding="0" cellspacing="0"><tr>'
        "<td>Checked by: ______________________</td><td>Date: ______________</td>"
        "</tr></table>"
        "<p>&nbsp;</p>"
        '<div class="note">This receipt contains no password, key or token. Keep it with the '
        "practice's records for this client.</div>"
        "</body></html>"
    )


def write_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    """Write the receipt as a one-page A4 PDF; returns ``path``.

    Works without a window: when no Qt application exists yet (the command line), an
    offscreen one is made for the fonts.
    """
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_app.append(QGuiApplication([]))
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(receipt.title)
    writer.setCreator("Zoho Wizard")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(receipt_html(receipt))
    document.print_(writer)
    del writer  # flushes the file
    return path


_keep_app: list[QGuiApplication] = []
