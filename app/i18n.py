"""The marker for messages a person reads, so the window can show them in their language.

app/ stays free of Qt: ``N_`` returns its text unchanged, and pyside6-lupdate (run by
packaging/translations.py with ``-tr-function-alias QT_TR_NOOP+=N_``) collects the marked
literals. ui/ translates a message where it shows it (ui/i18n.py ``app_text``), before
filling in its values: ``UserError(N_("keep it under {limit}"), limit=...)``, or a
``Text`` for sentences built from pieces. The CLI speaks English and prints them as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def N_(text: str) -> str:
    return text


@dataclass(frozen=True)
class Weekday:
    """A day shown by its weekday name: English here, the reader's language in the window."""

    day: dt.date

    def __str__(self) -> str:
        return f"{self.day:%A}"


@dataclass(frozen=True)
class Text:
    """A marked template and its values, kept apart until shown. A value may be a Text
    itself (a marked word such as "twice"), rendered with the same translation."""

    template: str
    values: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = N_,
               value: Callable[[Any], str] = str) -> str:
        filled = {key: item.render(translate, value) if isinstance(item, Text) else value(item)
                  for key, item in self.values.items()}
        words = translate(self.template)
        try:
            return words.format(**filled) if filled else words
        except (KeyError, IndexError, ValueError):  # a translation that lost a {field}
            return self.template.format(**filled) if filled else self.template

    def __str__(self) -> str:
        return self.render()
