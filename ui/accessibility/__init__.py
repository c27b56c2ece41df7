"""Accessibility helpers: accessible interfaces Qt has no widget for, and the text zoom."""
