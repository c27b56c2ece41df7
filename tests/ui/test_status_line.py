"""The one status line: a UserError as a sentence in the error style, never the CLI hint."""

from __future__ import annotations

from app.errors import UserError
from ui.widgets.status_line import StatusLine


def test_an_error_is_a_sentence_without_the_hint(qtbot):
    line = StatusLine("Status")
    qtbot.addWidget(line)
    assert line.isHidden()
    line.show_error(UserError("that name is taken", hint="`stillpoint tags` lists them"))
    assert line.text() == "That name is taken."
    assert line.is_error() and not line.isHidden()
    assert line.accessibleDescription() == "That name is taken."


def test_info_is_muted_and_clear_hides_it(qtbot):
    line = StatusLine("Status")
    qtbot.addWidget(line)
    line.show_info("Saved.")
    assert line.text() == "Saved." and not line.is_error() and not line.isHidden()
    line.clear()
    assert line.text() == "" and line.isHidden()
