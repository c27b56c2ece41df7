"""The breathing pacer: session driver, animated shape, pattern editor, calm rating, focus view."""
