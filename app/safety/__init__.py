"""Safety: the crisis card (locale defaults plus the person's own numbers) and the
personal safety plan (Stanley & Brown's six steps plus reasons for living)."""
