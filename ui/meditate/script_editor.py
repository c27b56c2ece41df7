"""Writing a guided script in the app: a header, then steps of words, pauses and bells.

The editor writes the plain-text format and reads it back with the same parser that checks
imported files, so a script saved here is held to exactly the same rules; an error the
parser reports on a line is shown on the step that line came from.
"""

from __future__ import annotations

import re

from app.errors import UserError
from app.meditation import GuidedScript, ScriptError, Step, parse_script
from app.meditation.guided_service import GuidedService
from app.meditation.script import (
    KINDS,
    MAX_STEP_SECONDS,
    MIN_STEP_SECONDS,
    format_duration,
)
from ui.i18n import translate
from ui.meditate.guided_views import KIND_WORDS
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import align_form_labels, label
from ui.widgets.dialog_buttons import dialog_buttons
from ui.widgets.form_fields import seconds_spin, spaced_form
from ui.widgets.layouts import dialog_column
from ui.widgets.status_line import StatusLine

STEP_WORDS = {"say": "Words", "pause": "Pause", "bell": "Bell"}
HEADER_LINES = 5  # key, title, kind, summary, intro: one line each as written below


def _one_line(text: str) -> str:
    return " ".join(text.split())


class StepRow(QFrame):
    """One step: what it is, how long, and (for words) the words or cue."""

    moved = Signal(object, int)  # row, -1 up / +1 down (not `move`: QWidget.move exists)
    removed = Signal(object)

    def __init__(self, step: Step) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.kind = step.kind
        self.kind_label = label(STEP_WORDS[step.kind], "muted", wrap=False)
        self.kind_label.setMinimumWidth(48)
        row.addWidget(self.kind_label)
        self.text = QLineEdit(step.text, self)
        self.text.setCursorPosition(0)  # show how the words begin, not how they end
        self.text.setPlaceholderText(translate("StepRow", "What you would like to hear or read"))
        self.text.setAccessibleName(translate("StepRow", "Words"))
        self.seconds = seconds_spin(MIN_STEP_SECONDS, MAX_STEP_SECONDS, step=5,
                                    value=step.seconds if step.seconds is not None else 20.0,
                                    name=translate("StepRow", "Seconds"))
        self.wait = QCheckBox(translate("StepRow", "Wait for me"), self)
        self.wait.setToolTip(translate("StepRow", "Stay on these words until you choose Continue"))
        self.wait.setChecked(step.kind == "say" and step.seconds is None)
        self.wait.toggled.connect(lambda on: self.seconds.setEnabled(not on))
        self.seconds.setEnabled(not self.wait.isChecked())
        if step.kind == "say":
            row.addWidget(self.text, 1)
            row.addWidget(self.seconds)
            row.addWidget(self.wait)
        else:
            self.text.hide()
            self.wait.hide()
            row.addWidget(self.seconds)
            row.addStretch(1)
        for text, step_by, name in (("↑", -1, translate("StepRow", "Move up")),
                                    ("↓", 1, translate("StepRow", "Move down"))):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFixedWidth(40)
            button.clicked.connect(lambda _c=False, d=step_by: self.moved.emit(self, d))
            row.addWidget(button)
        self.remove_button = QPushButton(translate("StepRow", "Remove"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        row.addWidget(self.remove_button)

    def line(self) -> str:
        if self.kind == "say":
            when = "wait" if self.wait.isChecked() else format_duration(self.seconds.value())
            return f"say {when}: {_one_line(self.text.text())}"
        return f"{self.kind} {format_duration(self.seconds.value())}"


class ScriptEditor(QDialog):
    """Title, kind, summary, introduction and steps; Save checks it all, errors in place."""

    def __init__(self, guided: GuidedService, script: GuidedScript | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guided = guided
        self._editing = script.key if script is not None else None
        self.saved: GuidedScript | None = None
        self.setWindowTitle(
            translate("ScriptEditor", "Edit your script")
            if script
            else translate("ScriptEditor", "Write a script")
        )
        self.resize(820, 680)
        column = dialog_column(self, spacing=12)
        column.addWidget(
            label(
                translate(
                    "ScriptEditor",
                    "Write in your own words. Short sentences read and sound best; give each one "
                    "about a second for every two words, plus a little quiet.",
                ),
                "muted",
            )
        )
        column.addLayout(self._details_form(script))

        column.addWidget(label(translate("ScriptEditor", "Steps"), "section"))
        column.addWidget(self._steps_area(), 1)
        column.addLayout(self._adders_row())

        self.error = StatusLine(translate("ScriptEditor", "Problem with the script"))
        column.addWidget(self.error)
        buttons, self.cancel_button, self.save_button = dialog_buttons(
            self, translate("ScriptEditor", "Save script"), self.save
        )
        column.addLayout(buttons)

        self.rows: list[StepRow] = []
        if script is not None:
            for step in script.steps:
                self.add_step(step)
        else:
            self._add_starter_steps()
        self._update_total()

    def _steps_area(self) -> QScrollArea:
        self.steps_widget = QWidget()
        self.steps_box = QVBoxLayout(self.steps_widget)
        self.steps_box.setContentsMargins(0, 0, 8, 0)
        self.steps_box.setSpacing(8)
        self.steps_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.steps_widget)
        return scroll

    def _add_starter_steps(self) -> None:
        """A gentle skeleton, so nobody faces an empty page."""
        self.add_step(Step("bell", seconds=5))
        self.add_step(
            Step(
                "say",
                translate(
                    "ScriptEditor", "Welcome. Let yourself settle, and let your breath find its own pace."
                ),
                15,
            )
        )
        self.add_step(Step("pause", seconds=20))
        self.add_step(
            Step("say", translate("ScriptEditor", "When you are ready, come back to the room."), 10)
        )
        self.add_step(Step("bell", seconds=5))

    def _details_form(self, script: GuidedScript | None) -> QFormLayout:
        form = spaced_form(row_spacing=8)
        self.title = QLineEdit(script.title if script else "")
        self.title.setPlaceholderText(translate("ScriptEditor", "For example: My walk by the sea"))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(translate("GuidedViews", KIND_WORDS[kind]), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(script.kind if script else "visualization")))
        self.summary = QLineEdit(script.summary if script else "")
        self.summary.setPlaceholderText(translate("ScriptEditor", "One sentence for the list"))
        self.summary.setCursorPosition(0)
        self.intro = QPlainTextEdit(script.intro if script else "")
        self.intro.setPlaceholderText(
            translate(
                "ScriptEditor",
                "What you will read before you begin: what happens, and that you can stop at any time",
            )
        )
        self.intro.setFixedHeight(72)
        self.intro.setTabChangesFocus(True)
        form.addRow(translate("ScriptEditor", "&Title"), self.title)
        form.addRow(translate("ScriptEditor", "&Kind"), self.kind)
        form.addRow(translate("ScriptEditor", "&Summary"), self.summary)
        form.addRow(translate("ScriptEditor", "&Introduction"), self.intro)
        align_form_labels(form)
        return form

    def _adders_row(self) -> QHBoxLayout:
        adders = QHBoxLayout()
        adders.setSpacing(8)
        self.add_words = QPushButton(translate("ScriptEditor", "Add words"))
        self.add_pause = QPushButton(translate("ScriptEditor", "Add a pause"))
        self.add_bell = QPushButton(translate("ScriptEditor", "Add a bell"))
        self.add_words.clicked.connect(lambda: self._add_new("say"))
        self.add_pause.clicked.connect(lambda: self._add_new("pause"))
        self.add_bell.clicked.connect(lambda: self._add_new("bell"))
        for button in (self.add_words, self.add_pause, self.add_bell):
            adders.addWidget(button)
        adders.addStretch(1)
        self.total = label("", "caption", wrap=False)
        adders.addWidget(self.total)
        return adders

    # -- steps -------------------------------------------------------------------------
    def _add_new(self, kind: str) -> None:
        step = Step("say", "…", 15) if kind == "say" else Step(kind, seconds=5 if kind == "bell" else 20)
        row = self.add_step(step)
        if kind == "say":
            row.text.clear()
            row.text.setFocus()

    def add_step(self, step: Step) -> StepRow:
        row = StepRow(step)
        row.moved.connect(self._move)
        row.removed.connect(self._remove)
        row.seconds.valueChanged.connect(self._update_total)
        row.wait.toggled.connect(self._update_total)
        self.rows.append(row)
        self.steps_box.insertWidget(len(self.rows) - 1, row)
        self._update_total()
        return row

    def _move(self, row: StepRow, by: int) -> None:
        index = self.rows.index(row)
        target = index + by
        if 0 <= target < len(self.rows):
            self.rows.insert(target, self.rows.pop(index))
            self.steps_box.removeWidget(row)
            self.steps_box.insertWidget(target, row)

    def _remove(self, row: StepRow) -> None:
        self.rows.remove(row)
        self.steps_box.removeWidget(row)
        row.deleteLater()
        self._update_total()

    def _update_total(self) -> None:
        seconds = sum(r.seconds.value() for r in self.rows if not (r.kind == "say" and r.wait.isChecked()))
        minutes, rest = divmod(round(seconds), 60)
        self.total.setText(
            translate("ScriptEditor", "{count} steps · {minutes}:{rest:02d} timed").format(
                count=len(self.rows), minutes=minutes, rest=rest
            )
        )

    # -- saving ------------------------------------------------------------------------
    def text(self) -> str:
        """The script in the file format; one line per header key and per step."""
        lines = [
            f"key: {self._key()}",
            f"title: {_one_line(self.title.text())}",
            f"kind: {self.kind.currentData()}",
            f"summary: {_one_line(self.summary.text())}",
            f"intro: {_one_line(self.intro.toPlainText())}",
        ]
        return "\n".join(lines + [row.line() for row in self.rows]) + "\n"

    def _key(self) -> str:
        if self._editing:
            return self._editing
        base = "-".join(re.findall(r"[a-z0-9]+", self.title.text().lower()))[:50] or "my-script"
        taken = {s.key for s in self._guided.list_scripts().all()}
        key, number = base, 2
        while key in taken:
            key, number = f"{base}-{number}", number + 1
        return key

    def save(self) -> None:
        try:
            script = self._parse()
            self._guided.save_script(script, replace_key=self._editing)
        except UserError as error:
            self.error.show_error(self._in_steps(error))
            return
        self.saved = script
        self.accept()

    def _parse(self) -> GuidedScript:
        for problem, widget in ((translate("ScriptEditor", "Please give your script a title."), self.title),
                                (translate("ScriptEditor", "Please give your script a summary."),
                                 self.summary)):
            if not _one_line(widget.text()):
                widget.setFocus()
                raise UserError(problem)
        if not _one_line(self.intro.toPlainText()):
            self.intro.setFocus()
            raise UserError(
                translate(
                    "ScriptEditor",
                    "Please write a short introduction: what happens, and that "
                    "the reader can stop at any time.",
                )
            )
        if not self.rows:
            raise UserError(
                translate("ScriptEditor", "Add at least one step: some words, a pause or a bell.")
            )
        return parse_script(self.text(), source="your script")

    def _in_steps(self, error: UserError) -> UserError:
        """A script error named by its step (focus goes there), not by a line of the text
        form the person never sees."""
        if not isinstance(error, ScriptError):
            return error
        index = -1 if error.line is None else error.line - HEADER_LINES - 1
        if not 0 <= index < len(self.rows):
            return UserError(error.reason)
        row = self.rows[index]
        (row.text if row.kind == "say" else row.seconds).setFocus()
        return UserError(
            translate("ScriptEditor", "Step {value}: {reason}").format(value=index + 1, reason=error.reason)
        )
