"""Emotion words, regulation strategies and starter context tags (JSON data files)."""
