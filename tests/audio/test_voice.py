"""Voices: the null voice, a missing engine, and QtTextToSpeech speaking into the null sink."""

from __future__ import annotations

import time

import pytest

from audio.voice import NullVoice, QtVoice, Voice
from tests.audio.wavtools import bursts, read_mono, rms


def test_null_voice_records_and_fits_the_protocol():
    voice = NullVoice()
    assert isinstance(voice, Voice)
    voice.say("Breathe in.")
    voice.stop()
    assert voice.spoken == ["Breathe in."] and voice.stops == 1
    assert not voice.available  # the UI shows captions instead


def test_null_voice_keeps_only_the_latest_lines():
    # Captions-only mode lives as long as the window: weeks of sessions must not pile up.
    voice = NullVoice()
    for n in range(NullVoice.KEEP * 20):
        voice.say(f"line {n}")
    assert len(voice.spoken) == NullVoice.KEEP
    assert voice.spoken[-1] == f"line {NullVoice.KEEP * 20 - 1}"


def test_missing_engine_is_unavailable_not_an_error(qapp):
    voice = QtVoice(engine="no-such-engine")
    assert not voice.available
    voice.say("Nobody hears this.")  # must not raise
    voice.stop()


@pytest.mark.audio
def test_speech_dispatcher_speaks_into_the_null_sink(pulse_sink, record, require, qtbot, tmp_path):
    from PySide6.QtTextToSpeech import QTextToSpeech

    voice = QtVoice()
    require(voice.engine_name == "speechd", "speech-dispatcher",
            "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng")
    qtbot.waitUntil(lambda: voice.available, timeout=15_000)
    engine = voice.qt_engine
    assert engine.locale().name() == "en_US"
    wav = tmp_path / "voice.wav"
    with record(wav) as rec:
        mark = rec.position()
        with qtbot.waitSignal(engine.stateChanged, timeout=15_000,
                              check_params_cb=lambda s: s == QTextToSpeech.State.Speaking):
            voice.say("Breathe in slowly, and let the breath go.")
        qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=20_000)
        time.sleep(0.3)
    assert voice.last_error is None
    samples, rate = read_mono(wav)
    heard = [b for b in bursts(samples, rate, gap=0.5) if b[0] >= mark - 0.05]
    assert heard, "the voice made no sound in the null sink"
    start, end = heard[0][0], heard[-1][1]
    assert end - start > 1.0, f"only {end - start:.2f} s of speech"
    assert rms(samples[int(start * rate):int(end * rate)]) > 0.01
