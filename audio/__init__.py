"""Sound for Stillpoint: cue synthesis, fire-and-forget playback and voice, each with a null variant."""
