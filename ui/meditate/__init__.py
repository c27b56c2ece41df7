"""The Meditate page's parts: guided player and script editor, meditation timer, own audio."""
