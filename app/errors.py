"""Errors that carry a message meant for the person using Stillpoint."""


class UserError(Exception):
    """Something the user can fix; the message is shown as-is (CLI: one line, exit 2)."""


class StorageError(UserError):
    """The database cannot be opened or used as it is; nothing was changed."""
