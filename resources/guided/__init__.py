"""Built-in guided visualization scripts, one plain-text file each (see docs/guided-format.md)."""
