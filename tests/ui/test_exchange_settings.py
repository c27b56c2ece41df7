"""Export and import through the Settings page's "Your data" card."""

from __future__ import annotations

import json
import stat

from app.context import open_context
from app.mood.types import CheckinDraft
from tests.app.exchange_data import fill_everything
from ui.qt import QLabel, Qt


def _panel(window):
    page = window.show_page("settings")
    return page.data_panel


def test_export_json_through_the_card(window, ctx, qtbot, tmp_path, monkeypatch):
    ctx.mood.add_checkin(CheckinDraft(pleasantness=2, energy=1, note="quiet"))
    panel = _panel(window)
    assert any("plain text" in w.text() for w in panel.findChildren(QLabel))
    out = tmp_path / "mine.json"
    monkeypatch.setattr(panel, "ask_save_path", lambda fmt: str(out))
    qtbot.mouseClick(panel.export_json, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20000)
    assert "Saved" in panel.status.text()
    assert not panel.status.is_error()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text(encoding="utf-8"))["tables"]["mood_checkin"][0]["note"] \
        == "quiet"


def test_import_shows_progress_and_summary(window, ctx, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "source.json"
    with open_context(str(tmp_path / "elsewhere")) as other:
        fill_everything(other)
        other.exchange.export(source)
    panel = _panel(window)
    seen: list[tuple[int, int]] = []
    panel.progress.valueChanged.connect(lambda v: seen.append((v, panel.progress.maximum())))
    monkeypatch.setattr(panel, "ask_open_path", lambda: str(source))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.progress.isVisible()
    assert not panel.import_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30000)
    assert "added" in panel.status.text()
    assert not panel.progress.isVisible()
    assert panel.import_button.isEnabled()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    count = ctx.db.rows("SELECT COUNT(*) AS n FROM journal_entry")[0]["n"]
    assert count == 1


def test_a_bad_file_is_named_in_place(window, ctx, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    panel = _panel(window)
    monkeypatch.setattr(panel, "ask_open_path", lambda: str(bad))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20000)
    assert panel.status.is_error()
    assert "not a Stillpoint export" in panel.status.text()
