"""Random changes to a valid export never crash the importer, and a rejected file never
changes the database."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.context import open_context
from app.errors import UserError
from app.exchange.columns import export_tables

ODD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                       st.text(max_size=30), st.lists(st.integers(), max_size=3),
                       st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
                       st.sampled_from(["2026-11-02T08:00:00+00:00", "2026-11-02", "", "x" * 500,
                                        "2026-13-40", 2**70]))


class _World:
    def __init__(self, base, document, target):
        self.base, self.document, self.target = base, document, target

    def __repr__(self):  # hypothesis prints its arguments; the export is too long to show
        return "<exchange fuzz world>"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A valid export (a few hundred rows) and a target database, shared by every example."""
    base = tmp_path_factory.mktemp("fuzz")
    with open_context(str(base / "source")) as source:
        from tests.app.exchange_data import fill_everything

        fill_everything(source)
        out = base / "good.json"
        source.exchange.export(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    target = open_context(str(base / "target"))
    yield _World(base, document, target)
    target.close()


def _snapshot(ctx):
    return {t.name: ctx.db.rows(f"SELECT * FROM {t.name}") for t in export_tables()}


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutations_never_crash_and_rejections_change_nothing(world, data):
    base, document, target = world.base, world.document, world.target
    mutated = json.loads(json.dumps(document))
    tables = [name for name, rows in mutated["tables"].items() if rows]
    for _ in range(data.draw(st.integers(1, 3))):
        name = data.draw(st.sampled_from(tables))
        rows = mutated["tables"][name]
        index = data.draw(st.integers(0, len(rows) - 1))
        action = data.draw(st.sampled_from(["set", "drop", "add", "row", "top"]))
        if not isinstance(rows[index], dict) and action in ("set", "drop", "add"):
            action = "row"
        if action == "set":
            rows[index][data.draw(st.sampled_from(sorted(rows[index])))] = data.draw(ODD_VALUES)
        elif action == "drop":
            rows[index].pop(data.draw(st.sampled_from(sorted(rows[index]))), None)
        elif action == "add":
            rows[index][data.draw(st.text(max_size=8))] = data.draw(ODD_VALUES)
        elif action == "row":
            rows[index] = data.draw(ODD_VALUES)
        else:
            mutated[data.draw(st.sampled_from(["format", "version", "tables"]))] = \
                data.draw(ODD_VALUES)
            break  # the tables may be gone now
    path = base / "mutated.json"
    path.write_text(json.dumps(mutated), encoding="utf-8")
    before = _snapshot(target)
    try:
        target.exchange.import_file(path)
    except UserError:
        assert _snapshot(target) == before
