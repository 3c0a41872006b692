"""Logging to the user log folder, with every secret redacted at the boundary.

The filter sits on the handler, so it sees every record from every library (requests,
urllib3...) after formatting, and replaces anything that looks like a token, a code, a
secret or a verifier. Secrets known at run time (a typed client secret) can be
registered so they are removed verbatim too.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

REDACTED = "«redacted»"

_PATTERNS = (
    # Zoho codes and tokens: 1000.<hex>.<hex> (web clients) and 1004. (device clients).
    re.compile(r"\b100\d\.[0-9a-fA-F]{8,}\.[0-9a-fA-F]{8,}\b"),
    # key=value in URLs, form bodies and reprs.
    re.compile(
        r"(?i)((?:client_secret|refresh_token|access_token|code_verifier|code|token|state|"
        r"password|secret)['\"]?\s*[=:]\s*['\"]?)([^&\s'\",}]+)"
    ),
    # Authorization headers.
    re.compile(r"(?i)((?:Zoho-oauthtoken|Bearer|Basic)\s+)(\S+)"),
)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with secrets replaced by :data:`REDACTED`."""

    def __init__(self) -> None:
        super().__init__()
        self._known: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, value: str) -> None:
        """Always redact this exact value (ignored when too short to be a secret)."""
        if len(value) >= 6:
            with self._lock:
                self._known.add(value)

    def redact(self, text: str) -> str:
        """``text`` with every known or recognisable secret replaced."""
        with self._lock:
            known = sorted(self._known, key=len, reverse=True)
        for value in known:
            text = text.replace(value, REDACTED)
        text = _PATTERNS[0].sub(REDACTED, text)
        text = _PATTERNS[1].sub(lambda m: m.group(1) + REDACTED, text)
        return _PATTERNS[2].sub(lambda m: m.group(1) + REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the fully formatted message (args included) and any traceback."""
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg = self.redact(message)
        record.args = None
        return True


REDACTOR = RedactingFilter()


def register_secrets(*values: str | None) -> None:
    """Have these exact values redacted from every log line from now on."""
    for value in values:
        if value:
            REDACTOR.add_secret(value)


class RotatingFileHandler(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation, without its module.

    Importing ``logging.handlers`` also loads ``socket``, ``pickle`` and ``queue`` (about
    6 ms, before the window can open); this is the part of it the program uses. When a
    line would take the file to ``max_bytes``, ``name.log`` becomes ``name.log.1``, that
    one ``name.log.2`` and so on; ``backup_count`` old files are kept.
    """

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record``, first rotating the files when it would not fit."""
        try:
            if self._should_rotate(record):
                self._rotate()
            super().emit(record)
        except Exception:  # as logging does: a failing log line never breaks the program
            self.handleError(record)

    def _should_rotate(self, record: logging.LogRecord) -> bool:
        if self.stream is None:  # closed by an earlier rotation that failed half-way
            self.stream = self._open()
        path = self.baseFilename
        if os.path.exists(path) and not os.path.isfile(path):  # a device or pipe: never
            return False
        line = f"{self.format(record)}{self.terminator}"
        self.stream.seek(0, os.SEEK_END)
        return bool(self.stream.tell() + len(line) >= self.max_bytes)

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        for index in range(self.backup_count - 1, 0, -1):
            older = f"{self.baseFilename}.{index}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{index + 1}")
        if os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup_logging(folder: Path, *, debug: bool = False) -> Path:
    """Send logs to ``folder/zoho-wizard.log`` (rotated), redacted. Returns the file path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "zoho-wizard.log"
    handler = RotatingFileHandler(path, max_bytes=1_000_000, backup_count=3)
    handler.addFilter(REDACTOR)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_zoho_wizard", False)]:
        root.removeHandler(old)
        old.close()
    handler._zoho_wizard = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path
