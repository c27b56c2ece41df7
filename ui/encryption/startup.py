"""The start-up check for an encrypted database: light, the dialog loads only when needed."""

from __future__ import annotations

import os

from app.storage import cipher


def unlock_if_needed(data_dir: str | None, database_url: str | None, make_app=None) -> bool:
    """True when the data may be opened: plain, already unlocked, a passphrase in
    STILLPOINT_PASSPHRASE (checked when the data opens), or the dialog accepted."""
    from app import paths
    from app.storage.database import sqlite_path

    path = sqlite_path(paths.resolve(data_dir, database_url).database_url)
    if path is None or not cipher.looks_encrypted(path) or cipher.has_passphrase():
        return True
    if os.environ.get(cipher.ENV_PASSPHRASE) is not None:
        return True
    if make_app is not None:
        make_app()  # the QApplication the dialog needs
    from ui import theme
    from ui.qt import QApplication

    # The app's own look from the first dialog on; the chosen theme is a setting inside the
    # locked file, so the system's light or dark preference decides here.
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply(app, theme.tokens_for("system"))
    from ui.encryption.unlock_dialog import UnlockDialog

    return bool(UnlockDialog(path).exec())
