"""The unlock dialog before the window, and the Encryption card in Settings (real widgets,
real SQLCipher files, the real app started as a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.context import open_context
from app.encryption.service import change_key
from app.paths import resolve
from app.storage import cipher
from tests.passphrase_fixture import no_passphrase  # noqa: F401 (autouse)
from ui.encryption.settings_card import EncryptionCard
from ui.encryption.unlock_dialog import UnlockDialog
from ui.qt import QLineEdit, Qt

NOTE = "the lantern in the orchard"


@pytest.fixture
def encrypted(data_dir):
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=1, energy=1, note=NOTE)
    db = data_dir / "stillpoint.db"
    change_key(db, data_dir / "backups", None, "open sesame", reason="before-encrypt")
    cipher.forget()
    return db


def test_wrong_then_right_passphrase(qtbot, encrypted):
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.status.isHidden()
    qtbot.keyClicks(dialog.passphrase, "open says me")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.status.isVisible() and dialog.status.is_error()
    assert "does not open" in dialog.status.text() and dialog.isVisible()
    assert not cipher.has_passphrase() and dialog.result() == 0
    dialog.passphrase.clear()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "empty" in dialog.status.text()
    qtbot.keyClicks(dialog.passphrase, "open sesame")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == 1 and cipher.has_passphrase()
    assert dialog.passphrase.text() == ""  # not kept in the widget
    with open_context(str(encrypted.parent)) as ctx:
        assert [c.note for c in ctx.mood.list_checkins()] == [NOTE]


def test_cancel_quits_cleanly(qtbot, encrypted):
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and not cipher.has_passphrase()


def test_window_starts_with_the_passphrase_from_the_environment(encrypted):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STILLPOINT_PASSPHRASE="open sesame")
    started = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(encrypted.parent),
         "--quit-after-startup"], capture_output=True, text=True, timeout=120, env=env)
    assert started.returncode == 0, started.stderr
    env["STILLPOINT_PASSPHRASE"] = "nope"
    refused = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(encrypted.parent),
         "--quit-after-startup"], capture_output=True, text=True, timeout=120, env=env)
    assert refused.returncode == 2 and "wrong passphrase" in refused.stderr
    assert "Traceback" not in refused.stderr


def _note_in_folder(data_dir) -> bool:
    return any(NOTE.encode() in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_settings_card_encrypts_rekeys_and_decrypts(qtbot, data_dir):
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=1, energy=1, note=NOTE)
    card = EncryptionCard(resolve(str(data_dir)))
    qtbot.addWidget(card)
    card.show()
    assert card.encrypt_button.isVisible() and not card.decrypt_button.isVisible()
    qtbot.keyClicks(card.new, "first")
    qtbot.keyClicks(card.again, "firts")
    qtbot.mouseClick(card.encrypt_button, Qt.MouseButton.LeftButton)
    assert card.status.is_error() and "differ" in card.status.text()
    assert not card.encrypted and _note_in_folder(data_dir)
    card.again.clear()
    qtbot.keyClicks(card.again, "first")
    qtbot.mouseClick(card.encrypt_button, Qt.MouseButton.LeftButton)
    assert not card.status.is_error(), card.status.text()
    assert card.encrypted and not _note_in_folder(data_dir)
    assert card.rekey_button.isVisible() and card.current.isVisible()
    qtbot.keyClicks(card.current, "wrong")
    qtbot.keyClicks(card.new, "second")
    qtbot.keyClicks(card.again, "second")
    qtbot.mouseClick(card.rekey_button, Qt.MouseButton.LeftButton)
    assert card.status.is_error() and "wrong passphrase" in card.status.text().lower()
    card.current.clear()
    qtbot.keyClicks(card.current, "first")
    qtbot.mouseClick(card.rekey_button, Qt.MouseButton.LeftButton)
    assert not card.status.is_error(), card.status.text()
    assert cipher.integrity_ok(data_dir / "stillpoint.db", "second")
    qtbot.keyClicks(card.current, "second")
    qtbot.mouseClick(card.decrypt_button, Qt.MouseButton.LeftButton)
    assert not card.encrypted and card.encrypt_button.isVisible()
    with open_context(str(data_dir)) as ctx:
        assert [c.note for c in ctx.mood.list_checkins()] == [NOTE]


def _start(qtbot, monkeypatch, data_dir, type_in: str | None):
    """ui.application.run in this process; the dialog is answered once it is up."""
    import argparse

    from ui import application
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QTimer

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() sets its own
    monkeypatch.setattr("app.logs.setup_file_logging", lambda *_a: None)
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(50, answer)
            return
        seen["windows_before"] = [w for w in QApplication.topLevelWidgets()
                                  if isinstance(w, MainWindow)]
        seen["sheet"] = QApplication.instance().styleSheet()
        if type_in is None:
            dialog.cancel_button.click()
        else:
            dialog.passphrase.setText(type_in)
            dialog.unlock_button.click()

    QApplication.instance().setStyleSheet("")  # what an earlier test left is not the app's look
    QTimer.singleShot(50, answer)
    args = argparse.Namespace(data_dir=str(data_dir), database_url=None, hidden=False,
                              quit_after_startup=True, self_test=False)
    seen["code"] = application.run(args)
    for window in QApplication.topLevelWidgets():  # the next test starts from nothing
        if isinstance(window, MainWindow):
            window.persist_geometry = False
            window.hide()
            window.deleteLater()
    qtbot.wait(50)
    return seen


def test_app_asks_before_the_main_window(qtbot, monkeypatch, encrypted):
    seen = _start(qtbot, monkeypatch, encrypted.parent, "open sesame")
    assert seen["code"] == 0 and seen["windows_before"] == []
    assert cipher.has_passphrase()


def test_cancel_on_start_quits_without_a_window(qtbot, monkeypatch, encrypted):
    seen = _start(qtbot, monkeypatch, encrypted.parent, None)
    assert "windows_before" in seen, seen
    assert seen["code"] == 0 and seen["windows_before"] == [] and not cipher.has_passphrase()
    assert "QPushButton" in str(seen["sheet"])  # the dialog already wears the app's theme
