"""Learn: short original articles about attachment, regulation and practice (no Qt)."""
