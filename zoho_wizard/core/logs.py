"""Logging to the user log folder, with every secret redacted where records are made.

Redaction happens when a record is created, in a log-record factory
(:func:`install_redaction`), so every handler sees the redacted record: the program's own
file, a script's own handler on the root logger, a library's. Each record's message is
formatted (arguments and traceback included) and anything that looks like a token, a
code, a secret or a verifier is replaced. Secrets known at run time (a typed client
secret, the tokens Zoho issued) are registered (:func:`register_secrets`) and removed
verbatim, percent-encoded (as in a URL or a form body) and base64-encoded (standard and
URL-safe, at any offset inside a longer base64 text) too. The factory is installed by
:func:`setup_logging` and by the first :func:`register_secrets`; the program's file
handler also keeps its own :class:`RedactingFilter`, for records made before.

The log folder is private (0700) and the log file too (0600, and so is each rotated
file): a log is not meant for other people on the computer even when redacted. On
Windows, modes are not ACLs: the per-user log folder (under ``%LOCALAPPDATA%``) is
private to the user by the folder's inherited ACL, which this module does not change.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

REDACTED = "«redacted»"
FOLDER_MODE = 0o700
FILE_MODE = 0o600

# Separators a key and its value may have: "=", ":" and their percent-encodings.
_SEP = r"(?:\s*[=:]\s*|%3[dDaA])"
_PATTERNS = (
    # Zoho codes and tokens: 1000.<hex>.<hex> (web clients) and 1004. (device clients).
    re.compile(r"\b100\d\.[0-9a-fA-F]{8,}\.[0-9a-fA-F]{8,}\b"),
    # key=value in URLs, form bodies and reprs (percent-encoded separators too).
    re.compile(
        r"(?i)((?:client_secret|refresh_token|access_token|code_verifier|code|token|state|"
        rf"password|secret)['\"]?{_SEP}['\"]?)([^&\s'\",}}]+)"
    ),
    # Authorization headers.
    re.compile(r"(?i)((?:Zoho-oauthtoken|Bearer|Basic)\s+)(\S+)"),
)
_PERCENT = re.compile(r"%[0-9A-F]{2}")


def _base64_runs(value: bytes) -> Iterator[str]:
    """The base64 characters that ``value`` alone decides, wherever it starts inside a
    longer base64 text (3 alignments), in the standard and the URL-safe alphabet."""
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + value).decode("ascii")
        start = -(-8 * shift // 6)  # the first character holding no prefix bit
        end = 8 * (shift + len(value)) // 6  # past the last character wholly inside
        run = encoded[start:end]
        yield run
        yield run.replace("+", "-").replace("/", "_")


def encoded_forms(value: str) -> set[str]:
    """The ways ``value`` can appear in a log line: as it is, percent-encoded (upper- and
    lower-case hex, ``+`` for spaces or not) and base64-encoded (standard or URL-safe,
    padded or not, at any offset)."""
    forms = {value}
    for encoded in (quote(value, safe=""), quote_plus(value)):
        forms.add(encoded)
        forms.add(_PERCENT.sub(lambda m: m.group(0).lower(), encoded))
    raw = value.encode("utf-8")
    whole = base64.b64encode(raw).decode("ascii")
    forms |= {whole, whole.rstrip("=")}
    forms |= {base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")}
    forms |= {run for run in _base64_runs(raw) if len(run) >= 8}
    return forms


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with secrets replaced by :data:`REDACTED`."""

    def __init__(self) -> None:
        super().__init__()
        self._known: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, value: str) -> None:
        """Always redact this exact value and its encoded forms (ignored when too short
        to be a secret)."""
        if len(value) >= 6:
            forms = encoded_forms(value)
            with self._lock:
                self._known |= forms

    def redact(self, text: str) -> str:
        """``text`` with every known or recognisable secret replaced."""
        with self._lock:
            known = sorted(self._known, key=len, reverse=True)
        for value in known:
            text = text.replace(value, REDACTED)
        text = _PATTERNS[0].sub(REDACTED, text)
        text = _PATTERNS[1].sub(lambda m: m.group(1) + REDACTED, text)
        return _PATTERNS[2].sub(lambda m: m.group(1) + REDACTED, text)

    def redact_record(self, record: logging.LogRecord) -> None:
        """Redact the fully formatted message (args included), any traceback (folded into
        the message) and any stack."""
        if getattr(record, "_zoho_wizard_redacted", False):
            return
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: logging reports it later, unredacted
            message = f"{record.msg!s} {record.args!r}"
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        record.msg = self.redact(message)
        record.args = None
        record._zoho_wizard_redacted = True

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record (see :meth:`redact_record`); never drops it."""
        self.redact_record(record)
        return True


REDACTOR = RedactingFilter()

_factory_lock = threading.Lock()
_installed: Callable[..., logging.LogRecord] | None = None


def install_redaction() -> None:
    """Redact every log record when it is made, for every handler (idempotent; keeps any
    record factory installed before ours)."""
    global _installed
    with _factory_lock:
        current = logging.getLogRecordFactory()
        if current is _installed:
            return
        previous = current

        def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            REDACTOR.redact_record(record)
            return record

        _installed = redacting_factory
        logging.setLogRecordFactory(redacting_factory)


def register_secrets(*values: str | None) -> None:
    """Have these exact values (and their encoded forms) redacted from every log record
    from now on."""
    install_redaction()
    for value in values:
        if value:
            REDACTOR.add_secret(value)


def _make_private(path: Path, mode: int) -> None:
    """Set ``path``'s mode when it is ours (POSIX; a no-op for Windows' ACLs)."""
    try:
        if os.name == "posix" and path.stat().st_uid == os.getuid():
            os.chmod(path, mode)
    except OSError:
        pass  # a file we cannot change is reported by opening it


class RotatingFileHandler(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation, without its module, safe for
    several processes sharing one file, with every file created private (0600).

    Importing ``logging.handlers`` also loads ``socket``, ``pickle`` and ``queue`` (about
    6 ms, before the window can open); this is the part of it the program uses. When a
    line would take the file to ``max_bytes``, ``name.log`` becomes ``name.log.1``, that
    one ``name.log.2`` and so on; ``backup_count`` old files are kept.

    The wizard and any number of scripts write the same file. The standard handler fails
    there on Windows: renaming a file another process holds open gives WinError 32, and
    every later line then prints a traceback to the script's stderr. Here:

    * rotation happens under a file lock (``name.log.lock``), and only when the file is
      still too big once the lock is held (another process may have just rotated it);
    * a handler whose file was rotated by another process notices (the path names
      another file now) and reopens, instead of writing on into ``name.log.1``;
    * on Windows the file is open only while a line is written (``keep_open`` False), so
      another process's rename can succeed; a rename that fails anyway (an antivirus
      scanner, an older version holding the file) leaves the lines in the current file
      and is tried again after another tenth of ``max_bytes``;
    * a line that cannot be written is counted in ``failures``, never printed: the
      program's and the scripts' own output stays theirs (:meth:`handleError`).

    ``concurrent-log-handler`` does the same with portalocker and pywin32; this keeps the
    dependency list and start-up time as they are. Only a real Windows machine can confirm
    the sharing behaviour (the tests simulate the failing rename).
    """

    def __init__(
        self, path: Path, *, max_bytes: int, backup_count: int, keep_open: bool | None = None
    ) -> None:
        super().__init__(path, mode="a", encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self.keep_open = os.name != "nt" if keep_open is None else keep_open
        self.failures = 0
        self._retry_from = 0  # the size below which a failed rotation is not tried again
        self.stream = self._open()  # made now (private), as logging's handler does
        if not self.keep_open:
            self._close_stream()

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record``, first rotating the files when it would not fit."""
        try:
            line = f"{self.format(record)}{self.terminator}"
            self._reopen_if_moved()
            if self._should_rotate(len(line.encode("utf-8"))):
                self._rotate_shared(len(line.encode("utf-8")))
            if self.stream is None:
                self.stream = self._open()
            self.stream.write(line)
            self.stream.flush()
            if not self.keep_open:
                self._close_stream()
        except Exception:  # as logging does: a failing log line never breaks the program
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Count the line that could not be written; print nothing (logging's default
        prints a traceback to stderr, which is a script's output)."""
        self.failures += 1
        self._close_stream()

    def _close_stream(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()

    def _size(self) -> int:
        try:
            return os.stat(self.baseFilename).st_size
        except OSError:
            return 0

    def _reopen_if_moved(self) -> None:
        if self.stream is None:
            return
        try:
            moved = os.stat(self.baseFilename).st_ino != os.fstat(self.stream.fileno()).st_ino
        except OSError:
            moved = True
        if moved:
            self._close_stream()

    def _should_rotate(self, length: int) -> bool:
        path = self.baseFilename
        if os.path.exists(path) and not os.path.isfile(path):  # a device or pipe: never
            return False
        size = self._size()
        return size + length >= self.max_bytes and size >= self._retry_from

    def _rotate_shared(self, length: int) -> None:
        import filelock

        lock = filelock.FileLock(f"{self.baseFilename}.lock", timeout=5, mode=FILE_MODE)
        try:
            with lock:
                if self._size() + length >= self.max_bytes:  # not rotated meanwhile
                    self._rotate()
        except filelock.Timeout:
            pass  # another process is rotating: this line goes to the file as it is
        self._reopen_if_moved()

    def _rotate(self) -> None:
        self._close_stream()
        size = self._size()
        try:
            for index in range(self.backup_count - 1, 0, -1):
                older = f"{self.baseFilename}.{index}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{index + 1}")
            if os.path.exists(self.baseFilename):
                os.replace(self.baseFilename, f"{self.baseFilename}.1")
        except OSError:  # WinError 32: another process has it open; later, then
            self._retry_from = size + max(self.max_bytes // 10, 1)
        else:
            self._retry_from = 0
        self.stream = self._open()

    def _open(self) -> Any:
        def private(path: str, flags: int) -> int:
            return os.open(path, flags, FILE_MODE)

        stream = open(  # noqa: SIM115 - the handler owns and closes it
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=private
        )
        _make_private(Path(self.baseFilename), FILE_MODE)
        return stream


def setup_logging(folder: Path, *, debug: bool = False) -> Path:
    """Send logs to ``folder/zoho-wizard.log`` (rotated), redacted, in a private folder
    (0700) and file (0600). Returns the file path."""
    install_redaction()
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _make_private(folder, FOLDER_MODE)
    path = folder / "zoho-wizard.log"
    for old in folder.glob("zoho-wizard.log*"):  # files an older version left 0644
        _make_private(old, FILE_MODE)
    handler = RotatingFileHandler(path, max_bytes=1_000_000, backup_count=3)
    handler.addFilter(REDACTOR)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old_handler in [h for h in root.handlers if getattr(h, "_zoho_wizard", False)]:
        root.removeHandler(old_handler)
        old_handler.close()
    handler._zoho_wizard = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path
