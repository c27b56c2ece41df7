"""The safety plan by qtbot: open it from the card, add, edit in place, reorder, remove and
undo, and save it as a private PDF."""

from __future__ import annotations

import os
import stat

from ui.qt import QApplication, Qt
from ui.safety.crisis_card import show_crisis_card


def open_plan(window, ctx, qtbot):
    card = show_crisis_card(window, ctx.settings, ctx.safety)
    qtbot.mouseClick(card.plan_button, Qt.MouseButton.LeftButton)
    plan = card.plan_dialog
    qtbot.waitExposed(plan)
    return plan


def shown(section) -> list[str]:
    return [section.list.item(r).text() for r in range(section.list.count())]


def test_plan_lines_are_added_edited_moved_removed_and_undone(window, ctx, qtbot):
    plan = open_plan(window, ctx, qtbot)
    assert len(plan.sections) == 7
    people = plan.sections["people"]
    for name in ("Ana", "Ben", "Cleo"):
        qtbot.keyClicks(people.field, name)
        qtbot.keyClick(people.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(people) == ["Ana", "Ben", "Cleo"])
    assert people.field.text() == ""
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)  # empty: refused
    assert "few words" in people.status.text()

    # Edit in place: F2 on the chosen line, type, Enter.
    people.list.setCurrentRow(1)
    people.list.setFocus()
    qtbot.keyClick(people.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ben, 0170 555 0101")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [i.text for i in ctx.safety.section_items("people")]
                    == ["Ana", "Ben, 0170 555 0101", "Cleo"])

    people.list.setCurrentRow(2)
    qtbot.mouseClick(people.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(people) == ["Ana", "Cleo", "Ben, 0170 555 0101"])
    assert people.list.currentRow() == 1  # the moved line stays chosen

    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(people) == ["Ana", "Ben, 0170 555 0101"])
    assert "Cleo" in plan.undo_bar.message.text()
    qtbot.mouseClick(plan.undo_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(people) == ["Ana", "Cleo", "Ben, 0170 555 0101"])


def test_the_plan_saves_as_a_private_pdf(window, ctx, qtbot, tmp_path):
    ctx.safety.add_item("reasons", "my sister")
    ctx.safety.add_item("coping", "a walk round the block")
    plan = open_plan(window, ctx, qtbot)
    target = plan.save_pdf(str(tmp_path / "my plan"))
    assert target == tmp_path / "my plan.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert not list(tmp_path.glob("*.part"))
    assert "Saved to" in plan.status.text()
    refused = plan.save_pdf(str(tmp_path / "no such folder" / "plan.pdf"))
    assert refused is None and "could not write" in plan.status.text().lower()


def test_plan_html_holds_every_section_and_the_numbers(ctx):
    from ui.safety.printing import plan_html

    ctx.safety.add_item("environment", "<b>give the pills</b> to Ana")
    body = plan_html(ctx.safety.plan(), ctx.safety.card())
    assert "My reasons for living" in body and "6. Making my surroundings safer" in body
    assert "&lt;b&gt;give the pills&lt;/b&gt;" in body  # what the person wrote, as text
    assert "112" in body


def test_settings_offers_the_crisis_numbers_and_the_plan(window, ctx, qtbot):
    page = window.show_page("settings")
    from ui.safety.settings_card import CrisisSettingsCard

    crisis = page.findChild(CrisisSettingsCard)
    assert crisis is not None and crisis.title.text() == "Crisis card"
    qtbot.mouseClick(crisis.numbers_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(crisis.dialog)
    crisis.dialog.fields["therapist_number"].setText("555 0100")
    qtbot.mouseClick(crisis.dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.settings.get("therapist_number") == "555 0100"
    qtbot.mouseClick(crisis.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(crisis.dialog)
    assert len(crisis.dialog.sections) == 7
