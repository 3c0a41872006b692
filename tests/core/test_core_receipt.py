"""Where the connection receipt is suggested (the CLI and the start page share it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zoho_wizard.core.receipt import default_receipt_path


def test_the_receipt_is_suggested_in_documents_under_a_safe_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path))
    assert default_receipt_path("Acme Ltd") == tmp_path / "Zoho connection receipt - Acme Ltd.pdf"
    assert default_receipt_path("A/B: C?").name == "Zoho connection receipt - A_B_ C_.pdf"
    assert default_receipt_path("///").name == "Zoho connection receipt - ___.pdf"
    assert default_receipt_path("  ").name == "Zoho connection receipt - connection.pdf"
