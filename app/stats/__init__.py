"""Progress figures computed in SQL grouped by local day: cost follows the days shown."""
