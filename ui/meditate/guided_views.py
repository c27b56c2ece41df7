"""The guided section's screens: the list of scripts, a script's introduction, the player."""

from __future__ import annotations

from app.meditation import GuidedScript, GuidedState, planned_seconds
from app.meditation.timer import clock_text
from ui.accessibility import zoom
from ui.i18n import QT_TRANSLATE_NOOP, number_g, translate
from ui.meditate.ambient import AmbientChooser
from ui.meditate.common import ThinProgress, name_buttons, titled_row
from ui.meditate.deps import Deps
from ui.qt import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.calm import CalmRating
from ui.widgets.card import Card, Page, label
from ui.widgets.layouts import clear_layout, trailing_row
from ui.widgets.session_view import centred, control_row
from ui.widgets.status_line import StatusLine
from ui.widgets.undo_bar import UndoBar

KIND_WORDS = {"visualization": QT_TRANSLATE_NOOP("GuidedViews", "Visualization"),
              "loving-kindness": QT_TRANSLATE_NOOP("GuidedViews", "Loving-kindness"),
              "body-scan": QT_TRANSLATE_NOOP("GuidedViews", "Body scan"),
              "grounding": QT_TRANSLATE_NOOP("GuidedViews", "Grounding"),
              "meditation": QT_TRANSLATE_NOOP("GuidedViews", "Meditation")}
CAPTION_POINTS = 24  # UI.md: guided captions large (20-28 pt) and centred


def meta_text(script: GuidedScript) -> str:
    kind = KIND_WORDS.get(script.kind)
    return translate("GuidedViews", "{minutes} min · {kind}").format(
        minutes=number_g(script.minutes),
        kind=translate("GuidedViews", kind) if kind else script.kind.capitalize())


def section_page(parent: QWidget | None = None) -> Page:
    """A scrolling page under the Meditate header: no heading of its own, less top margin."""
    page = Page("", parent)
    page.heading.hide()
    page.setAccessibleName(
        translate("ui.meditate.guided_views", "Meditate")
    )  # the header above names the page
    body = page.widget()
    layout = body.layout() if body is not None else None
    if layout is not None:
        layout.setContentsMargins(32, 8, 32, 32)
    return page


def divider() -> QFrame:
    line = QFrame()
    line.setProperty("divider", True)
    line.setFixedHeight(1)
    return line


