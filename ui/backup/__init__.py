"""The window's side of backups that is not a Settings card: the daily one, off the GUI thread."""
