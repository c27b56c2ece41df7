"""The Meditate page through its real widgets: a short script, a one-minute timer, stop and
ground, the script editor and own audio; each checked against what the log stores.

Time is a fake monotonic clock handed to the page, so a minute passes in a moment; the
page's own timers still poll it, exactly as they poll the real clock.
"""

from __future__ import annotations

import wave

import pytest

from ui.qt import QApplication, QDialog, Qt

TINY = """\
title: Tiny rest
kind: visualization
summary: A very short rest.
intro: Just a few seconds. Eyes open or closed; stop whenever you like.

bell 1s
say 2s: Breathe in slowly.
pause 1s
say wait: Continue when you are ready.
say 2s: Thank you.
"""


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def page(window):
    page = window.show_page("meditate")
    page.clock = FakeClock()
    return page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def advance(qtbot, page, seconds, until):
    page.clock.now += seconds
    qtbot.waitUntil(until, timeout=3000)


def test_a_short_script_through_the_gui_is_logged(page, ctx, qtbot, tmp_path):
    source = tmp_path / "tiny.txt"
    source.write_text(TINY, encoding="utf-8")
    ctx.guided.import_script(source)  # the list refreshes from the hub event
    guided = page.guided
    click(qtbot, guided.list.rows["tiny"].open_button)
    assert guided.currentWidget() is guided.intro
    assert "Just a few seconds" in guided.intro.intro.text()
    click(qtbot, guided.intro.calm_before.buttons[4])
    click(qtbot, guided.intro.begin_button)
    player = guided.player
    assert guided.currentWidget() is player and not page.header.isVisible()
    assert page.deps.sound.cues.played == ["bell"]
    assert player.ground_button.isVisible()

    advance(qtbot, page, 1.2, lambda: player.caption.text() == "Breathe in slowly.")
    assert player.caption.font().pointSizeF() >= 20
    advance(qtbot, page, 2.0, lambda: player.note.text() == "Rest here for a while.")
    advance(qtbot, page, 1.0, lambda: player.continue_button.isVisible())
    assert player.caption.text() == "Continue when you are ready."
    page.clock.now += 30  # the reader takes their time; the script waits
    qtbot.wait(250)
    assert player.continue_button.isVisible() and guided.run.running
    click(qtbot, player.continue_button)
    assert player.caption.text() == "Thank you."
    advance(qtbot, page, 2.1, lambda: guided.currentWidget() is guided.after)

    assert page.header.isVisible()
    record = ctx.practice.list_sessions(kind="visualization")[0]
    assert (record.ref, record.title, record.completed) == ("tiny", "Tiny rest", True)
    assert record.planned_seconds == 6.0
    assert record.actual_seconds == pytest.approx(36.3)
    assert record.calm_before == 4 and record.details["steps_done"] == 5
    click(qtbot, guided.after.calm_after.buttons[8])
    click(qtbot, guided.after.save_button)
    assert ctx.practice.get(record.id).calm_after == 8
    assert guided.currentWidget() is guided.list and "Saved" in guided.list.status.text()


def test_space_pauses_and_keys_move_between_steps(page, ctx, qtbot):
    guided = page.guided
    click(qtbot, guided.list.rows["calm-place"].open_button)
    click(qtbot, guided.intro.begin_button)
    player, run = guided.player, guided.run
    first = player.caption.text()
    qtbot.keyClick(player.pause_button, Qt.Key.Key_Space)
    assert run.paused and player.pause_button.text() == "Carry on"
    page.clock.now += 600  # a long pause does not move the script on
    qtbot.wait(250)
    assert run.state.index == 0
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert not run.paused
    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert run.state.index == 1 and player.caption.text() != first
    qtbot.keyClick(player, Qt.Key.Key_Left)
    assert run.state.index == 0 and player.caption.text() == first
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert guided.currentWidget() is guided.list  # ended at once: a mis-click, not practice
    assert ctx.practice.list_sessions() == []


def test_stop_and_ground_keeps_the_session_and_starts_grounding(page, ctx, qtbot):
    guided = page.guided
    click(qtbot, guided.list.rows["nurturing-figure"].open_button)
    click(qtbot, guided.intro.begin_button)
    advance(qtbot, page, 40, lambda: guided.run.state.index > 0)
    click(qtbot, guided.player.ground_button)
    assert guided.currentWidget() is guided.player
    assert guided.run.script.key == "grounding-5-4-3-2-1"
    assert guided.player.title.text() == "Grounding: 5-4-3-2-1"
    assert guided.player.caption.text().startswith("You are here, in this room")
    first = ctx.practice.list_sessions()[0]
    assert (first.ref, first.completed, first.actual_seconds) == ("nurturing-figure", False, 40)
    assert first.details["ended_with"] == "grounding"
    advance(qtbot, page, 20, lambda: guided.run.state.index > 0)
    click(qtbot, guided.player.end_button)
    assert guided.currentWidget() is guided.after
    second = ctx.practice.list_sessions()[1]
    assert (second.ref, second.completed, second.actual_seconds) == (
        "grounding-5-4-3-2-1", False, 20)


