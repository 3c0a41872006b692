"""One log file shared by the wizard and scripts: rotation that never loses a line, never
prints to a script's stderr, and survives a rename Windows refuses (WinError 32: another
process has the file open, simulated here by a failing ``os.replace``).

What only a real Windows machine can confirm: that with the file open only while a line
is written, other processes' renames succeed on NTFS.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from zoho_wizard.core.logs import RotatingFileHandler

ROOT = Path(__file__).resolve().parents[2]


def _record(text: str) -> logging.LogRecord:
    return logging.LogRecord("t", logging.INFO, __file__, 1, text, None, None)


def _handler(path: Path, *, keep_open: bool, max_bytes: int = 100) -> RotatingFileHandler:
    handler = RotatingFileHandler(path, max_bytes=max_bytes, backup_count=20, keep_open=keep_open)
    handler.setFormatter(logging.Formatter("%(message)s"))
    return handler


def _all_lines(folder: Path) -> list[str]:
    return sorted(
        line
        for file in folder.glob("zoho-wizard.log*")
        if not file.name.endswith(".lock")
        for line in file.read_text(encoding="utf-8").splitlines()
    )


def _refusing_replace(real: Callable[..., None]) -> Callable[..., None]:
    def replace(src: object, dst: object, **kwargs: object) -> None:
        if str(src).endswith(".log"):  # the open log file, as Windows refuses it
            raise PermissionError(
                13, "The process cannot access the file because it is being used by another process"
            )
        real(src, dst, **kwargs)

    return replace


@pytest.mark.fault
@pytest.mark.parametrize("keep_open", [True, False])
def test_a_refused_rename_keeps_every_line_prints_nothing_and_is_tried_again_later(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    keep_open: bool,
) -> None:
    path = tmp_path / "zoho-wizard.log"
    handler = _handler(path, keep_open=keep_open)
    monkeypatch.setattr(os, "replace", _refusing_replace(os.replace))
    try:
        lines = [f"{n:02d}" * 19 for n in range(6)]  # 39 bytes a line: two fit in 100
        for line in lines:
            handler.handle(_record(line))
        assert not (tmp_path / "zoho-wizard.log.1").exists()  # refused: still one file
        assert path.read_text(encoding="utf-8").splitlines() == lines
        assert handler.failures == 0
        monkeypatch.undo()  # the other process let go of the file
        handler.handle(_record("after"))
    finally:
        handler.close()
    assert (tmp_path / "zoho-wizard.log.1").read_text(encoding="utf-8").splitlines() == lines
    assert path.read_text(encoding="utf-8") == "after\n"
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


@pytest.mark.fault
def test_a_line_that_cannot_be_written_is_counted_never_printed(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "zoho-wizard.log"
    handler = _handler(path, keep_open=False)
    path.unlink()
    path.mkdir()  # something that cannot be opened as the log file
    try:
        handler.handle(_record("lost"))
        handler.handle(_record("lost too"))
    finally:
        handler.close()
    assert handler.failures == 2
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize("keep_open", [True, False])
def test_two_writers_of_one_file_rotate_once_and_lose_nothing(
    tmp_path: Path, keep_open: bool
) -> None:
    path = tmp_path / "zoho-wizard.log"
    wizard, script = _handler(path, keep_open=keep_open), _handler(path, keep_open=keep_open)
    written = []
    try:
        for n in range(10):
            for name, handler in (("w", wizard), ("s", script)):
                line = f"{name}{n:02d}" + "." * 30
                handler.handle(_record(line))
                written.append(line)
    finally:
        wizard.close()
        script.close()
    assert _all_lines(tmp_path) == sorted(written)
    # Each file holds what fits (two lines), none was written on after it was rotated.
    for file in tmp_path.glob("zoho-wizard.log*"):
        if not file.name.endswith(".lock"):
            assert file.stat().st_size < 100, file.name


_WRITER = """
import logging, sys
from pathlib import Path
from zoho_wizard.core.logs import RotatingFileHandler
handler = RotatingFileHandler(Path(sys.argv[1]), max_bytes=2000, backup_count=400)
handler.setFormatter(logging.Formatter("%(message)s"))
for n in range(300):
    line = f"{sys.argv[2]}-{n:03d}" + "." * 30
    handler.handle(logging.LogRecord("t", 20, "", 1, line, None, None))
handler.close()
print(handler.failures)
"""


def test_processes_sharing_the_file_lose_no_line(tmp_path: Path) -> None:
    path = tmp_path / "zoho-wizard.log"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), name],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b", "c")
    ]
    results = [writer.communicate(timeout=120) for writer in writers]
    assert results == [("0\n", "")] * 3
    lines = _all_lines(tmp_path)
    assert len(lines) == 900
    assert len(set(lines)) == 900
