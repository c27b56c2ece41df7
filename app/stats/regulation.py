"""Regulation strategies: how much intensity dropped and how helpful each felt, and in
which mood quadrant each was reached for."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.mood.vocabulary import QUADRANTS, vocabulary
from app.stats.periods import Period
from app.storage.database import Database

_RANGE = ("r.local_day >= :start AND r.local_day <= :end AND r.deleted_at_utc IS NULL")
SQL_HELPFULNESS = (
    "SELECT s.id, s.name, s.family, COUNT(*), AVG(r.helpfulness) "
    "FROM regulation_entry r JOIN regulation_strategy s ON s.id = r.strategy_id "
    f"WHERE {_RANGE} GROUP BY s.id, s.name, s.family"
)
SQL_DROP = (
    "SELECT r.strategy_id, COUNT(*), AVG(e.intensity_before - e.intensity_after) "
    "FROM regulation_emotion e JOIN regulation_entry r ON r.id = e.entry_id "
    f"WHERE {_RANGE} AND e.intensity_after IS NOT NULL GROUP BY r.strategy_id"
)
SQL_EMOTIONS = (
    "SELECT r.id, s.name, e.word, e.intensity_before "
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
    drops = {sid: (int(n), float(avg)) for sid, n, avg in
             db.read(SQL_DROP, start=period.start, end=period.end)}
    found = []
    for sid, name, family, uses, helpful in db.read(SQL_HELPFULNESS, start=period.start,
                                                    end=period.end):
        n, drop = drops.get(sid, (0, None))
        found.append(StrategyEffect(name, family, int(uses), float(helpful), drop, n))
    return sorted(found, key=lambda s: (-s.helpfulness, -(s.drop or 0.0), -s.uses, s.name))


def strategy_quadrants(db: Database, period: Period) -> list[StrategyQuadrants]:
    """Each entry is placed in the quadrant of its strongest emotion before (the first
    word alphabetically on a tie); words outside the vocabulary are left out."""
    vocab = vocabulary()
    seen: set[int] = set()
    table: dict[str, dict[str, int]] = {}
    for entry_id, name, word, _intensity in db.read(SQL_EMOTIONS, start=period.start,
                                                    end=period.end):
        if entry_id in seen:
            continue
        emotion = vocab.get(word)
        if emotion is None:
            continue
        seen.add(entry_id)
        counts = table.setdefault(name, dict.fromkeys(QUADRANTS, 0))
        counts[emotion.quadrant] += 1
    rows = [StrategyQuadrants(name, counts) for name, counts in table.items()]
    return sorted(rows, key=lambda r: (-r.total, r.name))
