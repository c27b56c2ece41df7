"""Every page walked by Tab, as a keyboard user meets it.

Ctrl+1..9 moves focus into the page; then Tab goes round the page's controls. Each control
Tab reaches must have a name a screen reader can speak (a combo box its label's, not its
current value) and must look different once focused: a grab of the control before and
after focus must differ. The sidebar's focus must show too, and differ from "selected"."""

from __future__ import annotations

from itertools import pairwise

from ui.qt import (
    QAbstractSpinBox,
    QAccessible,
    QApplication,
    QComboBox,
    QImage,
    Qt,
    QWidget,
)

LIMIT = 120  # Tab presses per page: more than any page has controls
SECTIONS = 3  # day, month, year


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def framed(widget: QWidget) -> QWidget:
    """The control whose look shows focus (a spin box's or combo box's inner line edit
    shows it on the box)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


def grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return framed(widget).grab().toImage()


def naming_problem(widget: QWidget) -> str | None:
    name = spoken_name(widget)
    kind = type(widget).__name__
    if not name:
        return f"{kind} has no accessible name ({widget.toolTip() or widget.objectName()!r})"
    if isinstance(widget, QComboBox) and name == widget.currentText():
        return f"combo box is named by its value {name!r}, not by its label"
    return None


def press_tab(qtbot, widget: QWidget) -> QWidget | None:
    """Tab once; a date field takes a few (Tab moves day, month, year first, as in Qt)."""
    for _ in range(SECTIONS + 1):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not widget:
            break
    return QApplication.focusWidget()


def enter_page(qtbot, window, index: int) -> None:
    """Ctrl+1..9 for the first nine pages (the shortcut under test), then the same call."""
    if index < 9:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    else:
        window.focus_page_index(index)


def tab_chain(qtbot, window, index: int) -> tuple[list[QWidget], list[str]]:
    """Ctrl+(index+1), then Tab until focus comes back or leaves the page."""
    problems: list[str] = []
    enter_page(qtbot, window, index)
    page = window.current_page()
    first = QApplication.focusWidget()
    if first is None or not page.isAncestorOf(first):
        return [], [f"entering the page left focus outside it (on {first!r})"]
    chain = [first]
    for _ in range(LIMIT):
        before = QApplication.focusWidget()
        now = press_tab(qtbot, before)
        if now is before:
            problems.append(f"Tab is trapped in {type(now).__name__} {spoken_name(now)!r}")
            break
        if now is None or now is first or not page.isAncestorOf(now) or now in chain:
            break
        chain.append(now)
    return chain, problems


def focus_problem(qtbot, previous: QWidget, widget: QWidget) -> str | None:
    previous.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(previous.hasFocus, timeout=1000)
    unfocused = grab(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=1000)
    if grab(widget) == unfocused:
        return f"{type(widget).__name__} {spoken_name(widget)!r} shows no focus"
    return None


def walk_page(qtbot, window, index: int) -> list[str]:
    chain, problems = tab_chain(qtbot, window, index)
    for widget in chain:
        problems.append(naming_problem(widget) or "")
    for previous, widget in pairwise(chain):
        problems.append(focus_problem(qtbot, previous, widget) or "")
    key = window.specs[index].key
    return [f"{key}: {p}" for p in problems if p]


def activate(qtbot, window) -> None:
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_every_page_by_tab_names_and_shows_each_control(window, qtbot):
    activate(qtbot, window)
    problems: list[str] = []
    for index in range(len(window.specs)):
        problems += walk_page(qtbot, window, index)
    assert not problems, "\n".join(problems)


def test_sidebar_focus_shows_and_differs_from_selected(window, qtbot):
    activate(qtbot, window)
    window.show_page("today")
    nav = window.nav
    window.help_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.help_button.hasFocus)
    selected_only = grab(nav)
    nav.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(nav.hasFocus)
    assert grab(nav) != selected_only, "the sidebar shows no focus beside its selection"
    assert spoken_name(nav) == "Pages"
    # Arrow keys move the focus ring and the page together; it stays visible.
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.nav.currentRow() == 1
    focused_second = grab(nav)
    help_unfocused = grab(window.help_button)
    window.help_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.help_button.hasFocus)
    assert grab(nav) != focused_second
    assert grab(window.help_button) != help_unfocused, "Need help now? shows no focus"


def test_pages_with_entries_name_and_show_each_control(ctx, qtbot):
    """The same walk with a few weeks of entries: rows, chips and charts have controls too."""
    from app.demo import DemoPlan, fill
    from app.goals.types import GoalDraft
    from app.journal.types import JournalDraft
    from app.timeutil import today
    from ui.application import build_window

    fill(ctx.db, DemoPlan(years=0.05, end=today()))
    ctx.journal.add_entry(JournalDraft(text="A slow walk helped", tags=["walk"]))
    ctx.goals.add_goal(GoalDraft(title="Calmer evenings"))
    win = build_window(ctx, silent=True)
    win.persist_geometry = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    problems: list[str] = []
    for index in range(len(win.specs)):
        problems += walk_page(qtbot, win, index)
    assert not problems, "\n".join(problems)
