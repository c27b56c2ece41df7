"""Check-ups: take a self-assessment one question at a time and see how it changes."""
