"""The therapist report's sections as HTML and charts, in the reader's language.

Sentences are translated whole with their figures as {fields}; HTML stays outside the
translated text so a translator sees sentences. Dates and decimals come from QLocale.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from app.practice.service import KIND_NAMES, KINDS
from app.stats import words
from app.stats.periods import Period
from app.stats.report import SECTION_TITLES, ReportData
from ui.i18n import (
    QT_TRANSLATE_NOOP,
    app_message,
    app_text,
    checkins_text,
    clock_time,
    date_pattern,
    day_month,
    long_date,
    number,
    short_date_year,
    translate,
)
from ui.qt import QRectF, Qt
from ui.report import paint

if TYPE_CHECKING:
    from ui.report.pdf import _Flow

# The strategy table's columns: StrategyQuadrants.counts keys and their headings.
QUADRANT_HEADS = {"high-pleasant": QT_TRANSLATE_NOOP("Report", "pleasant, high energy"),
                  "low-pleasant": QT_TRANSLATE_NOOP("Report", "pleasant, low energy"),
                  "high-unpleasant": QT_TRANSLATE_NOOP("Report", "unpleasant, high energy"),
                  "low-unpleasant": QT_TRANSLATE_NOOP("Report", "unpleasant, low energy")}
# The emotion plane's quadrants by (pleasant, higher energy).
PLANE_QUADRANTS = {(True, True): QT_TRANSLATE_NOOP("Report", "pleasant, higher energy"),
                   (True, False): QT_TRANSLATE_NOOP("Report", "pleasant, lower energy"),
                   (False, True): QT_TRANSLATE_NOOP("Report", "unpleasant, higher energy"),
                   (False, False): QT_TRANSLATE_NOOP("Report", "unpleasant, lower energy")}


def full_date(day: dt.date) -> str:
    """"3 December 2026": a day without its weekday."""
    return date_pattern(day, translate("Formats", "d MMMM yyyy"))


def period_title(period: Period) -> str:
    """'3 – 9 March 2025', 'March 2025', '2025' with the locale's month names."""
    a, b = period.start, period.end
    if period.kind == "year":
        return str(a.year)  # a year is never grouped ("2,025")
    if period.kind == "month":
        return date_pattern(a, translate("Formats", "MMMM yyyy"))
    start = day_month(a) if a.year == b.year else full_date(a)
    return translate("Report", "{start} – {end}").format(start=start, end=full_date(b))


def signed(value: float) -> str:
    """words.signed ("+1.2", "0.0") with the locale's decimal point."""
    text = words.signed(value)
    return (text[0] if text[0] in "+-" else "") + number(abs(float(text)), 1)


def value_range(low: int, high: int) -> str:
    """"-2 to +3"; one value alone when every check-in agreed ("+0 to +0" said nothing)."""
    def show(v: int) -> str:
        return f"{v:+d}" if v else "0"
    if low == high:
        return show(low)
    return translate("Report", "{low} to {high}").format(low=show(low), high=show(high))


def _h2(section: str) -> str:
    return f"<h2>{html.escape(app_text(SECTION_TITLES[section]))}</h2>"


def _p(text: str, css: str = "") -> str:
    return (f"<p class='{css}'>" if css else "<p>") + html.escape(text) + "</p>"


def _head(*names: str) -> str:
    return "<tr>" + "".join(f"<th>{html.escape(n)}</th>" for n in names) + "</tr>"


def _cells(*values: str) -> str:
    """A table row of values already escaped (or figures)."""
    return "<tr>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"


def _empty(flow: _Flow, section: str, text: str) -> None:
    flow.html(_h2(section) + _p(text, "muted"))


