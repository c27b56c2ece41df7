"""Cue players: the null player, volume copies, failure without raising, and real playback."""

from __future__ import annotations

import time

import pytest

from app.breathing import Phase
from audio.cues import CUE_FILES, CuePlayer, NullCuePlayer, PlaysoundCuePlayer
from tests.audio.wavtools import bursts, dominant_hz, read_mono, rms

GST_APT = "gstreamer1.0-plugins-base-apps gstreamer1.0-plugins-good"


def test_null_player_records_and_fits_the_protocol():
    player = NullCuePlayer()
    assert isinstance(player, CuePlayer)
    player.play("inhale")
    player.play("bell_end")
    assert player.played == ["inhale", "bell_end"]
    assert player.volume == 0.6 and not player.muted


def test_every_breathing_phase_has_a_cue():
    for phase in Phase:
        if phase is not Phase.DONE:
            assert phase.value in CUE_FILES


def test_volume_copies_are_scaled(tmp_path):
    player = PlaysoundCuePlayer(volume=1.0)
    try:
        full = player.path_for("exhale")
        half = player.path_for("exhale", 0.5)
        assert full is not None and half is not None and full != half
        loud, _ = read_mono(full)
        quiet, _ = read_mono(half)
        assert len(loud) == len(quiet)
        assert rms(quiet) == pytest.approx(rms(loud) * 0.5, rel=0.01)
        # One copy per 10% step, made once and reused.
        assert player.path_for("exhale", 0.52) == half
        assert player.path_for("exhale", 0.0) is None
        cache = half.parent
    finally:
        player.close()
    assert not cache.exists()


def test_unknown_or_silent_cue_is_ignored(caplog):
    player = PlaysoundCuePlayer()
    player.play("none")
    player.play("no-such-cue")
    assert "no-such-cue" in caplog.text
    assert player.available, player.last_error
    player.close()


def test_failure_is_reported_not_raised():
    player = PlaysoundCuePlayer(backend="no-such-backend")
    assert player.available
    player.play("inhale")  # must not raise
    assert not player.available
    assert "inhale" in player.last_error and "no-such-backend" in player.last_error
    player.play("exhale")  # stays quiet, keeps the first reason
    assert "inhale" in player.last_error
    player.close()


def test_muted_player_plays_nothing():
    player = PlaysoundCuePlayer(muted=True, backend="no-such-backend")
    player.play("inhale")
    assert player.available  # nothing was attempted, so nothing failed
    player.close()


def _heard_after(marks, samples, rate):
    """The first burst of sound starting after each mark (allowing for player start-up)."""
    found = bursts(samples, rate)
    heard = []
    for mark in marks:
        after = [b for b in found if mark - 0.05 <= b[0] <= mark + 0.8]
        assert after, f"nothing heard within 0.8 s of {mark:.2f} s; bursts: {found}"
        heard.append(after[0])
    return heard


@pytest.mark.audio
def test_cues_sound_in_the_null_sink(pulse_sink, record, require, tmp_path):
    player = PlaysoundCuePlayer(volume=1.0)
    require(player.available, "a playsound3 backend (gst-play-1.0)", GST_APT)
    wav = tmp_path / "cues.wav"
    cues = [("inhale", 1.2), ("hold", 1.2), ("exhale", 1.3)]
    marks = []
    with record(wav) as rec:
        for cue, _ in cues:
            marks.append(rec.position())
            player.play(cue)
            time.sleep(2.0)
    player.close()
    assert player.last_error is None
    samples, rate = read_mono(wav)
    heard = _heard_after(marks, samples, rate)
    for (start, end), (cue, seconds) in zip(heard, cues, strict=True):
        window = samples[int(start * rate):int((start + seconds) * rate)]
        assert rms(window) > 0.02, f"{cue} too quiet: {rms(window):.4f}"
        assert end - start > seconds * 0.4, f"{cue} too short: {end - start:.2f}s"
        # Silence before each cue: the null sink is digitally quiet between them.
        assert rms(samples[int((start - 0.3) * rate):int((start - 0.05) * rate)]) < 0.002

    def pitch(at: float) -> float:
        return dominant_hz(samples[int(at * rate):int((at + 0.25) * rate)], rate)

    # The right files in the right order: the inhale tone rises, the exhale tone falls.
    inhale_at, exhale_at = heard[0][0], heard[2][0]
    assert pitch(inhale_at + 0.8) > pitch(inhale_at + 0.1) * 1.15
    assert pitch(exhale_at + 0.9) < pitch(exhale_at + 0.1) / 1.15


@pytest.mark.audio
def test_volume_lowers_what_is_heard(pulse_sink, record, require, tmp_path):
    player = PlaysoundCuePlayer(volume=1.0)
    require(player.available, "a playsound3 backend (gst-play-1.0)", GST_APT)
    wav = tmp_path / "volume.wav"
    marks = []
    with record(wav) as rec:
        for volume in (1.0, 0.3):
            player.volume = volume
            marks.append(rec.position())
            player.play("hold")
            time.sleep(1.8)
    player.close()
    samples, rate = read_mono(wav)
    heard = _heard_after(marks, samples, rate)
    levels = [rms(samples[int(s * rate):int((s + 0.5) * rate)]) for s, _ in heard]
    assert levels[1] / levels[0] == pytest.approx(0.3, abs=0.06)
