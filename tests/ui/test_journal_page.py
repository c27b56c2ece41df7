"""The Journal page: write an entry from a prompt, find it, edit it, delete and undo."""

from __future__ import annotations

from app.journal.types import JournalDraft
from ui.qt import Qt


def open_journal(window, qtbot):
    page = window.show_page("journal")
    qtbot.waitUntil(page.isVisible)
    return page


def test_write_an_entry_from_a_prompt(window, ctx, qtbot):
    page = open_journal(window, qtbot)
    assert "Your entries will gather here" in page.empty_note.text()
    editor = page.editor
    editor.set_combo.setFocus()
    qtbot.keyClick(editor.set_combo, Qt.Key.Key_Down)  # the first set: attachment history
    assert editor.prompt_combo.isEnabled()
    editor.prompt_combo.setFocus()
    qtbot.keyClick(editor.prompt_combo, Qt.Key.Key_Down)
    qtbot.keyClick(editor.prompt_combo, Qt.Key.Key_Down)  # "what felt safe"
    assert editor.prompt().id == "attachment-history/what-felt-safe"
    assert editor.prompt_line.isVisible() and "felt safe" in editor.prompt_label.text()
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "My grandmother's **kitchen**")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text, "- the smell of bread <b>")
    qtbot.keyClicks(editor.tags, "Family, safe")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [entry] = ctx.journal.search()
    assert entry.text == "My grandmother's **kitchen**\n- the smell of bread <b>"
    assert entry.prompt_id == "attachment-history/what-felt-safe"
    assert entry.tags == ("family", "safe")
    assert editor.text.toPlainText() == "" and not editor.prompt_line.isVisible()
    assert "Saved" in editor.status.text()
    card = page.card_for(entry.id)
    assert card is not None
    qtbot.waitUntil(card.prompt.isVisible)
    assert "felt safe" in card.prompt.text()
    assert "<b>kitchen</b>" in card.shown_text() and "&lt;b&gt;" in card.shown_text()
    assert "<li>" in card.shown_text()
    assert card.chip_names() == ["family", "safe"]


def test_search_finds_it_and_a_tag_chip_filters(window, ctx, qtbot):
    keep = ctx.journal.add_entry(JournalDraft(text="A walk by the river", tags=["calm"]))
    other = ctx.journal.add_entry(JournalDraft(text="Hard talk at work",
                                               prompt_id="boundaries/yes-and-no"))
    page = open_journal(window, qtbot)
    assert [c.entry.id for c in page.cards] == [other.id, keep.id]
    qtbot.keyClicks(page.search, "river")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert [c.entry.id for c in page.cards] == [keep.id]
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.set_filter.setCurrentIndex(page.set_filter.findData("boundaries"))
    assert [c.entry.id for c in page.cards] == [other.id]
    page.set_filter.setCurrentIndex(0)
    chip = next(w for w in page.card_for(keep.id).findChildren(type(page.more_button))
                if w.property("chip"))
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert page.tag_filter.currentData() == "calm"
    assert [c.entry.id for c in page.cards] == [keep.id]
    qtbot.keyClicks(page.search, "nothing like this")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert "Nothing matches" in page.empty_note.text()


def test_edit_then_delete_and_undo(window, ctx, qtbot):
    entry = ctx.journal.add_entry(JournalDraft(text="first words", tags=["x"]))
    page = open_journal(window, qtbot)
    qtbot.mouseClick(page.card_for(entry.id).edit_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.title.text() == "Edit entry" and editor.text.toPlainText() == "first words"
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "better words")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert ctx.journal.get(entry.id).text == "better words"
    assert len(ctx.journal.search()) == 1 and editor.title.text() == "New entry"

    qtbot.mouseClick(page.card_for(entry.id).delete_button, Qt.MouseButton.LeftButton)
    assert ctx.journal.search() == [] and page.cards == []
    assert page.undo_bar.isVisible() and "Deleted the entry" in page.undo_bar.message.text()
    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert [e.text for e in ctx.journal.search()] == ["better words"]
    assert page.card_for(entry.id) is not None


def test_empty_text_is_refused_in_place(window, ctx, qtbot):
    page = open_journal(window, qtbot)
    qtbot.mouseClick(page.editor.shuffle_button, Qt.MouseButton.LeftButton)
    assert page.editor.prompt() is not None
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.status.is_error() and "empty" in page.editor.status.text()
    assert ctx.journal.search() == []


def test_link_to_a_recent_checkin(window, ctx, qtbot):
    checkin = ctx.mood.add_checkin(pleasantness=2, energy=1)
    page = open_journal(window, qtbot)
    editor = page.editor
    editor.checkin.setCurrentIndex(editor.checkin.findData(checkin.id))
    assert editor.checkin.currentText().startswith("Check-in Today")
    qtbot.keyClicks(editor.text, "after the check-in")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert ctx.journal.search()[0].checkin_id == checkin.id


def test_a_learn_link_opens_the_journal_at_its_prompt_set(window, qtbot):
    page = window.show_target("journal", "boundaries")
    qtbot.waitUntil(page.isVisible)
    editor = page.editor
    assert editor.set_combo.currentData() == "boundaries"
    assert editor.prompt() is not None and editor.prompt().set_id == "boundaries"
    assert editor.prompt_line.isVisible()
    # While words are being written, a link changes the set offered but keeps the prompt.
    kept = editor.prompt()
    editor.text.setPlainText("half a thought")
    window.show_target("journal", "attachment-history")
    assert editor.set_combo.currentData() == "attachment-history"
    assert editor.prompt() == kept and editor.text.toPlainText() == "half a thought"
    window.show_target("journal", "no-such-set")  # an unknown set changes nothing
    assert editor.set_combo.currentData() == "attachment-history"
