"""Stillpoint's Qt front end: widgets, pages, theming and the tray icon."""
