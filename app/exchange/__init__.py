"""Own your data: the versioned JSON export and its import, CSV for spreadsheets, and the
integrity check. docs/export-format.md describes the file."""
