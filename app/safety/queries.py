"""Safety plan reads: portable SQL with :named parameters, rows mapped by column name."""

from __future__ import annotations

from app.limits import SAFETY_SECTIONS
from app.safety.types import PlanItem, SafetyPlan
from app.storage.database import Database, Row
from app.timeutil import as_datetime

_COLUMNS = "id, section, text, position, updated_at_utc"
SQL_ALL = f"SELECT {_COLUMNS} FROM safety_plan_item ORDER BY position, id"
SQL_ONE = f"SELECT {_COLUMNS} FROM safety_plan_item WHERE id = :id"
SQL_SECTION = (f"SELECT {_COLUMNS} FROM safety_plan_item WHERE section = :section "
               "ORDER BY position, id")


def item_from(row: Row) -> PlanItem:
    return PlanItem(id=row["id"], section=row["section"], text=row["text"],
                    position=row["position"], updated_at_utc=as_datetime(row["updated_at_utc"]))


def plan(db: Database) -> SafetyPlan:
    """Every line, section by section in the plan's order, then by position."""
    order = {key: i for i, key in enumerate(SAFETY_SECTIONS)}
    items = sorted((item_from(r) for r in db.rows(SQL_ALL)),
                   key=lambda i: (order.get(i.section, 99), i.position, i.id))
    return SafetyPlan(tuple(items))


def section_items(db: Database, section: str) -> list[PlanItem]:
    return [item_from(r) for r in db.rows(SQL_SECTION, section=section)]


def get_item(db: Database, item_id: int) -> PlanItem | None:
    rows = db.rows(SQL_ONE, id=item_id)
    return item_from(rows[0]) if rows else None