def test_a_one_minute_timer_rings_every_bell_and_is_logged(page, ctx, qtbot):
    timer = page.show_tab("timer")
    setup = timer.setup
    setup.minutes.setValue(1)
    setup.warmup.setValue(5)
    click(qtbot, setup.at_times)
    qtbot.keyClicks(setup.times, "0:20, 0:40")
    setup.end_bell.setCurrentIndex(setup.end_bell.findData("bowl"))
    click(qtbot, setup.calm_before.buttons[3])
    click(qtbot, setup.begin_button)
    running, cues = timer.running, page.deps.sound.cues
    assert timer.currentWidget() is running
    assert running.phase.text() == "Settling in" and running.countdown.text() == "0:05"
    assert cues.played == []
    advance(qtbot, page, 5.0, lambda: cues.played == ["bell"])
    assert running.phase.text() == "Sitting" and running.next_bell.text() == "Next bell at 0:20"
    advance(qtbot, page, 20.0, lambda: cues.played == ["bell", "chime"])
    qtbot.keyClick(running, Qt.Key.Key_Space)  # a pause stops the clock, and the bells
    page.clock.now += 300
    qtbot.wait(300)
    assert cues.played == ["bell", "chime"] and running.countdown.text() == "0:40"
    qtbot.keyClick(running, Qt.Key.Key_Space)
    # One leap over the rest: the second chime and the end still ring, in order.
    advance(qtbot, page, 45.0, lambda: timer.currentWidget() is timer.after)
    assert cues.played == ["bell", "chime", "chime", "bowl"]
    record = ctx.practice.list_sessions(kind="timer")[0]
    assert (record.planned_seconds, record.actual_seconds, record.completed) == (60, 60, True)
    assert record.calm_before == 3
    assert record.details["plan"]["custom_bell_offsets"] == [20.0, 40.0]
    assert ctx.settings.get("timer_plan")["minutes"] == 1  # remembered for next time


def test_timer_errors_show_in_place_and_nothing_is_logged(page, ctx, qtbot):
    timer = page.show_tab("timer")
    timer.setup.minutes.setValue(1)
    click(qtbot, timer.setup.at_times)
    qtbot.keyClicks(timer.setup.times, "3:00")
    click(qtbot, timer.setup.begin_button)
    assert timer.currentWidget() is timer.setup
    assert "outside the sitting" in timer.setup.status.text()
    assert ctx.practice.list_sessions() == []


def test_write_a_script_in_the_editor(page, ctx, qtbot):
    guided = page.guided
    click(qtbot, guided.list.write_button)
    editor = guided.findChild(QDialog)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.title, "My quiet garden")
    qtbot.keyClicks(editor.summary, "Roses and a bench.")
    qtbot.keyClicks(editor.intro, "Sit on the bench with me. You can stop at any time.")
    say = editor.rows[1]
    say.text.setText("Notice the scent of the roses and the warm wooden bench under you")
    say.seconds.setValue(2)
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.error.text().startswith("Step 2: 13 words take about 4s to read aloud")
    say.seconds.setValue(8)
    click(qtbot, editor.add_bell)
    click(qtbot, editor.save_button)
    assert editor.result() == QDialog.DialogCode.Accepted
    script = ctx.guided.get_script("my-quiet-garden")
    assert [s.kind for s in script.steps] == ["bell", "say", "pause", "say", "bell", "bell"]
    assert script.steps[1].seconds == 8
    assert "my-quiet-garden" in guided.list.rows
    assert "Saved “My quiet garden”" in guided.list.status.text()


def test_remove_and_undo_a_script_whose_file_name_is_not_its_key(page, ctx, qtbot):
    from app.events import ScriptsChanged

    ctx.guided.folder.mkdir(parents=True)
    (ctx.guided.folder / "Evening Walk.txt").write_text(TINY, encoding="utf-8")
    ctx.hub.publish(ScriptsChanged("evening-walk"))
    guided = page.guided
    click(qtbot, guided.list.rows["evening-walk"].remove_button)
    assert "evening-walk" not in guided.list.rows and guided.list.undo_bar.isVisibleTo(guided.list)
    assert list(ctx.guided.folder.iterdir()) == []
    click(qtbot, guided.list.undo_bar.button)
    assert ctx.guided.get_script("evening-walk").title == "Tiny rest"
    assert "evening-walk" in guided.list.rows


