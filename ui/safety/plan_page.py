"""My safety plan: the six parts of a Stanley-Brown plan plus reasons for living, each a
card of lines to add, edit, reorder and remove; printable and savable as a PDF."""

from __future__ import annotations

from pathlib import Path

from app.errors import UserError
from app.events import SafetyPlanChanged
from app.safety.service import SafetyService
from app.safety.types import SECTIONS
from app.settings.service import SettingsService
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStandardPaths,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.safety.plan_section import PlanSection
from ui.widgets.card import TEXT_PAGE_WIDTH, label
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe
from ui.widgets.undo_bar import UndoBar

INTRO = QT_TRANSLATE_NOOP(
    "SafetyPlanDialog",
    "A plan you write on a calmer day, for a harder one. Go through it from the top "
    "when things build up; each part is a step you can take. Everything stays on this "
    "computer.",
)


class SafetyPlanDialog(QDialog):
    def __init__(
        self, safety: SafetyService, settings: SettingsService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._safety, self._settings = safety, settings
        self.setObjectName("SafetyPlan")
        self.setWindowTitle(translate("SafetyPlanDialog", "My safety plan"))
        self.setMinimumSize(640, 520)
        self.resize(TEXT_PAGE_WIDTH + 80, 700)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("PageBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(16)
        column.addWidget(label(translate("SafetyPlanDialog", "My safety plan"), "title"))
        column.addWidget(label(translate("SafetyPlanDialog", INTRO), "muted"))
        column.addLayout(self._actions())
        self.status = StatusLine(translate("SafetyPlanDialog", "Safety plan status"))
        column.addWidget(self.status)
        self.undo_bar = UndoBar()
        self.undo_bar.listen_for_shortcut(self)
        column.addWidget(self.undo_bar)
        self.sections: dict[str, PlanSection] = {}
        for section in SECTIONS:
            card = PlanSection(section, safety, self.undo_bar.offer)
            self.sections[section.key] = card
            column.addWidget(card)
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.close_row = QHBoxLayout()
        self.close_row.setContentsMargins(32, 8, 32, 16)
        self.close_row.addStretch(1)
        self.close_button = QPushButton(translate("SafetyPlanDialog", "Done"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        self.close_row.addWidget(self.close_button)
        outer.addLayout(self.close_row)
        subscribe(self, safety.hub, SafetyPlanChanged, self._plan_changed)
        self.refresh()

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(translate("SafetyPlanDialog", "Print…"))
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button = QPushButton(translate("SafetyPlanDialog", "Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh(self, only: str | None = None) -> None:
        plan = self._safety.plan()
        for key, card in self.sections.items():
            if only is None or key == only:
                chosen = card.chosen()
                card.show_items(plan.section(key), current=chosen.id if chosen else None)

    def _plan_changed(self, event: SafetyPlanChanged) -> None:
        # Later, not now: an in-place edit reports from inside the list's own signal, and
        # the list must not be rebuilt under it.
        QTimer.singleShot(0, self, lambda: self.refresh(event.section))

    # -- paper ---------------------------------------------------------------------------
    def _html(self) -> str:
        from ui.safety.printing import plan_html

        return plan_html(self._safety.plan(), self._safety.card(self._settings.all()))

    def print_plan(self) -> None:
        from ui.safety.printing import print_plan

        if print_plan(self, self._html()):
            self.status.show_info(translate("SafetyPlanDialog", "Sent to the printer."))

    def save_pdf(self, path: str | None = None) -> Path | None:
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("SafetyPlanDialog", "Save my safety plan as a PDF"),
                str(Path(folder) / "safety-plan.pdf"),
                translate("SafetyPlanDialog", "PDF (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from ui.safety.printing import save_pdf

        try:
            save_pdf(self._html(), target)
        except UserError as exc:
            self.status.show_error(exc)
            return None
        self.status.show_info(
            translate("SafetyPlanDialog", "Saved to {target}. Only you decide who sees it.").format(
                target=target
            )
        )
        return target
