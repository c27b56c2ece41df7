"""The undo bar: every delete of the session can be undone, latest first."""

from __future__ import annotations

import pytest

from app.errors import UserError
from ui.qt import Qt, QVBoxLayout, QWidget
from ui.widgets.undo_bar import UndoBar


@pytest.fixture
def bar(qtbot):
    host = QWidget()  # the bar hides itself, so it sits in a shown window as on a page
    bar = UndoBar(host)
    QVBoxLayout(host).addWidget(bar)
    qtbot.addWidget(host)
    host.show()
    yield bar


def test_undo_restores_the_latest_then_the_ones_before(bar, qtbot):
    restored = []
    bar.offer("Deleted A.", lambda: restored.append("A"))
    bar.offer("Deleted B.", lambda: restored.append("B"))
    assert bar.isVisible() and bar.message.text().startswith("Deleted B.")
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert restored == ["B"]
    # A is still waiting, and the bar says so.
    assert bar.isVisible() and bar.button.isVisible()
    assert bar.message.text().startswith("Deleted A.")
    assert bar.undo() is True and restored == ["B", "A"]
    assert not bar.isVisible() and bar.undo() is False


def test_the_bar_says_how_many_wait_behind_the_next(bar):
    for name in "ABC":
        bar.offer(f"Deleted {name}.", lambda: None)
    assert "2 earlier" in bar.message.text()
    bar.undo()
    assert "1 earlier" in bar.message.text()
    bar.undo()
    assert bar.message.text() == "Deleted A."


def test_a_refused_undo_is_said_and_the_ones_before_stay(bar):
    restored = []
    bar.offer("Deleted A.", lambda: restored.append("A"))

    def refuse():
        raise UserError("that name is taken now")

    bar.offer("Deleted B.", refuse)
    assert bar.undo() is False
    assert "That name is taken now." in bar.message.text()
    assert "Deleted A." in bar.message.text() and bar.button.isVisible()
    bar.undo()
    assert restored == ["A"]


def test_an_unexpected_failure_is_shown_and_can_be_tried_again(bar, caplog):
    tries = []

    def flaky():
        tries.append(1)
        if len(tries) == 1:
            raise OSError("database is locked")

    bar.offer("Deleted A.", flaky)
    assert bar.undo() is False
    assert "could not" in bar.message.text().lower() and bar.button.isVisible()
    assert "database is locked" in caplog.text  # the details go to the log
    assert bar.undo() is True and len(tries) == 2 and not bar.isVisible()


def test_say_shows_a_message_without_adding_an_undo(bar):
    bar.say("That check-in was already deleted.")
    assert bar.isVisible() and not bar.button.isVisible()
    assert bar.undo() is False
    bar.offer("Deleted A.", lambda: None)
    bar.say("Something else happened.")
    assert bar.button.isVisible()  # A can still be undone
    assert bar.undo() is True
