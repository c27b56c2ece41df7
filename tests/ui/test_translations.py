"""Every text a person meets goes through Qt's translation: with a pseudo-translation that
brackets each string it is asked for, no page may show a word outside the brackets. Dates
follow the locale, and the committed catalogue matches the strings in the source."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ui.qt import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QLocale,
    QPlainTextEdit,
    QTextDocument,
    QTranslator,
    QWidget,
)

OPEN, CLOSE = "\u27e6", "\u27e7"
BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
WORD = re.compile(r"[^\W\d_]{2,}")
# Settings cards whose files were being changed for other parts of issue 13 while this
# test was written: their literals are wrapped, their constants (combo items, accessible
# names built in loops) not yet. Remove each one once it is.
PENDING: tuple[str, ...] = ()


def catalogue_tools():
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "packaging"))
    try:
        import translations
    finally:
        sys.path.remove(str(root / "packaging"))
    return translations


class PseudoTranslator(QTranslator):
    """Brackets the source text of every message lupdate collected, so text a translator
    never gets to see (not marked, or built before translate() is called) stays bare."""

    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known

    def translate(self, context, source, disambiguation=None, n=-1):
        if source and ((context, source) in self.known or context.startswith("Q")):
            return f"{OPEN}{source}{CLOSE}"  # Q...: Qt's own, translated by qtbase_*.qm
        return source

    def isEmpty(self):
        return False


@pytest.fixture(scope="module")
def known_messages():
    return {(context, text) for context, text, _ in catalogue_tools().fresh_messages()}


@pytest.fixture
def pseudo(known_messages):
    app = QApplication.instance()
    translator = PseudoTranslator(known_messages)
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def locale_names() -> set[str]:
    """Day and month names come from QLocale, which is translated already."""
    locale = QLocale()
    names = set()
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        names |= {locale.dayName(i, kind) for i in range(1, 8)}
        names |= {locale.monthName(i, kind) for i in range(1, 13)}
        names |= {locale.standaloneMonthName(i, kind) for i in range(1, 13)}
    return {n for n in names if n}


def content_strings() -> set[str]:
    """Texts that come from data files (patterns, scripts, articles, instruments, word and
    tag lists): translating content is a later step, so these may show as they are."""
    root = Path(__file__).resolve().parents[2]
    found: set[str] = set()

    def leaves(value: object) -> None:
        if isinstance(value, str):
            found.add(" ".join(value.split()))
        elif isinstance(value, dict):
            for key, item in value.items():
                leaves(key)
                leaves(item)
        elif isinstance(value, list):
            for item in value:
                leaves(item)

    for path in (root / "resources").rglob("*"):
        if path.suffix == ".json":
            leaves(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".toml":
            leaves(tomllib.loads(path.read_text(encoding="utf-8")))
        elif path.suffix in (".md", ".txt"):
            value = ""  # "key: value" lines (front matter, script headers) run on indented
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("  ") and value:
                    value += " " + line.strip()
                    continue
                found.add(value)
                line = line.lstrip("#").strip()
                found.add(line)
                value = line.split(":", 1)[1].strip().strip("\"'") if ":" in line else ""
            found.add(value)
    patterns = ast.parse((root / "app" / "breathing" / "patterns.py").read_text(encoding="utf-8"))
    found |= {" ".join(n.value.split()) for n in ast.walk(patterns)
              if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return {text for text in found if text}


def known(part: str, content: set[str]) -> bool:
    part = " ".join(part.split())
    bare = re.sub(r"[\d/.]+", "", part)
    return any(text in content or text.strip(" ·,:;()\u201c\u201d\"'") in content
               for text in (part, bare))


def untranslated(text: str, names: set[str], content: set[str]) -> str | None:
    """The words of `text` outside the brackets that are not content, if any."""
    rest = plain(text)
    while True:
        stripped = BRACKETED.sub("\0", rest)
        if stripped == rest:
            break
        rest = stripped
    left = []
    # What is left is content as a whole ("Box breathing"), or a list of it ("calm 6/10,
    # sad 3/10", "home · work"): each piece is checked on its own, its figures aside.
    for line in re.split(r"\0|\n", rest):
        if known(line, content):
            continue
        for part in re.split(r"·|, ", line):
            if not known(part, content):
                left += [w for w in WORD.findall(part) if w not in names]
    return " ".join(left) or None


def texts(widget: QWidget) -> list[tuple[str, str]]:
    found = [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
             ("accessible description", widget.accessibleDescription())]
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(("text", widget.text()))
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        found.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        found += [("item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        found += [("item", widget.item(i).text()) for i in range(widget.count())]
    if widget.isWindow():
        found.append(("window title", widget.windowTitle()))
    return [(kind, text) for kind, text in found if text]


def pending(widget: QWidget) -> bool:
    """Inside a card whose module another change is still editing (see PENDING)."""
    while widget is not None:
        if type(widget).__module__.startswith(PENDING):
            return True
        widget = widget.parentWidget()
    return False


def problems(root: QWidget, names: set[str], content: set[str]) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (not widget.isVisible() or isinstance(widget.parentWidget(), QComboBox)
                or pending(widget)):
            continue
        for kind, text in texts(widget):
            words = untranslated(text, names, content)
            if words:
                label = widget.objectName() or type(widget).__name__
                found.append(f"{label} {kind}: {text[:80]!r} ({words})")
    return found


def seed(ctx) -> None:
    """Entries that show the pages' filled state; no text of the user's own (no note, no
    title), only words and tags from the starter lists and a built-in pattern."""
    from app.mood.types import CheckinDraft

    ctx.mood.add_checkin(CheckinDraft(pleasantness=2, energy=-1, emotions=(("calm", 6),),
                                      tags=("home",), sleep_hours=7))
    ctx.mood.add_checkin(CheckinDraft(pleasantness=-2, energy=3))
    ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                             planned_seconds=300, actual_seconds=300, completed=True)


@pytest.mark.parametrize("filled", [False, True], ids=["fresh", "with entries"])
def test_every_page_shows_only_translated_text(qtbot, ctx, data_dir, pseudo, filled):
    from ui.application import build_window

    if filled:
        seed(ctx)

    window = build_window(ctx, silent=True)
    window.persist_geometry = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    names, content = locale_names(), content_strings() | {str(data_dir)}
    found = []
    for spec in window.specs:
        window.show_page(spec.key)
        qtbot.wait(300)  # Progress draws its charts just after it is shown
        found += [f"{spec.key}: {p}" for p in problems(window, names, content)]
    assert not found, "text shown without translation:\n" + "\n".join(dict.fromkeys(found))


def test_pseudo_translation_reaches_the_page(qtbot, ctx, pseudo):
    """The fixture works: a page built with it shows bracketed text (the test above would
    pass vacuously on a blank window)."""
    from ui.today.page import TodayPage

    page = TodayPage(ctx.mood, ctx.hub, settings=ctx.settings)
    qtbot.addWidget(page)
    assert page.save_button.text() == f"{OPEN}Save check-in{CLOSE}"


def test_dates_use_the_locale():
    from ui.i18n import day_and_month, long_date, number, short_date

    day = dt.date(2026, 12, 3)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert long_date(day) == "Donnerstag, 3 Dezember 2026"
        assert day_and_month(day) == "Donnerstag 3 Dezember"
        assert short_date(day) == "3 Dez."
        assert number(2.5, 1) == "2,5"
    finally:
        QLocale.setDefault(before)
    assert long_date(day) == "Thursday, 3 December 2026"


def test_catalogue_matches_the_source():
    """A new string without `update`, or a string removed, fails here: run
    `python packaging/translations.py update build`."""
    translations = catalogue_tools()
    fresh = translations.fresh_messages()
    assert ("TodayPage", "Save check-in", "") in fresh
    for language in translations.LANGUAGES:
        have = translations.messages(translations.catalogue(language))
        assert sorted(fresh - have) == [], f"{language}: not in the catalogue"
        assert sorted(have - fresh) == [], f"{language}: no longer in the source"


def test_a_service_message_is_translated_where_it_is_shown(qtbot, pseudo):
    """app/ marks the words with N_ and keeps the values apart; the window translates the
    words, then fills them in. The CLI keeps the English message."""
    from app.errors import UserError
    from app.i18n import N_
    from ui.widgets.status_line import StatusLine

    exc = UserError(N_("the note is {count} characters; keep it under {limit}"), count=2100, limit=2000)
    line = StatusLine()
    qtbot.addWidget(line)
    line.show_error(exc)
    assert line.text() == f"{OPEN}the note is 2100 characters; keep it under 2000{CLOSE}."
    assert exc.message == "the note is 2100 characters; keep it under 2000"


def test_the_week_in_words_is_translated_and_names_days_by_the_locale(ctx, pseudo):
    from app.i18n import N_, Text, Weekday
    from app.mood.types import CheckinDraft
    from app.stats.words import days_text, times_text
    from app.timeutil import today
    from ui.i18n import app_message

    ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=0))
    review = ctx.stats.weekly_review(today(), today=today())
    assert review.sentences[0] == "You checked in once on 1 day."  # the CLI's English
    once, day = f"{OPEN}once{CLOSE}", f"{OPEN}1 day{CLOSE}"
    assert app_message(review.points[0]) == f"{OPEN}You checked in {once} on {day}.{CLOSE}"
    best = Text(N_("You checked in {times} on {days}. {weekday} felt most pleasant."),
                {"times": times_text(4), "days": days_text(3), "weekday": Weekday(dt.date(2026, 12, 3))})
    assert "Thursday felt" in str(best)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert "Donnerstag felt" in app_message(best)
    finally:
        QLocale.setDefault(before)


def test_a_compiled_catalogue_is_installed_for_its_language(qtbot, tmp_path):
    """The whole path: a .ts with one translation, lrelease, then start-up's installer."""
    from ui.i18n import install_translators, translate

    app = QApplication.instance()
    assert install_translators(app, QLocale("en_GB"), folder=str(tmp_path)) == []
    ts = tmp_path / "stillpoint_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  'language="de_DE"><context><name>Pages</name><message><source>Today</source>'
                  '<translation>Heute</translation></message></context></TS>', encoding="utf-8")
    tools = catalogue_tools()
    subprocess.run([tools.tool("lrelease"), "-silent", str(ts)], check=True)
    installed = install_translators(app, QLocale("de_DE"), folder=str(tmp_path))
    try:
        assert installed
        assert translate("Pages", "Today") == "Heute"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    assert translate("Pages", "Today") == "Today"
