"""Stillpoint's bundled resources: icons, sounds, guided scripts and texts."""