class ScriptRow(QWidget):
    opened = Signal(str)  # "About": the introduction and choices first
    start = Signal(str)  # "Begin": one press starts the practice

    def __init__(self, script: GuidedScript, *, own: bool) -> None:
        super().__init__()
        self.key = script.key
        row, text = titled_row(
            self, script.title, spacing=16, title_style="font-size: 12pt; font-weight: 600;"
        )
        text.addWidget(label(meta_text(script), "caption"))
        text.addWidget(label(script.summary, "muted"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        if own:
            self.edit_button = QPushButton(translate("ScriptRow", "Edit"))
            self.export_button = QPushButton(translate("ScriptRow", "Export…"))
            self.remove_button = QPushButton(translate("ScriptRow", "Remove"))
            name_buttons(script.title, self.edit_button, self.export_button, self.remove_button)
            for button in (self.edit_button, self.export_button, self.remove_button):
                buttons.addWidget(button)
        self.open_button = QPushButton(translate("ScriptRow", "About"))
        self.open_button.setProperty("flat", True)
        self.open_button.setAccessibleName(
            translate("ScriptRow", "About {title}, and choices before you begin").format(title=script.title)
        )
        self.open_button.clicked.connect(lambda: self.opened.emit(self.key))
        buttons.addWidget(self.open_button)
        self.begin_button = QPushButton(translate("ScriptRow", "Begin"))
        self.begin_button.setAccessibleName(
            translate("ScriptRow", "Begin {title}").format(title=script.title)
        )
        self.begin_button.clicked.connect(lambda: self.start.emit(self.key))
        buttons.addWidget(self.begin_button)
        row.addLayout(buttons)
        row.setAlignment(buttons, Qt.AlignmentFlag.AlignVCenter)


class ScriptsView(QWidget):
    """Built-in scripts, then the person's own with write, import, export and remove."""

    begin = Signal(str)  # open the introduction
    start = Signal(str)  # start at once
    edit = Signal(str)
    export = Signal(str)
    remove = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = section_page()
        outer.addWidget(self.page)
        self.rows: dict[str, ScriptRow] = {}

        self.undo_bar = UndoBar()
        self.page.content.addWidget(self.undo_bar)
        builtin = Card(
            translate("ScriptsView", "Guided visualizations"),
            intro=translate(
                "ScriptsView",
                "Each one begins with a short introduction. You can pause, move between steps, "
                "or stop and ground yourself at any moment.",
            ),
        )
        self.builtin_box = QVBoxLayout()
        self.builtin_box.setSpacing(8)
        builtin.body.addLayout(self.builtin_box)

        own = Card(translate("ScriptsView", "Your own scripts"))
        self.own_box = QVBoxLayout()
        self.own_box.setSpacing(8)
        own.body.addLayout(self.own_box)
        self.problems = label("", "error")
        self.problems.hide()
        own.body.addWidget(self.problems)
        self.status = StatusLine(translate("ScriptsView", "Guided meditation status"))
        own.body.addWidget(self.status)
        self.import_button = QPushButton(translate("ScriptsView", "Import a file…"))
        self.write_button = QPushButton(translate("ScriptsView", "Write a script"))
        self.write_button.setProperty("primary", True)
        own.body.addLayout(trailing_row(self.import_button, self.write_button))

        self.page.content.addWidget(builtin)
        self.page.content.addWidget(own)
        self.page.finish()

    def show_scripts(
        self, builtin: tuple[GuidedScript, ...], own: tuple[GuidedScript, ...], problems: tuple[str, ...]
    ) -> None:
        for box in (self.builtin_box, self.own_box):
            clear_layout(box)
        self.rows = {}
        for script in builtin:
            self._add_row(self.builtin_box, script, own=False)
        for script in own:
            row = self._add_row(self.own_box, script, own=True)
            row.edit_button.clicked.connect(lambda _c=False, k=script.key: self.edit.emit(k))
            row.export_button.clicked.connect(lambda _c=False, k=script.key: self.export.emit(k))
            row.remove_button.clicked.connect(lambda _c=False, k=script.key: self.remove.emit(k))
        if not own:
            self.own_box.addWidget(
                label(
                    translate(
                        "ScriptsView",
                        "Write a practice in your own words, at your own pace: a place you love, "
                        "a cue word that steadies you, a kind sentence to come back to. "
                        "You can also import a script file someone shared with you.",
                    ),
                    "muted",
                )
            )
        self.problems.setVisible(bool(problems))
        self.problems.setText(translate("ScriptsView", "Some files in your scripts folder were left out:")
                              + "\n" + "\n".join(problems))

    def _add_row(self, box: QVBoxLayout, script: GuidedScript, *, own: bool) -> ScriptRow:
        row = ScriptRow(script, own=own)
        row.opened.connect(self.begin)
        row.start.connect(self.start)
        if box.count():
            box.addWidget(divider())  # a quiet line between practices: the list reads as rows
        self.rows[script.key] = row
        box.addWidget(row)
        return row


class IntroView(QWidget):
    """What the practice holds, the choices for it (voice, background), and Begin."""

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = Page("")
        outer.addWidget(self.page)
        self.meta = label("", "muted")
        self.page.content.addWidget(self.meta)
        about = Card()
        self.intro = label("")
        zoom.keep_points(self.intro, 12)  # a little above the body; follows the zoom
        about.body.addWidget(self.intro)
        about.body.addWidget(
            label(
                translate(
                    "IntroView",
                    "If anything feels like too much, choose Stop and ground: it is always on the "
                    "screen, and it leads you into a short grounding practice.",
                ),
                "muted",
            )
        )
        self.page.content.addWidget(about)

        options = Card(translate("IntroView", "Before you begin"))
        self.speak = QCheckBox(translate("IntroView", "&Read the words aloud as well as showing them"))
        self.speak.setChecked(bool(deps.settings.get("voice_enabled")))
        options.body.addWidget(self.speak)
        self.voice_note = label("", "caption")
        self.voice_note.hide()
        options.body.addWidget(self.voice_note)
        self.ambient = AmbientChooser(deps)
        options.body.addWidget(self.ambient)
        options.body.addSpacing(4)
        self.calm_before = CalmRating(translate("IntroView", "How calm do you feel right now? (optional)"))
        options.body.addWidget(self.calm_before)
        self.back_button = QPushButton(translate("IntroView", "Back to the list"))
        self.begin_button = QPushButton(translate("IntroView", "Begin"))
        self.begin_button.setProperty("primary", True)
        self.begin_button.setDefault(True)
        options.body.addLayout(trailing_row(self.back_button, self.begin_button))
        self.page.content.addWidget(options)
        self.page.finish()

    def show_script(self, script: GuidedScript) -> None:
        self.page.heading.setText(script.title)
        self.page.setAccessibleName(script.title)
        timed = planned_seconds(script)
        waits = sum(1 for step in script.steps if step.waits)
        pace = " · " + translate("IntroView", "waits for you at times") if waits else ""
        self.meta.setText(
            translate("IntroView", "{meta_text} · about {clock_text}{pace}").format(
                meta_text=meta_text(script), clock_text=clock_text(timed), pace=pace
            )
        )
        self.intro.setText(script.intro)
        self.calm_before.clear()


class PlayerView(QWidget):
    """Large centred captions, the controls, and Stop and ground always in view."""

    def __init__(self, volume: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        top = QHBoxLayout()
        self.title = label("", "muted")
        self.ground_button = QPushButton(translate("PlayerView", "Stop and ground"))
        self.ground_button.setToolTip(
            translate("PlayerView", "End this practice and go to a short grounding exercise (G)")
        )
        self.ground_button.setProperty("primary", True)
        top.addWidget(self.title, 1)
        top.addWidget(self.ground_button)
        column.addLayout(top)
        column.addStretch(2)

        column.addLayout(self._caption_row())
        self.note = label("", "muted", wrap=False)  # one short line; wrapping would clip it
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.note, 0, Qt.AlignmentFlag.AlignHCenter)
        self.continue_button = QPushButton(translate("PlayerView", "Continue"))
        self.continue_button.setProperty("primary", True)
        self.continue_button.setMinimumWidth(160)
        self.continue_button.hide()
        column.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)

        status = QHBoxLayout()
        self.step_label = label("", "caption", wrap=False)
        self.time_left = label("", "caption", wrap=False)
        status.addWidget(self.step_label)
        status.addStretch(1)
        status.addWidget(self.time_left)
        column.addLayout(status)
        self.progress = ThinProgress()
        column.addWidget(self.progress)
        self.previous_button = QPushButton(translate("PlayerView", "Previous"))
        self.pause_button = QPushButton(translate("PlayerView", "Pause"))
        self.next_button = QPushButton(translate("PlayerView", "Next"))
        self.end_button = QPushButton(translate("PlayerView", "End"))
        column.addLayout(
            control_row(self.previous_button, self.pause_button, self.next_button, self.end_button, width=104)
        )
        if volume is not None:  # the background sound's live volume, under the controls
            column.addWidget(volume, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(
            centred(
                label(
                    translate(
                        "PlayerView",
                        "Space pauses  ·  ← → move between steps  ·  "
                        "Enter continues  ·  G grounds  ·  Esc ends",
                    ),
                    "caption",
                )
            )
        )

    def _caption_row(self) -> QHBoxLayout:
        self.caption = label("")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(translate("PlayerView", "Guidance"))
        zoom.keep_points(self.caption, CAPTION_POINTS)  # now and at each zoom step
        self.caption.setMaximumWidth(760)
        self.caption.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.caption.setMinimumHeight(160)
        # Side stretches centre the capped caption; it wraps at its full width, not its hint.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.caption, 100)
        centred.addStretch(1)
        return centred

    def start(self, script: GuidedScript) -> None:
        self.title.setText(script.title)
        self.script = script
        self.total = max(planned_seconds(script), 1e-9)
        self.steps = len(script.steps)
        self.show_paused(False)
        self.progress.set_value(0.0)

    def show_step(self, state: GuidedState) -> None:
        step = state.step
        if step is None:
            return
        if step.kind == "say":
            self.caption.setText(step.text)
            self.note.setText(
                translate("PlayerView", "Take your time. Continue when you are ready.")
                if state.waiting
                else ""
            )
        else:
            # The words before a pause or bell stay in view (also after stepping back).
            said = [s.text for s in self.script.steps[: state.index] if s.kind == "say"]
            self.caption.setText(said[-1] if said else "")
            self.note.setText(
                translate("PlayerView", "Rest here for a while.")
                if step.kind == "pause"
                else translate("PlayerView", "Listen to the bell.")
            )
        self.continue_button.setVisible(state.waiting)
        self.step_label.setText(
            translate("PlayerView", "Step {value} of {steps}").format(value=state.index + 1, steps=self.steps)
        )

    def show_time(self, state: GuidedState) -> None:
        self.time_left.setText(
            translate("PlayerView", "{clock_text} left").format(
                clock_text=clock_text(state.time_left + 0.999)
            )
        )
        self.progress.set_value(1 - state.time_left / self.total)

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(
            translate("PlayerView", "Carry on") if paused else translate("PlayerView", "Pause")
        )
        if paused:
            self.note.setText(translate("PlayerView", "Paused. Carry on whenever you are ready."))
