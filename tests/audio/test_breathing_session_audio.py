"""A real breathing session plays its cues into a PulseAudio null sink: sound in every phase."""

from __future__ import annotations

import pytest

from app.breathing import BreathSchedule
from tests.audio.wavtools import bursts, dominant_hz, read_mono, rms

GST_APT = "gstreamer1.0-plugins-base-apps gstreamer1.0-plugins-good"
PHASE = 2.0  # longer than every cue (1.2-1.3 s), so each cue is a separate burst
LEAD_IN = 6.0  # the 5 s start bell has died away before the first breath


@pytest.mark.audio
def test_session_driver_sounds_every_phase(pulse_sink, record, require, ctx, qtbot, tmp_path):
    from ui.breathe.session import BreathingSession
    from ui.sound import Sound

    ctx.settings.set("sound_volume", 1.0)
    saved = ctx.breathing.create_pattern(name="Audio check", inhale=PHASE, hold_in=PHASE,
                                         exhale=PHASE, hold_out=PHASE)
    sound = Sound(ctx.settings, ctx.hub)  # the real player, as the window uses it
    require(sound.cues.available, "a playsound3 backend (gst-play-1.0)", GST_APT)
    schedule = BreathSchedule(saved.to_pattern(), cycles=1)
    session = BreathingSession(schedule, sound, lead_in=LEAD_IN)
    results = []
    session.finished.connect(results.append)
    wav = tmp_path / "session.wav"
    with record(wav) as rec:
        start = rec.position()
        session.start()
        qtbot.waitUntil(lambda: bool(results), timeout=30_000)
        qtbot.wait(6500)  # let the end bell ring out into the recording
    sound.cues.close()
    assert results[0].completed and sound.cues.last_error is None

    samples, rate = read_mono(wav)
    found = bursts(samples, rate)
    phases = [b for b in schedule.boundaries() if b.phase.value != "done"]
    assert [b.phase.value for b in phases] == ["inhale", "hold_in", "exhale", "hold_out"]
    onsets = []
    for boundary in phases:
        at = start + LEAD_IN + boundary.offset
        # The player needs a moment to start; the cue must begin inside its own phase.
        heard = [b for b in found if at - 0.05 <= b[0] <= at + 0.8]
        assert heard, f"nothing heard in the {boundary.phase} phase at {at:.2f}s; {found}"
        onset = heard[0][0]
        onsets.append(onset)
        window = samples[int(onset * rate):int((at + PHASE) * rate)]
        assert rms(window) > 0.02, f"{boundary.phase} too quiet: {rms(window):.4f}"
        # Quiet just before each cue: every phase gets a cue of its own, not a leftover tail.
        before = samples[int((onset - 0.3) * rate):int((onset - 0.05) * rate)]
        assert rms(before) < 0.002, f"sound before the {boundary.phase} cue"
    end_at = start + LEAD_IN + schedule.total
    assert any(end_at - 0.05 <= b[0] <= end_at + 0.8 for b in found), "no end bell"
    assert any(b[0] <= start + 0.8 for b in found), "no start bell"

    def pitch(at: float) -> float:
        return dominant_hz(samples[int(at * rate):int((at + 0.25) * rate)], rate)

    # Eyes closed, the tones alone tell the phases apart: rising in, falling out.
    inhale, exhale = onsets[0], onsets[2]
    assert pitch(inhale + 0.8) > pitch(inhale + 0.1) * 1.15
    assert pitch(exhale + 0.9) < pitch(exhale + 0.1) / 1.15
