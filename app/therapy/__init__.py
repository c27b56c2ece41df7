"""Between sessions: what to bring to the next therapy session, and notes from past ones."""
