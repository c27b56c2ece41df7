"""Errors that carry a message meant for the person using Stillpoint."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; nothing was changed.

    ``message`` is for a person and fits the window and the terminal alike (no command
    syntax in it). ``hint`` is optional and only the CLI prints it, for example which
    command lists the accepted values.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def sentence(self) -> str:
        """The message as a sentence for the window: capital first letter, one full stop."""
        text = self.message.strip()
        if not text:
            return "Something could not be done."
        text = text[0].upper() + text[1:]
        return text if text[-1] in ".!?" else text + "."

    def cli_line(self) -> str:
        """The one line the CLI prints on stderr."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class StorageError(UserError):
    """The database cannot be opened or used as it is; nothing was changed."""
