"""Safety plan writes (one call = one transaction) and the person's own crisis numbers."""

from __future__ import annotations

import json
from typing import Any

from app.errors import UserError
from app.events import EventHub, SafetyPlanChanged, SettingChanged
from app.limits import SAFETY_ITEM_MAX, SAFETY_ITEMS_MAX, SAFETY_SECTIONS
from app.safety import queries
from app.safety.card import checked_contacts, crisis_card
from app.safety.types import SECTION_BY_KEY, Contacts, CrisisCard, PlanItem, SafetyPlan
from app.storage.database import Database
from app.timeutil import now_stamp

__all__ = ["SafetyService", "validate_section", "validate_text"]


def validate_section(section: str) -> str:
    if section not in SAFETY_SECTIONS:
        raise UserError(f"there is no safety plan section '{section}'; choose from "
                        f"{', '.join(SAFETY_SECTIONS)}")
    return section


def validate_text(text: str) -> str:
    cleaned = " ".join((text or "").split())  # one line each: the plan is printed as a list
    if not cleaned:
        raise UserError("write a few words first")
    if len(cleaned) > SAFETY_ITEM_MAX:
        raise UserError(f"that line is {len(cleaned)} characters; keep it under "
                        f"{SAFETY_ITEM_MAX}")
    return cleaned


class SafetyService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    @property
    def hub(self) -> EventHub:
        """Where the plan's changes are announced (a view of the plan listens there)."""
        return self._hub

    # -- reading -------------------------------------------------------------------------
    def plan(self) -> SafetyPlan:
        return queries.plan(self._db)

    def section_items(self, section: str) -> list[PlanItem]:
        return queries.section_items(self._db, validate_section(section))

    def card(self, saved: dict[str, Any] | None = None) -> CrisisCard:
        """The crisis card with the saved numbers (read now unless given)."""
        if saved is None:
            from app.settings import queries as settings_queries

            saved = {k: json.loads(v)
                     for k, v in settings_queries.stored_values(self._db).items()}
        return crisis_card(saved)

    # -- the plan ------------------------------------------------------------------------
    def add_item(self, section: str, text: str, *, position: int | None = None) -> PlanItem:
        """Add a line at the end of its section, or at `position` (restoring a removal)."""
        section, text = validate_section(section), validate_text(text)
        from app.storage.models import SafetyPlanItem

        with self._db.transaction() as session:
            rows = _section_rows(session, section)
            if len(rows) >= SAFETY_ITEMS_MAX:
                raise UserError(f"“{SECTION_BY_KEY[section].heading}” holds "
                                f"{SAFETY_ITEMS_MAX} lines already; edit one instead")
            at = len(rows) if position is None else max(0, min(position, len(rows)))
            row = SafetyPlanItem(section=section, text=text, position=at,
                                 updated_at_utc=now_stamp().at_utc)
            rows.insert(at, row)
            session.add(row)
            _renumber(rows)
            session.flush()
            new_id = row.id
        return self._changed(new_id)

    def edit_item(self, item_id: int, text: str) -> PlanItem:
        text = validate_text(text)
        from app.storage.models import SafetyPlanItem

        with self._db.transaction() as session:
            row = _existing(session.get(SafetyPlanItem, item_id), item_id)
            if row.text != text:
                row.text, row.updated_at_utc = text, now_stamp().at_utc
        return self._changed(item_id)

    def move_item(self, item_id: int, offset: int) -> PlanItem:
        """Move a line up (offset < 0) or down within its section; at an end it stays."""
        from app.storage.models import SafetyPlanItem

        with self._db.transaction() as session:
            row = _existing(session.get(SafetyPlanItem, item_id), item_id)
            rows = _section_rows(session, row.section)
            index = rows.index(row)
            target = max(0, min(index + offset, len(rows) - 1))
            rows.insert(target, rows.pop(index))
            _renumber(rows)
        return self._changed(item_id)

    def remove_item(self, item_id: int) -> PlanItem:
        """Remove a line; the returned item lets the undo bar add it back in its place."""
        from app.storage.models import SafetyPlanItem

        with self._db.transaction() as session:
            row = _existing(session.get(SafetyPlanItem, item_id), item_id)
            removed = queries.item_from({c: getattr(row, c) for c in
                                         ("id", "section", "text", "position",
                                          "updated_at_utc")})
            rows = _section_rows(session, row.section)
            rows.remove(row)
            session.delete(row)
            _renumber(rows)
        self._hub.publish(SafetyPlanChanged(section=removed.section))
        return removed

    def restore_item(self, item: PlanItem) -> PlanItem:
        return self.add_item(item.section, item.text, position=item.position)

    # -- the person's own numbers -----------------------------------------------------------
    def save_contacts(self, contacts: Contacts) -> CrisisCard:
        """Store all five numbers and names in one transaction; empty ones fall back to
        the defaults for the locale."""
        from app.storage.models import Setting

        values = checked_contacts(contacts)
        with self._db.transaction() as session:
            for key, value in values.items():
                session.merge(Setting(key=key, value=json.dumps(value)))
        for key, value in values.items():
            self._hub.publish(SettingChanged(key=key, value=value))
        return self.card()

    def _changed(self, item_id: int) -> PlanItem:
        item = queries.get_item(self._db, item_id)
        assert item is not None  # written in the transaction that just ended
        self._hub.publish(SafetyPlanChanged(section=item.section))
        return item


def _existing(row: Any, item_id: int) -> Any:
    if row is None:
        raise UserError(f"there is no safety plan line {item_id}")
    return row


def _section_rows(session: Any, section: str) -> list[Any]:
    from sqlalchemy import select

    from app.storage.models import SafetyPlanItem

    return list(session.scalars(
        select(SafetyPlanItem).where(SafetyPlanItem.section == section)
        .order_by(SafetyPlanItem.position, SafetyPlanItem.id)))


def _renumber(rows: list[Any]) -> None:
    """Positions 0..n-1 in list order, so moving and printing never meet gaps or ties."""
    for index, row in enumerate(rows):
        row.position = index
