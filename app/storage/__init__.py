"""Storage: the database handle, typed models and Alembic migrations."""
