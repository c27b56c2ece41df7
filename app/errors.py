"""Errors that carry a message meant for the person using Stillpoint."""

from __future__ import annotations

from collections.abc import Callable

from app.i18n import N_


class UserError(Exception):
    """Something the user can fix; nothing was changed.

    ``message`` is for a person and fits the window and the terminal alike (no command
    syntax in it). ``hint`` is optional and only the CLI prints it, for example which
    command lists the accepted values.

    A message marked with N_ may leave its values as {fields} given as keywords, so the
    window can translate the words before they are filled in (see app/i18n.py).
    """

    def __init__(self, message: str, *, hint: str | None = None, **values: object) -> None:
        filled = message.format(**values) if values else message
        super().__init__(filled)
        self.message = filled
        self.template = message
        self.values = values
        self.hint = hint

    def sentence(self, translate: Callable[[str], str] | None = None) -> str:
        """The message as a sentence for the window: capital first letter, one full stop.

        translate: the window's translation of a marked message (ui/i18n.py app_text)."""
        text = self.message.strip()
        if translate is not None and text:
            words = translate(self.template)
            try:
                text = (words.format(**self.values) if self.values else words).strip()
            except (KeyError, IndexError, ValueError):  # a translation that lost a {field}
                text = self.message.strip()
        if not text:
            fallback = N_("Something could not be done.")
            return translate(fallback) if translate else fallback
        text = text[0].upper() + text[1:]
        return text if text[-1] in ".!?" else text + "."

    def cli_line(self) -> str:
        """The one line the CLI prints on stderr."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class StorageError(UserError):
    """The database cannot be opened or used as it is; nothing was changed."""