def mood(flow: _Flow, data: ReportData) -> None:
    series = data.mood
    if not series.logged:
        _empty(flow, "mood", translate("Report", "No check-ins in this period."))
        return
    p_avg, e_avg = series.average("pleasantness"), series.average("energy")
    assert p_avg is not None and e_avg is not None
    counts = translate("Report", "{checkins} on {logged} of {days} days.").format(
        checkins=checkins_text(series.entries), logged=len(series.logged), days=data.period.length)
    averages = translate(
        "Report", "Average pleasantness {pleasantness} ({pleasantness_words}), average energy "
        "{energy} ({energy_words}), on a scale from -5 to +5.").format(
        pleasantness=signed(p_avg), pleasantness_words=app_text(words.pleasantness_words(p_avg)),
        energy=signed(e_avg), energy_words=app_text(words.energy_words(e_avg)))
    points = (translate("Report", "One point per day: the mean of its check-ins.")
              if data.daily_chart else translate(
                  "Report", "One point per week: the mean of its check-ins (each day counted once)."))
    flow.html(_h2("mood") + _p(f"{counts} {averages} {points}"), keep=220)
    paint.mood_chart(flow.p, flow.block(190), data)
    paint.mood_legend(flow.p, flow.block(16))
    if data.daily_chart and len(series.logged) <= 31:
        day_pattern = translate("Formats", "ddd d MMM")
        rows = [_cells(html.escape(date_pattern(d.day, day_pattern)), str(d.entries),
                       signed(d.pleasantness), value_range(d.pleasantness_min, d.pleasantness_max),
                       signed(d.energy)) for d in series.logged]
        flow.table(_p(translate("Report", "Day by day (range: lowest to highest check-in)"), "muted"),
                   _head(translate("Report", "day"), translate("Report", "check-ins"),
                         translate("Report", "pleasantness"), translate("Report", "range"),
                         translate("Report", "energy")), rows)


def emotions(flow: _Flow, data: ReportData) -> None:
    if not data.plane:
        _empty(flow, "emotions", translate("Report", "No check-ins in this period."))
        return
    if data.words:
        listed = ", ".join(f"{w.word} ({w.count})" for w in data.words)
        words_html = _p(translate("Report", "Words chosen most often, with how many times: "
                                            "{words}.").format(words=listed))
    else:
        words_html = _p(translate("Report", "No emotion words were chosen in this period."), "muted")
    flow.html(_h2("emotions") + words_html + _p(translate(
        "Report", "How many check-ins fell on each point of pleasantness (left to right, -5 to "
        "+5) and energy (bottom to top, -5 to +5).")), keep=200)
    rect = flow.block(190)
    paint.plane_grid(flow.p, QRectF(rect.left() + 20, rect.top(), 190, 190), data.plane)
    quadrants = dict.fromkeys(PLANE_QUADRANTS.values(), 0)
    for (x, y), n in data.plane.items():
        if x and y:  # the neutral lines belong to no quadrant
            quadrants[PLANE_QUADRANTS[x > 0, y > 0]] += n
    flow.p.setFont(paint._small(flow.p))
    flow.p.setPen(paint.INK)
    lines = [translate("Report", "Check-ins by quadrant (the neutral lines aside):")]
    lines += [translate("Report", "{quadrant}: {count}").format(
        quadrant=translate("Report", name), count=n) for name, n in quadrants.items()]
    flow.p.drawText(QRectF(rect.left() + 240, rect.top() + 40, rect.width() - 240, 120),
                    int(Qt.AlignmentFlag.AlignLeft), "\n".join(lines))


def regulation(flow: _Flow, data: ReportData) -> None:
    if not data.strategies:
        _empty(flow, "regulation", translate("Report", "No regulation entries in this period."))
        return
    rows = "".join(_cells(html.escape(s.name), str(s.uses), number(s.helpfulness, 1),
                          "" if s.drop is None else number(s.drop, 1)) for s in data.strategies)
    quadrant_rows = "".join(_cells(html.escape(q.name), *(str(q.counts.get(k, 0))
                                                          for k in QUADRANT_HEADS))
                            for q in data.quadrants)
    strategy = translate("Report", "strategy")
    flow.html(
        _h2("regulation") + _p(translate(
            "Report", "Each strategy as it was logged: how often, how helpful it felt (0 not at "
            "all to 4 very much) and how much the feeling's intensity fell on average (0-10 "
            "scale, emotions rated before and after)."))
        + "<table>" + _head(strategy, translate("Report", "times"), translate("Report", "helpful"),
                            translate("Report", "intensity drop")) + rows + "</table>"
        + _p(translate("Report", "Where each was used, by the quadrant of the strongest feeling "
                                 "at the time:"))
        + "<table>" + _head(strategy, *(translate("Report", v) for v in QUADRANT_HEADS.values()))
        + quadrant_rows + "</table>")


