"""Protecting an export with a passphrase, and unlocking one to import, on the Settings
page's "Your data" card."""

from __future__ import annotations

import json

from app.context import open_context
from app.exchange.crypto import MAGIC, decrypt_bytes
from app.mood.types import CheckinDraft
from ui.qt import Qt


def _panel(window):
    return window.show_page("settings").data_panel


def _count(ctx):
    return ctx.db.rows("SELECT COUNT(*) AS n FROM mood_checkin")[0]["n"]


def test_protect_with_a_passphrase_typed_twice(window, ctx, qtbot, tmp_path, monkeypatch):
    ctx.mood.add_checkin(CheckinDraft(pleasantness=2, energy=1, note="only mine"))
    panel = _panel(window)
    box = panel.protect
    assert box.plain_note.isVisible() and not box.first.isVisible()
    out = tmp_path / "sealed.json"
    monkeypatch.setattr(panel, "ask_save_path", lambda fmt: str(out))
    qtbot.keyClick(box.check, Qt.Key.Key_Space)
    assert box.check.isChecked()
    assert box.first.isVisible() and box.second.isVisible()
    assert not box.plain_note.isVisible() and box.protected_note.isVisible()
    qtbot.keyClicks(box.first, "harbour light")
    qtbot.keyClicks(box.second, "harbour lite")
    qtbot.mouseClick(panel.export_json, Qt.MouseButton.LeftButton)
    assert panel.status.is_error() and "differ" in panel.status.text()
    assert not panel.busy() and not out.exists()
    box.second.clear()
    qtbot.keyClicks(box.second, "harbour light")
    qtbot.mouseClick(panel.export_json, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30000)
    assert not panel.status.is_error(), panel.status.text()
    assert "protected" in panel.status.text()
    data = out.read_bytes()
    assert data.startswith(MAGIC) and b"only mine" not in data
    document = json.loads(decrypt_bytes(data, "harbour light"))
    assert document["tables"]["mood_checkin"][0]["note"] == "only mine"


def test_importing_a_protected_file_asks_in_place(window, ctx, qtbot, tmp_path, monkeypatch):
    from app.exchange.crypto import KdfCost, Seal

    source = tmp_path / "sealed.json"
    with open_context(str(tmp_path / "elsewhere")) as other:
        other.mood.add_checkin(CheckinDraft(pleasantness=-1, energy=2, note="from afar"))
        other.exchange.export(source, seal=Seal("north star", KdfCost(log_n=14)))
    panel = _panel(window)
    before = _count(ctx)
    monkeypatch.setattr(panel, "ask_open_path", lambda: str(source))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.unlock.isVisible() and not panel.busy()
    assert "passphrase" in panel.status.text()
    qtbot.keyClicks(panel.unlock.field, "south star")
    qtbot.mouseClick(panel.unlock.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30000)
    assert panel.status.is_error() and "passphrase is wrong" in panel.status.text()
    assert panel.unlock.isVisible()
    assert _count(ctx) == before
    panel.unlock.field.clear()
    qtbot.keyClicks(panel.unlock.field, "north star")
    qtbot.keyClick(panel.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30000)
    assert not panel.status.is_error(), panel.status.text()
    assert "1 added" in panel.status.text()
    assert not panel.unlock.isVisible()
    assert _count(ctx) == before + 1
