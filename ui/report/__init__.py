"""The therapist report: a PDF drawn with Qt's PDF writer (QPdfWriter + QPainter)."""
