"""Self-assessments: the instruments on offer, and storing a scored result."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from app.assessments import queries
from app.assessments.instrument import Instrument
from app.assessments.library import Library, load_library
from app.assessments.scoring import check_answers, score
from app.assessments.types import AssessmentResult
from app.errors import UserError
from app.events import AssessmentsChanged, EventHub
from app.storage.database import Database
from app.storage.soft_delete import restore, soft_delete
from app.timeutil import now_stamp, stamp_from

LIST_HINT = "`stillpoint assess list` shows them"


class AssessmentService:
    def __init__(self, db: Database, hub: EventHub, data_dir: Path | None = None) -> None:
        self._db = db
        self._hub = hub
        self._data_dir = data_dir
        self._library: Library | None = None

    # -- instruments -------------------------------------------------------------------
    def library(self, *, reload: bool = False) -> Library:
        """Shipped and user instruments; user files are read again when `reload` is set."""
        if self._library is None or reload:
            self._library = load_library(self._data_dir)
        return self._library

    def instruments(self) -> tuple[Instrument, ...]:
        return self.library().instruments

    def instrument(self, ident: str) -> Instrument:
        found = self.library().find(ident.strip().lower())
        if found is None:
            known = ", ".join(i.id for i in self.instruments())
            raise UserError(f"there is no instrument '{ident}'; choose one of {known}",
                            hint=LIST_HINT)
        return found

    # -- results -----------------------------------------------------------------------
    def take(self, ident: str, answers: Sequence[int], *,
             at: dt.datetime | None = None) -> AssessmentResult:
        """Score and store one sitting: `answers` are the values of the items asked, in
        order. A wrong count or value raises UserError and stores nothing."""
        instrument = self.instrument(ident)
        checked = check_answers(instrument, answers)
        outcome = score(instrument, checked)
        stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import AssessmentResult as Row

        with self._db.transaction() as session:
            row = Row(instrument=instrument.id, at_utc=stamp.at_utc,
                      utc_offset_min=stamp.offset_min, local_day=stamp.local_day,
                      answers=json.dumps(list(checked.values())),
                      scores=json.dumps(outcome.scores),
                      band=outcome.band.label if outcome.band else None,
                      crisis=outcome.crisis)
            session.add(row)
            session.flush()
            new_id = row.id
        self._hub.publish(AssessmentsChanged(instrument.id))
        return self.get(new_id)

    def get(self, result_id: int) -> AssessmentResult:
        found = queries.get_result(self._db, result_id)
        if found is None:
            raise UserError(f"there is no assessment result {result_id}")
        return found

    def history(self, ident: str) -> list[AssessmentResult]:
        """An instrument's results, the oldest first. A removed user instrument's results
        stay readable by its id."""
        known = self.library().find(ident.strip().lower())
        return queries.history(self._db, known.id if known else ident.strip().lower())

    def all_results(self) -> list[AssessmentResult]:
        """Every result, the oldest first."""
        return queries.all_results(self._db)

    def latest(self) -> dict[str, AssessmentResult]:
        """The newest result of each instrument taken, by instrument id."""
        return queries.latest_by_instrument(self._db)

    def delete(self, result_id: int) -> None:
        from app.storage.models import AssessmentResult as Row

        with self._db.transaction() as session:
            instrument = soft_delete(session, Row, result_id, what="assessment result").instrument
        self._hub.publish(AssessmentsChanged(instrument))

    def restore(self, result_id: int) -> None:
        from app.storage.models import AssessmentResult as Row

        with self._db.transaction() as session:
            instrument = restore(session, Row, result_id, what="assessment result").instrument
        self._hub.publish(AssessmentsChanged(instrument))
