"""Guided journal prompts, one JSON file per set (app/journal/prompts.py reads them)."""
