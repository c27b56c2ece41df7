"""Calendar periods the charts show: an ISO week (Monday first), a month, a year."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

KINDS = ("week", "month", "year")


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date  # inclusive

    @property
    def days(self) -> list[dt.date]:
        count = (self.end - self.start).days + 1
        return [self.start + dt.timedelta(days=i) for i in range(count)]

    @property
    def length(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def shifted(self, steps: int) -> Period:
        """The period `steps` weeks/months/years later (earlier when negative)."""
        if self.kind == "week":
            return week_of(self.start + dt.timedelta(weeks=steps))
        if self.kind == "month":
            index = self.start.year * 12 + self.start.month - 1 + steps
            return month_of(dt.date(index // 12, index % 12 + 1, 1))
        if self.kind == "year":
            return year_of(dt.date(self.start.year + steps, 1, 1))
        move = dt.timedelta(days=self.length * steps)
        return Period(self.kind, self.start + move, self.end + move)

    @property
    def previous(self) -> Period:
        return self.shifted(-1)

    @property
    def next(self) -> Period:
        return self.shifted(1)

    def title(self) -> str:
        """Plain words for headings: '3 – 9 March 2025', 'March 2025', '2025'."""
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "month":
            return f"{calendar.month_name[self.start.month]} {self.start.year}"
        a, b = self.start, self.end
        if a.year != b.year:
            return f"{_day_month(a)} {a.year} – {_day_month(b)} {b.year}"
        if a.month != b.month:
            return f"{_day_month(a)} – {_day_month(b)} {b.year}"
        return f"{a.day} – {_day_month(b)} {b.year}"


def _day_month(day: dt.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]}"


def week_of(day: dt.date) -> Period:
    start = day - dt.timedelta(days=day.weekday())
    return Period("week", start, start + dt.timedelta(days=6))


def month_of(day: dt.date) -> Period:
    last = calendar.monthrange(day.year, day.month)[1]
    return Period("month", day.replace(day=1), day.replace(day=last))


def year_of(day: dt.date) -> Period:
    return Period("year", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))


def period_of(kind: str, day: dt.date) -> Period:
    if kind not in KINDS:
        raise ValueError(f"unknown period '{kind}'")
    return {"week": week_of, "month": month_of, "year": year_of}[kind](day)


def span(start: dt.date, end: dt.date) -> Period:
    """Any range of days, e.g. the one a report covers."""
    return Period("span", start, end)


def weeks_ending(day: dt.date, count: int) -> list[Period]:
    """`count` consecutive weeks, the last one holding `day`."""
    last = week_of(day)
    return [last.shifted(i - count + 1) for i in range(count)]
