"""Translations and locale-aware dates and numbers: every text a person sees passes here.

Pages call `translate("Context", "text")` (pyside6-lupdate extracts these calls; the text
must be a literal) and format dates, times and numbers with the helpers below, so the
words and the order come from the translation and the names and digits from QLocale.
"""

from __future__ import annotations

import datetime as dt
import os

from app.i18n import Text, Weekday
from ui.qt import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

# Forces a locale (e.g. "de_DE") for trying a translation without changing the session.
LOCALE_ENV = "STILLPOINT_LOCALE"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def app_text(text: str) -> str:
    """A message app/ marked with N_ (app/i18n.py), translated where the window shows it."""
    return QCoreApplication.translate("", text)  # N_ (QT_TR_NOOP to lupdate) has no context


def app_message(message: Text) -> str:
    """A composed app/ message (app/i18n.py Text): words translated, days named by QLocale."""
    return message.render(app_text, lambda value: weekday(value.day) if isinstance(value, Weekday)
                          else str(value))


def install_translators(app: QCoreApplication, locale: QLocale | None = None, *,
                        folder: str | None = None) -> list[QTranslator]:
    """Our catalogue for the locale and, with it, Qt's own (dialog buttons, context menus).

    The source text is English, so English costs nothing; another language costs one
    directory probe when no catalogue exists for it, and Qt's is loaded only alongside
    ours so a window is never half in one language.
    """
    forced = os.environ.get(LOCALE_ENV)
    if locale is None:
        locale = QLocale(forced) if forced else QLocale.system()
    if forced:
        QLocale.setDefault(locale)
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return []
    if folder is None:
        from importlib import resources  # only for a language other than English

        folder = str(resources.files("resources") / "i18n")
    ours = QTranslator(app)
    if not ours.load(locale, "stillpoint", "_", folder) or ours.isEmpty():
        return []
    installed = [ours]
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_own)
    for translator in installed:
        app.installTranslator(translator)
    return installed


# Date and time patterns are translatable (context "Formats"), so a language can put the
# day after the month; the names in them come from QLocale.


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: dt.date) -> str:
    """"Thursday, 3 December 2026" in the reader's language and order."""
    return QLocale().toString(_qdate(day), translate("Formats", "dddd, d MMMM yyyy"))


def day_and_month(day: dt.date) -> str:
    """"Thursday 3 December": a day within the year on show."""
    return QLocale().toString(_qdate(day), translate("Formats", "dddd d MMMM"))


def day_month(day: dt.date) -> str:
    """"3 December": a day when the weekday does not matter."""
    return QLocale().toString(_qdate(day), translate("Formats", "d MMMM"))


def short_date(day: dt.date) -> str:
    """"3 Dec": a compact day in lists and charts."""
    return QLocale().toString(_qdate(day), translate("Formats", "d MMM"))


def short_date_year(day: dt.date) -> str:
    """"3 Dec 2026": a compact day when the year may differ."""
    return QLocale().toString(_qdate(day), translate("Formats", "d MMM yyyy"))


def weekday(day: dt.date, *, short: bool = False) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), kind)


def clock_time(moment: dt.time | dt.datetime) -> str:
    """"09:30": the pattern is translatable so a 12-hour language can say "9:30 AM"."""
    return QLocale().toString(QTime(moment.hour, moment.minute), translate("Formats", "HH:mm"))


def number(value: float, decimals: int = 0) -> str:
    """Digits, decimal point and grouping as the locale writes them."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for lupdate; the code that shows it calls translate(context, it)."""
    return text


def number_g(value: float) -> str:
    """Like f"{value:g}" (5.5, 4) with the locale's decimal point."""
    return QLocale().toString(float(value), "g", 6)


def sleep_words(hours: float) -> str:
    """"slept 7.5 h": Today and Log show an entry's sleep alike."""
    return translate("Formats", "slept {hours} h").format(hours=number_g(hours))


def moment_text(moment: dt.datetime) -> str:
    """"Thu 3 Dec 09:30": an entry's time in a list."""
    return QLocale().toString(_qdate(moment.date()), translate("Formats", "ddd d MMM")) + " " \
        + clock_time(moment)


def date_pattern(day: dt.date, pattern: str) -> str:
    """A date in a pattern the caller got from translate() ("ddd d", "MMM")."""
    return QLocale().toString(_qdate(day), pattern)


def checkins_text(count: int) -> str:
    """"1 check-in", "3 check-ins"."""
    if count == 1:
        return translate("Formats", "1 check-in")
    return translate("Formats", "{count} check-ins").format(count=count)

