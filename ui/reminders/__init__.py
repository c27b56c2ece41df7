"""Reminders in the window: desktop notifications and the timer that aims at the next one."""
