"""Translations: the real catalogs, and a pseudo-locale that shows what is not translated.

Every user-visible string goes through Qt's translation system (``self.tr`` or
``QCoreApplication.translate``). ``scripts/update_translations.py`` extracts them into
``resources/translations/zoho_wizard.ts``; translators fill in copies named
``zoho_wizard_<locale>.ts``, compiled to ``.qm`` files that :func:`install_translations`
loads for the system's language.

The pseudo-locale (``ZOHO_WIZARD_PSEUDO_LOCALE=1``) lengthens and accents every string
that passes through Qt, so anything hard-coded stands out as plain English and anything
too tight to take a longer translation gets cut off where a test (and a person) sees it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

PSEUDO_VARIABLE = "ZOHO_WIZARD_PSEUDO_LOCALE"
CATALOG = "zoho_wizard"

_ACCENTS = str.maketrans(
    "aAcCeEgGiIkKlLnNoOrRsStTuUwWyYzZ",
    "åÅçÇéÉĝĜîÎķĶļĻñÑöÖŕŔšŠţŢûÛŵŴýÝžŽ",
)
# Left alone: markup, entities, Qt and Python placeholders, keyboard mnemonics, URLs.
_KEEP = re.compile(r"(<[^>]+>|&[#\w]+;|%\d+|%n|\{[^}]*\}|&(?=\w)|https?://\S+)")
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """The pseudo-translation of ``text``: accented, about 40% longer, bracketed."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    padding = "·" * max(2, round(len(text) * 0.4))
    return f"{PSEUDO_OPEN}{out} {padding}{PSEUDO_CLOSE}"


def is_pseudo(text: str) -> bool:
    """True when ``text`` came through the pseudo-translator (wholly or in part)."""
    return PSEUDO_OPEN in text


class PseudoTranslator(QTranslator):
    """Translates every string to its pseudo form."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Qt asks this for every ``tr()``."""
        return pseudo(source)

    def isEmpty(self) -> bool:
        """Never empty: it has a translation for everything."""
        return False


def core_text(text: str) -> str:
    """A fixed text from :mod:`zoho_wizard.core` (a data center's name, an access level,
    an error message...), translated at display time under the ``core`` context.

    ``scripts/update_translations.py`` puts core's fixed tables into that context.
    """
    return QCoreApplication.translate("core", text) if text else text


def describe_access(scopes: Iterable[str]) -> list[str]:
    """:func:`zoho_wizard.core.scopes.describe`, translated line by line.

    Core writes ``"Invoices: view and change"``; the module's name and the access words are
    each fixed texts of core's, so each is translated and put back together.
    """
    from zoho_wizard.core.scopes import describe

    lines = []
    for line in describe(scopes):
        translated = core_text(line)
        if translated == line and ": " in line:
            module, access = line.split(": ", 1)
            translated = QCoreApplication.translate("core", "{module}: {access}").format(
                module=core_text(module), access=core_text(access)
            )
        lines.append(translated)
    return lines


_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where the compiled ``.qm`` catalogs are (the package's assets, or the repo)."""
    here = Path(__file__).resolve()
    for candidate in (
        here.parent / "assets" / "translations",
        here.parents[2] / "resources" / "translations",
    ):
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "resources" / "translations"


def install_translations(app: QCoreApplication, *, pseudo_locale: bool | None = None) -> str:
    """Load the catalog for the system language (or the pseudo-locale).

    Returns the locale used, ``"pseudo"``, or ``""`` when the program stays in English.
    """
    if pseudo_locale is None:
        pseudo_locale = os.environ.get(PSEUDO_VARIABLE) == "1"
    if pseudo_locale:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        return "pseudo"
    translator = QTranslator(app)
    if translator.load(QLocale(), CATALOG, "_", str(translations_dir())):
        app.installTranslator(translator)
        _installed.append(translator)
        return QLocale().name()
    return ""


def remove_translations(app: QCoreApplication) -> None:
    """Uninstall what :func:`install_translations` installed (tests)."""
    while _installed:
        app.removeTranslator(_installed.pop())