def _wav(path, seconds):
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * int(seconds * 8000))
    return path


def test_own_audio_import_play_to_the_end_and_log(page, ctx, qtbot, tmp_path):
    audio = page.show_tab("audio")
    audio.import_files([_wav(tmp_path / "forest_walk.wav", 90)], copy=True, tags="walk")
    qtbot.waitUntil(lambda: len(audio.rows) == 1, timeout=5000)
    track = ctx.audio_library.list_tracks()[0]
    assert track.copied and track.path.parent == ctx.location.data_dir / "audio"
    row = audio.rows[track.id]
    click(qtbot, row.play_button)
    card = audio.player_card
    assert card.isVisible() and card.title.text() == "Forest walk"
    advance(qtbot, page, 30, lambda: card.position.text() == "0:30")
    click(qtbot, card.play_button)  # pause
    page.clock.now += 100
    qtbot.wait(300)
    assert card.position.text() == "0:30" and card.state.text() == "Paused"
    click(qtbot, card.play_button)
    audio.seek(80)
    advance(qtbot, page, 11, lambda: audio.currentWidget() is audio.after)
    record = ctx.practice.list_sessions(kind="audio")[0]
    assert (record.ref, record.title, record.completed) == (str(track.id), "Forest walk", True)
    assert record.planned_seconds == 90 and record.actual_seconds == pytest.approx(41)
    click(qtbot, audio.after.save_button)
    assert audio.currentWidget() is audio.library_view


def test_each_import_keeps_its_own_title_and_tags_while_copies_overlap(page, ctx, qtbot,
                                                                     tmp_path):
    audio = page.show_tab("audio")
    # The second import starts before the first copy is back (its result waits in the queue).
    audio.import_files([_wav(tmp_path / "a.wav", 3)], copy=True, title="Teacher", tags="talk")
    audio.import_files([_wav(tmp_path / "b.wav", 3)], copy=True, title="Rain", tags="sleep")
    qtbot.waitUntil(lambda: len(audio.rows) == 2, timeout=5000)
    got = {t.path.name: (t.title, t.tags) for t in ctx.audio_library.list_tracks()}
    assert got == {"a.wav": ("Teacher", ("talk",)), "b.wav": ("Rain", ("sleep",))}


def test_a_missing_file_stays_in_the_library_and_says_why(page, ctx, qtbot, tmp_path):
    audio = page.show_tab("audio")
    source = _wav(tmp_path / "talk.wav", 5)
    audio.import_files([source], copy=False)
    qtbot.waitUntil(lambda: len(audio.rows) == 1, timeout=3000)
    source.unlink()
    audio.refresh()
    row = next(iter(audio.rows.values()))
    assert "no longer there" in row.problem.text() and not row.play_button.isEnabled()
    qtbot.waitUntil(lambda: row.find_button.isVisibleTo(audio), timeout=2000)
    click(qtbot, row.remove_button)
    assert audio.rows == {} and audio.undo_bar.isVisibleTo(audio)
    click(qtbot, audio.undo_bar.button)
    assert len(audio.rows) == 1  # undone: back, still saying why it cannot play


def test_page_checks_itself_and_builds_lazily(ctx, qtbot):
    from ui.application import build_window

    window = build_window(ctx, silent=True)
    qtbot.addWidget(window)
    page = window.pages[window.page_index("meditate")]
    assert page.guided is None  # nothing heavy before the page is first shown
    assert page.self_check() is None and len(page.guided.list.rows) == 7
    QApplication.processEvents()


def test_begin_in_the_list_starts_a_guided_practice_with_one_press(page, qtbot):
    guided = page.guided
    click(qtbot, guided.list.rows["calm-place"].begin_button)
    assert guided.currentWidget() is guided.player
    assert guided.run is not None and guided.run.running
    guided.stop()


def test_no_bells_along_the_way_quiets_their_sound_choice(page, qtbot):
    setup = page.timer.setup
    setup.every.setChecked(True)
    assert setup.interval_bell.isEnabled() and setup.along_label.isEnabled()
    setup.no_intervals.setChecked(True)
    assert not setup.interval_bell.isEnabled() and not setup.along_label.isEnabled()


def test_running_time_reads_as_one_word(page):
    from ui.qt import QFont

    countdown = page.timer.running.countdown
    # Light weights drew "9 : 57": a small low colon with wide sides.
    assert countdown.font().weight() >= QFont.Weight.Normal
