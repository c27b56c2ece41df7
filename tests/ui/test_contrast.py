"""Text contrast of at least 4.5:1 (WCAG AA) in both themes: the palette's text roles and
every text/background pair the style sheet sets."""

from __future__ import annotations

import re

import pytest

from ui import theme
from ui.qt import QColor, QPalette

MINIMUM = 4.5
THEMES = [theme.LIGHT, theme.DARK]
HEX = r"#[0-9A-Fa-f]{6}"
RULE = re.compile(r"([^{}]+)\{\{?([^{}]*)\}")


def luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    r, g, b = (channel(v) for v in (q.redF(), q.greenF(), q.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_matches_wcag():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # just fails


TEXT_ROLES = [
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Window),
]


@pytest.mark.parametrize("tokens", THEMES, ids=lambda t: t.name)
def test_palette_text_roles(tokens):
    palette = theme._palette(tokens)
    low = []
    for fg, bg in TEXT_ROLES:
        a, b = palette.color(fg).name(), palette.color(bg).name()
        if contrast(a, b) < MINIMUM:
            low.append(f"{fg.name} {a} on {bg.name} {b}: {contrast(a, b):.2f}")
    assert not low, "\n".join(low)


def sheet_pairs(tokens: theme.Tokens) -> list[tuple[str, str, str]]:
    """(rule, text colour, background) for every rule that sets a text colour or a
    background; an unset side is what surrounds it (the page or a card: both checked)."""
    pairs = []
    sheet = re.sub(r"/\*.*?\*/", "", theme.style_sheet(tokens), flags=re.S)
    colours: dict[str, str] = {}  # selector -> its text colour, for its states to inherit
    for selectors, body in RULE.findall(sheet):
        fg = re.search(rf"(?<![-\w])color:\s*({HEX})", body)
        bg = re.search(rf"(?<![-\w])background(?:-color)?:\s*({HEX})", body)
        for selector in selectors.split(","):
            if fg is not None:
                colours.setdefault(selector.strip(), fg.group(1))
        if fg is None and bg is None:
            continue
        if fg is None:  # a state (:hover, :checked) keeps its widget's text colour
            stem = re.sub(r":[a-z!-]+", "", selectors.split(",")[0]).strip()
            inherited = colours.get(stem)
            fg = re.match(f"({HEX})", inherited) if inherited else None
        if re.search(r"::(groove|sub-page|add-page|handle|indicator|add-line|sub-line)",
                     selectors) and fg is None:
            continue  # a drawn part with no text on it
        grounds = [bg.group(1)] if bg else [tokens.background, tokens.surface]
        for ground in grounds:
            pairs.append((" ".join(selectors.split()), fg.group(1) if fg else tokens.text,
                          ground))
    return pairs


@pytest.mark.parametrize("tokens", THEMES, ids=lambda t: t.name)
def test_style_sheet_text_on_its_backgrounds(tokens):
    pairs = sheet_pairs(tokens)
    assert len(pairs) > 20  # the parser found the sheet's rules
    low = [f"{rule}: {fg} on {bg}: {contrast(fg, bg):.2f}"
           for rule, fg, bg in pairs if contrast(fg, bg) < MINIMUM]
    assert not low, "\n".join(low)


@pytest.mark.parametrize("tokens", THEMES, ids=lambda t: t.name)
def test_named_pairs_the_app_draws_text_with(tokens):
    """Pairs the sheet implies without naming both: chosen chips, checked tiles and
    focused check boxes (text on the selection colour), errors and links on cards."""
    pairs = {
        "text on selection": (tokens.text, tokens.selection),
        "muted on selection": (tokens.muted, tokens.selection),
        "on-primary on primary hover": (tokens.on_primary, tokens.primary_hover),
        "attention on surface": (tokens.attention, tokens.surface),
        "attention on background": (tokens.attention, tokens.background),
        "primary on surface": (tokens.primary, tokens.surface),
        "primary on background": (tokens.primary, tokens.background),
        "muted on surface": (tokens.muted, tokens.surface),
        "muted on background": (tokens.muted, tokens.background),
    }
    low = [f"{name}: {contrast(*pair):.2f}" for name, pair in pairs.items()
           if contrast(*pair) < MINIMUM]
    assert not low, "\n".join(low)


def test_practice_kinds_differ_by_fill_as_well_as_colour(qapp):
    """Minutes per week stack the kinds: each layer has its own fill pattern, and the
    legend shows the same mark, so no kind is told apart by colour alone."""
    import datetime as dt

    from app.practice.service import KINDS
    from app.stats.practice import WeekMinutes
    from ui.progress.colours import colours_for
    from ui.progress.practice_chart import KIND_FILLS, MinutesChart

    chart = MinutesChart(colours_for(theme.LIGHT))
    week = WeekMinutes(start=dt.date(2026, 1, 5), minutes=dict.fromkeys(KINDS, 10.0))
    chart.show_weeks([week])
    fills = {kind: chart.bars[kind].opts["brush"].style() for kind in KINDS}
    assert len(set(fills.values())) == len(KINDS), fills
    assert len({KIND_FILLS[k][1] for k in KINDS}) == len(KINDS)