def practice(flow: _Flow, data: ReportData) -> None:
    totals = {k: sum(w.minutes.get(k, 0.0) for w in data.practice_weeks) for k in KINDS}
    # practice_weeks may reach a few days past the period's edges (whole weeks)
    if not any(totals.values()):
        _empty(flow, "practice", translate("Report", "No practice logged in this period."))
        return
    rows = "".join(_cells(html.escape(app_text(KIND_NAMES[k])),
                          html.escape(app_message(words.minutes_words(m))))
                   for k, m in totals.items() if m >= 0.5)
    flow.html(_h2("practice") + _p(translate(
        "Report", "Minutes practised per week (whole weeks touching the period).")) +
        f"<table>{rows}</table>", keep=150)
    paint.kinds_legend(flow.p, flow.block(16))
    paint.practice_bars(flow.p, flow.block(130), data)
    if data.calm:
        rows = "".join(_cells(html.escape(c.title), str(c.rated_sessions), number(c.before, 1),
                              number(c.after, 1), signed(c.change)) for c in data.calm)
        flow.html(_p(translate("Report", "Calm (0-10) before and after each exercise, over "
                                         "sessions rated both times:"))
                  + "<table>" + _head(translate("Report", "exercise"), translate("Report", "rated"),
                                      translate("Report", "before"), translate("Report", "after"),
                                      translate("Report", "change")) + rows + "</table>")


def notes(flow: _Flow, data: ReportData) -> None:
    if not data.notes:
        _empty(flow, "notes", translate("Report", "No notes were chosen for this report."))
        return
    day_pattern = translate("Formats", "ddd d MMM yyyy")
    rows = "".join(_cells(html.escape(f"{date_pattern(n.local_time.date(), day_pattern)} "
                                      f"{clock_time(n.local_time)}"),
                          f"{n.pleasantness:+d} / {n.energy:+d}", html.escape(n.note))
                   for n in data.notes)
    flow.html(_h2("notes") + _p(translate("Report", "Notes chosen by the person to share."), "muted")
              + "<table>" + _head(translate("Report", "when"),
                                  translate("Report", "pleasant / energy"),
                                  translate("Report", "note")) + rows + "</table>")


def therapy(flow: _Flow, data: ReportData) -> None:
    coming, last = data.next_session, data.last_session
    parts = [_h2("therapy")]
    if coming is not None and coming.on_day is not None:
        parts.append(_p(translate("Report", "Next session: {day}.").format(
            day=long_date(coming.on_day))))
    if coming is not None and coming.items:
        rows = "".join(
            _cells(html.escape(short_date_year(f.day)), html.escape(app_text(f.kind_name)),
                   html.escape(f.summary) + (f"<br><i>{html.escape(f.note)}</i>" if f.note else ""))
            for f in coming.items)
        parts.append(_p(translate("Report", "What the person flagged to talk about (from any "
                                            "date):"))
                     + "<table>" + _head(translate("Report", "day"), translate("Report", "what"),
                                         translate("Report", "about")) + rows + "</table>")
    else:
        parts.append(_p(translate("Report", "Nothing is flagged for the next session."), "muted"))
    if last is not None:
        title = (translate("Report", "Notes from the session of {day}.").format(
            day=full_date(last.on_day)) if last.on_day
            else translate("Report", "Notes from the last session."))
        worked = translate("Report", "Worked on: {text}").format(text=last.worked_on or "")
        parts.append(f"<p><b>{html.escape(title)}</b> {html.escape(worked)}</p>")
        if last.homework_lines:
            items = "".join(f"<li>{html.escape(h)}</li>" for h in last.homework_lines)
            parts.append(_p(translate("Report", "Homework:")) + f"<ul>{items}</ul>")
    flow.html("".join(parts))


def safety(flow: _Flow, data: ReportData) -> None:
    from app.safety.types import SECTIONS

    plan = data.safety_plan
    parts = [_h2("safety"), _p(translate("Report", "Included because the person chose to share "
                                                   "it."), "muted")]
    for section in SECTIONS:
        lines = plan.section(section.key) if plan is not None else []
        if lines:
            items = "".join(f"<li>{html.escape(item.text)}</li>" for item in lines)
            parts.append(f"<p><b>{html.escape(app_text(section.heading))}</b></p><ul>{items}</ul>")
    if len(parts) == 2:
        parts.append(_p(translate("Report", "The safety plan has no lines yet."), "muted"))
    flow.html("".join(parts))


DRAWERS = {"mood": mood, "emotions": emotions, "regulation": regulation, "practice": practice,
           "notes": notes, "therapy": therapy, "safety": safety}
