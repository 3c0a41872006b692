"""A Books list as one CSV table a spreadsheet opens as it is.

- **Columns**: every field of every row, in the order first seen (the first row's order,
  then fields only later rows have), so no row's data is lost when rows differ.
- **Nested fields**: an object becomes one column per field, named ``parent.child``
  (``billing_address.city``); a list of plain values becomes one cell joined with ``; ``
  (``tags``); a list of objects (``custom_fields``) stays one cell of JSON, because one
  column per element would give every row different columns.
- **Values**: numbers as Books sent them (a ``.`` decimal point); true/false as ``TRUE`` and
  ``FALSE``, which Excel and LibreOffice read as logical values; nothing as an empty cell.
- **Formulas**: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return gets a leading ``'`` so a spreadsheet opened by double-click shows it instead of
  running it (a customer named ``=HYPERLINK(…)``); phone-like text (``+1 555 0100``) and
  numbers written as text (``-12.50``) are left alone.
- **Encoding**: UTF-8 with a byte-order mark (Excel otherwise reads ``Müller`` in the
  computer's code page) and CRLF line ends, as RFC 4180 and Excel expect.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = frozenset("0123456789 +-().")
_MAX_DEPTH = 4  # deeper objects stay JSON in one cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, str):
        return _guarded(value)
    if isinstance(value, list) and all(not isinstance(item, Mapping | list) for item in value):
        return _guarded("; ".join(_cell(item) for item in value))
    return _guarded(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _guarded(text: str) -> str:
    """``text``, with a leading ``'`` when a spreadsheet would run it as a formula."""
    if not text.startswith(_FORMULA_STARTS):
        return text
    if set(text) <= _PHONE_LIKE and any(c.isdigit() for c in text):
        return text  # a phone number or a signed number: nothing to run
    return "'" + text


def flatten(row: Mapping[str, Any], prefix: str = "", depth: int = 0) -> dict[str, str]:
    """One row as ``{column: cell text}`` (see the module docstring for the rules)."""
    out: dict[str, str] = {}
    for name, value in row.items():
        column = f"{prefix}{name}"
        if isinstance(value, Mapping) and value and depth < _MAX_DEPTH:
            out.update(flatten(value, f"{column}.", depth + 1))
        else:
            out[column] = _cell(value)
    return out


def csv_bytes(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """The rows as CSV: UTF-8 with a byte-order mark, a header row, CRLF line ends.

    No rows give a file with the byte-order mark alone (a spreadsheet opens it empty).
    """
    flat = [flatten(row) for row in rows]
    columns: dict[str, None] = {}
    for row in flat:
        for column in row:
            columns.setdefault(column, None)
    out = io.StringIO()
    out.write(BOM)
    if columns:
        writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(flat)
    return out.getvalue().encode("utf-8")
