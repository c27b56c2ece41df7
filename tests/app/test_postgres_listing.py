"""On PostgreSQL the long listings and the light practice save take the portable path:
the same JSON as to_json(), and the same saved session, as on a SQLite file."""

from __future__ import annotations

import datetime as dt
import json

from app.context import open_context
from app.mood import queries as mood_queries
from app.mood.types import CheckinDraft, CheckinFilter
from app.regulation import queries as regulation_queries
from app.regulation.types import RegulationDraft

NOTE = 'a "quoted" \\ caf\u00e9 \u2603 \x1b[31m\r\n\t\x7f'


def test_listings_and_practice_saves_on_postgres(data_dir, postgres_url):
    with open_context(str(data_dir), postgres_url) as ctx:
        for hour in (7, 9):
            ctx.mood.add_checkin(CheckinDraft(
                pleasantness=2, energy=-1, note=NOTE, emotions=[("calm", 6), ("tense", 2)],
                tags=["activity:walk"], sleep_hours=1 / 3),
                at=dt.datetime(2026, 10, 26, hour, 30, 59, 999999,
                               tzinfo=dt.timezone(dt.timedelta(minutes=-330))))
            ctx.regulation.add_entry(RegulationDraft(
                situation=NOTE, strategy="opposite action", helpfulness=3,
                emotions=[("angry", 8, 3), ("sad", 2, None)], note=None),
                at=dt.datetime(2026, 10, 26, hour, 0, tzinfo=dt.UTC))
        checkins = ctx.mood.search(CheckinFilter(), newest_first=False)
        text = ", ".join(mood_queries.stream_json(ctx.db, CheckinFilter(), chunk=1))
        assert text == json.dumps([c.to_json() for c in checkins], ensure_ascii=False)[1:-1]
        entries = ctx.regulation.list_entries(newest_first=False)
        text = ", ".join(regulation_queries.stream_json(ctx.db, chunk=1))
        assert text == json.dumps([e.to_json() for e in entries], ensure_ascii=False)[1:-1]
        assert len(entries) == 2 and entries[0].emotions[1].after is None

        record = ctx.practice.log_session(kind="breathing", ref="box", title="Box",
                                          planned_seconds=60, actual_seconds=30.5,
                                          completed=False, details={"pattern": "box"})
        rated = ctx.practice.rate_calm(record.id, after=6)
        assert (rated.actual_seconds, rated.completed, rated.calm_after, rated.details) == (
            30.5, False, 6, {"pattern": "box"})
