"""Learn: a list of articles with search, and a reader with related-exercise buttons."""
