"""Regulation strategies: how much intensity dropped and how helpful each felt, and in
which mood quadrant each was reached for."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.mood.vocabulary import QUADRANTS, vocabulary
from app.stats.periods import Period
from app.storage.database import Database

_RANGE = ("r.local_day >= :start AND r.local_day <= :end AND r.deleted_at_utc IS NULL")
SQL_HELPFULNESS = (
    "SELECT s.id AS strategy_id, s.name AS name, s.family AS family, COUNT(*) AS uses, "
    "AVG(r.helpfulness) AS mean_helpfulness "
    "FROM regulation_entry r JOIN regulation_strategy s ON s.id = r.strategy_id "
    f"WHERE {_RANGE} GROUP BY s.id, s.name, s.family"
)
SQL_DROP = (
    "SELECT r.strategy_id AS strategy_id, COUNT(*) AS rated, "
    "AVG(e.intensity_before - e.intensity_after) AS mean_drop "
    "FROM regulation_emotion e JOIN regulation_entry r ON r.id = e.entry_id "
    f"WHERE {_RANGE} AND e.intensity_after IS NOT NULL GROUP BY r.strategy_id"
)
SQL_EMOTIONS = (
    "SELECT r.id AS entry_id, s.name AS name, e.word AS word, e.intensity_before AS intensity "
    "FROM regulation_emotion e JOIN regulation_entry r ON r.id = e.entry_id "
    "JOIN regulation_strategy s ON s.id = r.strategy_id "
    f"WHERE {_RANGE} ORDER BY r.id, e.intensity_before DESC, e.word"
)


@dataclass(frozen=True)
class StrategyEffect:
    name: str
    family: str
    uses: int
    helpfulness: float          # mean, 0-4
    drop: float | None          # mean fall in intensity per rated emotion, 0-10 scale
    rated_emotions: int


@dataclass(frozen=True)
class StrategyQuadrants:
    name: str
    counts: dict[str, int] = field(default_factory=dict)  # quadrant -> entries

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def strategy_effects(db: Database, period: Period) -> list[StrategyEffect]:
    """Most helpful first; the mean drop counts each rated emotion of each entry once."""
    drops: dict[int, tuple[int, float]] = {
        int(r["strategy_id"]): (int(r["rated"]), float(r["mean_drop"]))
        for r in db.rows(SQL_DROP, start=period.start, end=period.end)
    }
    found = []
    for r in db.rows(SQL_HELPFULNESS, start=period.start, end=period.end):
        n, drop = drops.get(int(r["strategy_id"]), (0, None))
        found.append(StrategyEffect(
            name=str(r["name"]), family=str(r["family"]), uses=int(r["uses"]),
            helpfulness=float(r["mean_helpfulness"]), drop=drop, rated_emotions=n,
        ))
    return sorted(found, key=lambda s: (-s.helpfulness, -(s.drop or 0.0), -s.uses, s.name))


def strategy_quadrants(db: Database, period: Period) -> list[StrategyQuadrants]:
    """Each entry is placed in the quadrant of its strongest emotion before (the first
    word alphabetically on a tie); words outside the vocabulary are left out."""
    vocab = vocabulary()
    seen: set[int] = set()
    table: dict[str, dict[str, int]] = {}
    for r in db.rows(SQL_EMOTIONS, start=period.start, end=period.end):
        entry_id, name = int(r["entry_id"]), str(r["name"])
        if entry_id in seen:
            continue
        emotion = vocab.get(str(r["word"]))
        if emotion is None:
            continue
        seen.add(entry_id)
        counts = table.setdefault(name, dict.fromkeys(QUADRANTS, 0))
        counts[emotion.quadrant] += 1
    rows = [StrategyQuadrants(name, counts) for name, counts in table.items()]
    return sorted(rows, key=lambda r: (-r.total, r.name))
