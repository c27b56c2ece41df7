"""Goals: realistic goals in small steps, with progress, gentle acknowledgement when a step
or a goal is done, review prompts, and an archive."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.errors import UserError
from app.events import EventHub, GoalsChanged, SettingChanged
from app.goals.service import GoalService
from app.goals.types import Goal
from app.settings.service import SettingsService
from ui.goals.fields import EditDialog, GoalFields
from ui.goals.goal_card import GOAL_DONE, GoalCard
from ui.goals.widgets import SHOWN_MS, Celebration
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from ui.widgets.card import Card, Page, label
from ui.widgets.freshness import Freshness
from ui.widgets.layouts import clear_layout
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe
from ui.widgets.undo_bar import UndoBar

EMPTY = QT_TRANSLATE_NOOP(
    "GoalsPage",
    "No goals yet. A good goal is small enough to start this week. For example: "
    "“Breathe for 5 minutes on 3 evenings”, “Tell one friend how I am really "
    "doing”, “Write down one thing to bring to therapy”.",
)
PRACTICE_TICKED = QT_TRANSLATE_NOOP("GoalCard", "A step ticked itself from your practice log. Nicely done.")


class GoalsPage(Page):
    key = "goals"

    def __init__(
        self, service: GoalService, settings: SettingsService, hub: EventHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("GoalsPage", "Goals"), parent)
        self._service = service
        self._built = False
        self.fresh = Freshness(self, self.refresh)  # read when first shown, built then too
        self.cards: list[GoalCard] = []
        self.dialog: EditDialog | None = None
        self.content.addWidget(
            label(
                translate(
                    "GoalsPage",
                    "Set a goal that matters to you and break it into small steps. Tick them off as "
                    "you go; there is no rush.",
                ),
                "muted",
            )
        )
        # The acknowledgement shows inside the goal's card, where the person is looking;
        # _cheer remembers it so a refresh within its time puts it back (goal, text, big, until).
        self.celebration = Celebration()
        self._reduced_motion = bool(settings.get("reduced_motion"))
        self._cheer: tuple[int, str, bool, float] | None = None
        self.undo_bar = UndoBar()
        self.content.addWidget(self.undo_bar)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        self.content.addLayout(self.body)
        self.finish()
        self.undo_bar.listen_for_shortcut(self)
        subscribe(self, hub, GoalsChanged, self._on_change)
        subscribe(self, hub, SettingChanged, self._on_setting)

    # -- lazily built: nothing is read until the page is first shown -----------------
    def self_check(self) -> str | None:
        return None if self._built and not self.fresh.stale else "the Goals page did not load"

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        top = QHBoxLayout()
        self.new_goal_button = QPushButton(translate("GoalsPage", "New goal"))
        self.new_goal_button.setCheckable(True)
        self.new_goal_button.setAutoDefault(False)
        self.new_goal_button.toggled.connect(lambda on: self.form_card.setVisible(on))
        top.addWidget(self.new_goal_button)
        top.addStretch(1)
        self.body.addLayout(top)
        self._build_form()
        self.empty = label(translate("GoalsPage", EMPTY), "muted")
        self.body.addWidget(self.empty)
        self.goals_box = QVBoxLayout()
        self.goals_box.setSpacing(16)
        self.body.addLayout(self.goals_box)
        self.archived_toggle = QPushButton(translate("GoalsPage", "Archived goals"))
        self.archived_toggle.setCheckable(True)
        self.archived_toggle.setAutoDefault(False)
        self.archived_box_host = QWidget()
        self.archived_box = QVBoxLayout(self.archived_box_host)
        self.archived_box.setContentsMargins(0, 0, 0, 0)
        self.archived_box.setSpacing(16)
        self.archived_box_host.hide()
        self.archived_toggle.toggled.connect(self.archived_box_host.setVisible)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.archived_toggle)
        toggle_row.addStretch(1)
        self.body.addLayout(toggle_row)
        self.body.addWidget(self.archived_box_host)

    def _build_form(self) -> None:
        self.form_card = Card(translate("GoalsPage", "Set a goal"))
        self.fields = GoalFields()
        self.form_card.body.addWidget(self.fields)
        row = QHBoxLayout()
        self.form_status = StatusLine(translate("GoalsPage", "Problem"))
        row.addWidget(self.form_status, 1)
        self.add_button = QPushButton(translate("GoalsPage", "Add goal"))
        self.add_button.setProperty("primary", True)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_goal)
        self.fields.title.returnPressed.connect(self.add_goal)
        row.addWidget(self.add_button)
        self.form_card.body.addLayout(row)
        self.form_card.hide()
        self.body.addWidget(self.form_card)

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._build()
        goals = self._service.list_goals()
        active = [g for g in goals if not g.archived]
        archived = [g for g in goals if g.archived]
        clear_layout(self.goals_box)
        clear_layout(self.archived_box)
        self.cards = [GoalCard(g, self._service, self) for g in active]
        for card in self.cards:
            self.goals_box.addWidget(card)
        for goal in archived:
            card = GoalCard(goal, self._service, self)
            self.cards.append(card)
            self.archived_box.addWidget(card)
        self.empty.setVisible(not active)
        if not goals:  # the first visit: the form is the way in
            self.new_goal_button.setChecked(True)
        self.archived_toggle.setVisible(bool(archived))
        self._place_cheer(animate=False)
        self.archived_toggle.setText(
            translate("GoalsPage", "Archived goals ({count})").format(count=len(archived))
        )

    def card_for(self, goal_id: int) -> GoalCard:
        return next(c for c in self.cards if c.goal.id == goal_id)

    def add_goal(self) -> None:
        try:
            goal = self._service.add_goal(self.fields.draft())
        except UserError as exc:
            self.form_status.show_error(exc)
            return
        self.fields.clear()
        self.form_status.show_info(
            translate("GoalsPage", "Added “{title}”. Now add a first small step.").format(title=goal.title)
        )
        self.card_for(goal.id).new_step.setFocus()

    def _on_change(self, event: GoalsChanged) -> None:
        self.fresh.changed()
        if event.ticked and self._built:
            self._acknowledge_ticks(event.ticked)

    def _acknowledge_ticks(self, ticked: tuple[int, ...]) -> None:
        goals: list[Goal] = [c.goal for c in self.cards]
        finished = any(g.done and any(s.id in ticked for s in g.steps) for g in goals)
        owner = next(g.id for g in goals if any(s.id in ticked for s in g.steps))
        self.celebrate(GOAL_DONE if finished else PRACTICE_TICKED, big=finished, goal_id=owner)

    def _on_setting(self, event: SettingChanged) -> None:
        if event.key == "reduced_motion":
            self._reduced_motion = bool(event.value)

    # -- what the cards ask of the page ---------------------------------------------
    def celebrate(self, text: str, *, big: bool, goal_id: int) -> None:
        text = translate("GoalCard", text)  # one of the marked cheers in goal_card.py
        self._cheer = (goal_id, text, big, time.monotonic() + SHOWN_MS / 1000)
        self._place_cheer(animate=True)

    def _place_cheer(self, *, animate: bool) -> None:
        if self._cheer is None or time.monotonic() > self._cheer[3]:
            self._cheer = None
            return
        goal_id, text, big, until = self._cheer
        card = next((c for c in self.cards if c.goal.id == goal_id), None)
        if card is None:
            return
        self.celebration.hide()  # one at a time: the last word replaces the one before
        self.celebration.deleteLater()
        self.celebration = Celebration()
        self.celebration.reduced_motion = self._reduced_motion or not animate
        card.show_celebration(self.celebration)
        self.celebration.celebrate(text, big=big, shown_ms=int((until - time.monotonic()) * 1000))

    def offer_undo(self, message: str, undo: Callable[[], object]) -> None:
        self.undo_bar.offer(message, undo)

    def show_dialog(self, dialog: EditDialog) -> None:
        self.dialog = dialog
        dialog.open()
