"""Import from Daylio on the Settings page: choose the file, map a custom mood, import."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QFileDialog, QPushButton, Qt
from ui.settings import daylio_dialog

DATA = Path(__file__).parent.parent / "data" / "daylio"


def open_dialog(window, qtbot, monkeypatch, path: Path):
    opened = []

    def show_instead(dialog):  # exec() would block the test; show it modeless instead
        opened.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(daylio_dialog.DaylioDialog, "exec", show_instead)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page = window.show_page("settings")
    button = page.findChild(QPushButton, "daylioImport")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    return dialog


def type_value(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_custom_moods_are_mapped_before_import(window, ctx, qtbot, monkeypatch):
    dialog = open_dialog(window, qtbot, monkeypatch, DATA / "custom_moods.csv")
    assert set(dialog.spins) == {"Bad [-]", "ok but sleepy", "rad"}
    assert dialog.spins["rad"].value() == 5
    assert dialog.spins["ok but sleepy"].text() == "Choose"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.status.is_error() and "ok but sleepy" in dialog.status.text()
    assert ctx.mood.list_checkins() == []
    type_value(qtbot, dialog.spins["Bad [-]"], "-2")
    type_value(qtbot, dialog.spins["ok but sleepy"], "1")
    dialog.kind.setCurrentIndex(dialog.kind.findData("place"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.status.is_error(), dialog.status.text()
    assert "4 added" in dialog.status.text()
    assert sorted(c.pleasantness for c in ctx.mood.list_checkins()) == [-2, -2, 1, 5]
    assert {t.category for t in ctx.mood.list_tags(include_hidden=True)
            if t.name == "reading"} == {"place"}
    assert dialog.cancel.text() == "Close" and not dialog.import_button.isEnabled()


def test_an_unreadable_file_is_named_and_nothing_imported(window, ctx, qtbot, monkeypatch,
                                                          tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("date,mood\n2024-01-01,good\n")
    dialog = open_dialog(window, qtbot, monkeypatch, bad)
    assert dialog.status.is_error() and "not a Daylio export" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert ctx.mood.list_checkins() == []
