"""Media players: the null player keeps time by a clock; the Qt player plays, fades and
explains files it cannot play."""

from __future__ import annotations

import time

import pytest

from audio.ambient import AMBIENTS, ambient, ambient_path
from audio.media import ERROR_WORDS, MediaPlayer, NullMediaPlayer, QtMediaPlayer
from tests.audio.wavtools import bursts, read_mono, rms


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def test_every_ambient_loop_ships_and_unknown_means_silence():
    for choice in AMBIENTS[1:]:
        samples, rate = read_mono(ambient_path(choice.key))
        assert len(samples) / rate == pytest.approx(8.0) and rms(samples) > 0.02
        # Seamless: the jump from the last sample to the first is like any other step.
        steps = abs(samples[1:] - samples[:-1])
        assert abs(samples[0] - samples[-1]) <= sorted(steps)[int(len(steps) * 0.999)]
    assert ambient("thunder").key == "none" and ambient_path("none") is None


def test_null_player_keeps_time_pauses_seeks_and_finishes(tmp_path):
    clock = Clock()
    player = NullMediaPlayer(clock=clock)
    assert isinstance(player, MediaPlayer)
    player.load(ambient_path("rain"))
    assert player.duration == pytest.approx(8.0)
    player.play(fade_in=2.0)
    clock.now += 1.0
    assert player.position == pytest.approx(1.0) and player.volume == pytest.approx(0.5)
    player.pause()
    clock.now += 50
    assert player.position == pytest.approx(1.0) and not player.playing
    player.play()
    player.seek(7.0)
    clock.now += 2.0
    assert player.finished and player.position == pytest.approx(8.0)
    player.load(ambient_path("rain"), loop=True)
    player.play()
    clock.now += 9.5
    assert not player.finished and player.position == pytest.approx(1.5)
    player.load(tmp_path / "gone.mp3")
    assert player.error == ERROR_WORDS["ResourceError"]


@pytest.mark.audio
def test_qt_player_fades_an_ambient_loop_in(pulse_sink, record, qtbot, tmp_path):
    player = QtMediaPlayer()
    player.set_volume(1.0)
    player.load(ambient_path("soft-noise"), loop=True)
    wav = tmp_path / "ambient.wav"
    with record(wav) as rec:
        mark = rec.position()
        player.play(fade_in=2.0)
        qtbot.wait(3500)
        assert player.playing and player.error is None
        player.stop(fade_out=0.5)
        qtbot.waitUntil(lambda: not player.playing, timeout=3000)
    samples, rate = read_mono(wav)
    heard = [b for b in bursts(samples, rate, gap=0.5) if b[0] >= mark - 0.05]
    assert heard, "the ambient loop made no sound"
    start = heard[0][0]

    def level(at: float) -> float:
        return rms(samples[int((start + at) * rate):int((start + at + 0.25) * rate)])

    # A slow fade in: quiet at first, full after two seconds.
    assert level(0.1) < level(2.5) * 0.6, (level(0.1), level(2.5))
    assert level(2.5) > 0.01


@pytest.mark.audio
def test_qt_player_says_why_a_file_cannot_play(pulse_sink, qtbot, tmp_path):
    player = QtMediaPlayer()
    bad = tmp_path / "not-really.mp3"
    bad.write_bytes(b"hello, this is text" * 50)
    player.load(bad)
    player.play()
    qtbot.waitUntil(lambda: player.error is not None, timeout=5000)
    assert player.error == ERROR_WORDS["FormatError"]
    player.load(tmp_path / "missing.ogg")
    player.play()
    qtbot.waitUntil(lambda: player.error is not None, timeout=5000)
    assert player.error in (ERROR_WORDS["ResourceError"], ERROR_WORDS["FormatError"])
    player.close()
    time.sleep(0.1)
