"""Self-assessments: instruments as data files, one scoring engine, stored results."""
