"""A guided run's words and bells around pause: nothing the reader skipped to while paused,
and nothing a pause cut off, goes unheard once they resume."""

from __future__ import annotations

from app.meditation.script import parse_script
from audio.cues import NullCuePlayer
from audio.voice import NullVoice
from ui.meditate.runs import GuidedRun

SCRIPT = """\
title: T
kind: visualization
summary: s
intro: i
say 10s: First words here.
bell 5s
say 10s: Third words here.
"""


class ReadyVoice(NullVoice):
    available = True  # a voice engine that is ready, remembering what it was asked to say


class HeardSound:
    def __init__(self) -> None:
        self.cues = NullCuePlayer(0.5, False)
        self.voice = ReadyVoice()


def _run(qtbot):  # qtbot: the QApplication the run's QTimer needs
    now = [0.0]
    sound = HeardSound()
    run = GuidedRun(parse_script(SCRIPT), sound, clock=lambda: now[0], speak=True)
    run.start()
    return run, sound, now


def test_a_step_reached_while_paused_speaks_and_rings_at_resume(qtbot):
    run, sound, now = _run(qtbot)
    now[0] = 2.0
    run.poll()
    run.toggle_pause()
    run.next_step()  # to the bell, while paused: nothing yet
    assert sound.cues.played == []
    now[0] = 5.0
    run.toggle_pause()
    assert (run.state.index, sound.cues.played) == (1, ["bell"])
    run.toggle_pause()
    run.next_step()
    now[0] = 8.0
    run.toggle_pause()
    assert run.state.index == 2
    assert sound.voice.spoken == ["First words here.", "Third words here."]


def test_words_cut_off_by_a_pause_are_said_again_at_resume(qtbot):
    run, sound, now = _run(qtbot)
    now[0] = 0.5  # still speaking "First words here."
    run.toggle_pause()
    now[0] = 60.0
    run.toggle_pause()
    assert sound.voice.spoken == ["First words here.", "First words here."]


def test_words_already_finished_are_not_repeated_after_a_pause(qtbot):
    run, sound, now = _run(qtbot)
    now[0] = 8.0  # the three words were said long ago; the reader rests in the silence
    run.poll()
    run.toggle_pause()
    now[0] = 20.0
    run.toggle_pause()
    assert sound.voice.spoken == ["First words here."]
    assert sound.cues.played == []
