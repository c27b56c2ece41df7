"""The marker for messages a person reads, so the window can show them in their language.

app/ stays free of Qt: ``N_`` returns its text unchanged, and pyside6-lupdate (run by
packaging/translations.py with ``-tr-function-alias QT_TR_NOOP+=N_``) collects the marked
literals. ui/ translates a message where it shows it (ui/i18n.py ``app_text``), before
filling in its values: ``UserError(N_("keep it under {limit}"), limit=...)``. The CLI
speaks English and prints the message as it is.
"""

from __future__ import annotations


def N_(text: str) -> str:
    return text
