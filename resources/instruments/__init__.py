"""Self-assessment instruments as data files (docs: app/assessments/instrument.py)."""
