"""Property tests: random and mutated Daylio files never crash the import, and a file
that is refused leaves the database exactly as it was."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import UserError
from app.exchange.daylio import read_daylio_file
from app.exchange.daylio_import import import_daylio

DATA = Path(__file__).parent.parent / "data" / "daylio"
FIXTURES = sorted(p.read_bytes() for p in DATA.glob("*.csv"))
HEADER = b"full_date,date,weekday,time,mood,activities,note_title,note\n"
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def snapshot(ctx):
    checkins = [(c.id, c.at_utc, c.pleasantness, c.note, c.tags)
                for c in ctx.mood.list_checkins()]
    return checkins, ctx.mood.list_tags(include_hidden=True)


def attempt(ctx, tmp_path, data: bytes, moods: dict[str, int]) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    before = snapshot(ctx)
    try:
        parsed = read_daylio_file(path)
        summary = import_daylio(ctx.mood, parsed, moods)
    except UserError as exc:
        assert exc.message  # a reason for the person
        assert snapshot(ctx) == before
        return
    assert summary.added + summary.already_present + len(summary.skipped) >= summary.rows_read
    assert len(snapshot(ctx)[0]) == len(before[0]) + summary.added


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(FIXTURES)))
    for _ in range(draw(st.integers(1, 8))):
        where = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "cut"]))
        chunk = draw(st.binary(min_size=1, max_size=6) | st.sampled_from(
            [b",", b'"', b"\n", b"|", b"\r", b"\xef\xbb\xbf", b"pm", b"99", b"<br>", b"\x00"]))
        if action == "insert":
            data[where:where] = chunk
        elif action == "delete":
            del data[where:where + len(chunk)]
        elif action == "replace":
            data[where:where + len(chunk)] = chunk
        else:
            del data[where:]
    return bytes(data)


cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)


@st.composite
def random_rows(draw) -> bytes:
    lines = [HEADER.decode()]
    for _ in range(draw(st.integers(0, 6))):
        fields = draw(st.lists(cells, min_size=0, max_size=10))
        lines.append(",".join(f'"{f}"' if draw(st.booleans()) else f for f in fields) + "\n")
    return "".join(lines).encode("utf-8", "surrogatepass")


@FUZZ
@given(data=mutated(), moods=st.dictionaries(cells, st.integers(-5, 5), max_size=3))
def test_mutated_exports_never_crash(ctx, tmp_path, data, moods):
    attempt(ctx, tmp_path, data, moods)


@FUZZ
@given(data=st.binary(max_size=300) | random_rows())
def test_random_files_never_crash(ctx, tmp_path, data):
    attempt(ctx, tmp_path, data, {})
