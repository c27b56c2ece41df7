"""Reminders: when to nudge the user toward a check-in or a short breathing exercise."""
