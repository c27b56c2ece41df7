"""The Guided section: pick a script, read its introduction, follow it, then rest a moment."""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path

from app.errors import UserError
from app.events import ScriptsChanged
from app.meditation import GuidedScript
from ui.i18n import app_text, translate
from ui.meditate.common import RunSection, minutes_text, save_calm_after
from ui.meditate.deps import Deps
from ui.meditate.guided_views import IntroView, PlayerView, ScriptsView
from ui.meditate.runs import GuidedRun, RunResult
from ui.qt import QFileDialog, QWidget
from ui.widgets.shortcuts import local_keys
from ui.widgets.subscriptions import on_destroyed, subscribe

MIN_LOGGED_SECONDS = 1.0  # a run ended at once was a mis-click, not practice


class GuidedSection(RunSection):
    run: GuidedRun | None

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(deps, parent)
        self.script: GuidedScript | None = None
        self._grounding_next = False
        self._removed: dict[str, Path] = {}  # key -> a safe copy, for undo
        self._trash = Path(tempfile.mkdtemp(prefix="stillpoint-scripts-"))
        on_destroyed(self, lambda: shutil.rmtree(self._trash, ignore_errors=True))

        self.list = ScriptsView()
        self.intro = IntroView(deps)
        self.player = PlayerView(self.volume)
        for view in (self.list, self.intro, self.player, self.after):
            self.addWidget(view)

        self.list.begin.connect(self.open_intro)
        self.list.start.connect(self.start_now)
        self.list.edit.connect(self.edit_script)
        self.list.export.connect(self.export_script)
        self.list.remove.connect(self.remove_script)
        self.list.write_button.clicked.connect(lambda: self.edit_script(None))
        self.list.import_button.clicked.connect(self.import_script)
        self.intro.back_button.clicked.connect(lambda: self.setCurrentWidget(self.list))
        self.intro.begin_button.clicked.connect(self.begin)
        self.intro.speak.toggled.connect(self._speak_toggled)
        self.player.pause_button.clicked.connect(self.toggle_pause)
        self.player.previous_button.clicked.connect(self.previous_step)
        self.player.next_button.clicked.connect(self.next_step)
        self.player.continue_button.clicked.connect(self.carry_on)
        self.player.end_button.clicked.connect(self.stop)
        self.player.ground_button.clicked.connect(self.stop_and_ground)
        self.after.save_button.clicked.connect(self.save_rating)
        local_keys(self.player, [("Space", self.toggle_pause), ("Esc", self.stop),
                                 ("Left", self.previous_step), ("Right", self.next_step),
                                 ("Return", self.carry_on), ("Enter", self.carry_on),
                                 ("G", self.stop_and_ground)])
        subscribe(self, deps.hub, ScriptsChanged, lambda _e: self.refresh())
        self.refresh()

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        listing = self._deps.guided.list_scripts()
        self.list.show_scripts(listing.builtin, listing.own, listing.problems)

    def open_intro(self, key: str) -> None:
        try:
            self.script = self._deps.guided.get_script(key)
        except UserError as error:
            self.list.status.show_error(error)
            return
        self.intro.show_script(self.script)
        self._show_voice_note()
        self.setCurrentWidget(self.intro)
        self.intro.begin_button.setFocus()

    def start_now(self, key: str) -> None:
        """Begin from the list: one press, with the choices last used (About shows them)."""
        self.open_intro(key)
        if self.currentWidget() is self.intro:
            self.begin()

    def _speak_toggled(self, on: bool) -> None:
        if bool(self._deps.settings.get("voice_enabled")) != on:
            self._deps.settings.set("voice_enabled", on)
        self._show_voice_note()

    def _show_voice_note(self) -> None:
        if not self.intro.speak.isChecked():
            self.intro.voice_note.hide()
            return
        voice = self._deps.sound.voice
        if voice.available:
            self.intro.voice_note.hide()
            return
        self.intro.voice_note.setText(
            translate(
                "GuidedSection",
                "No voice is ready on this computer just now, so the words will appear as "
                "captions only. You can set up a voice, its speed and volume in Settings.",
            )
        )
        self.intro.voice_note.show()

    # -- running -------------------------------------------------------------------------
    def begin(self) -> None:
        if self.script is None or (self.run is not None and self.run.running):
            return
        self._calm_before = self.intro.calm_before.value()
        self.ambient.start(self.intro.ambient.key(), self.intro.ambient.level())
        self._start(self.script)

    def _start(self, script: GuidedScript) -> None:
        self.script = script
        run = GuidedRun(
            script, self._deps.sound, clock=self._deps.now, speak=self.intro.speak.isChecked(), parent=self
        )
        run.step_changed.connect(self.player.show_step)
        run.ticked.connect(self.player.show_time)
        self.player.start(script)
        self._launch(run, self.player, self._finished)

    def previous_step(self) -> None:
        if self.run is not None:
            self.run.previous_step()

    def next_step(self) -> None:
        if self.run is not None:
            self.run.next_step()

    def carry_on(self) -> None:
        if self.run is not None:
            self.run.carry_on()

    def stop_and_ground(self) -> None:
        """End this practice (it is still kept in the log) and go straight to grounding."""
        run = self.run
        if run is None or not run.running:
            return
        self._grounding_next = True
        run.stop()

    def _pause_changed(self, paused: bool) -> None:
        super()._pause_changed(paused)
        self.player.show_paused(paused)
        if not paused and self.run is not None and self.run.state is not None:
            self.player.show_step(self.run.state)

    def _finished(self, result: RunResult) -> None:
        script = self.script
        grounding = self._grounding_next
        self._grounding_next = False
        self.record = None
        if script is not None and (result.completed or result.actual_seconds >= MIN_LOGGED_SECONDS):
            self._keep(partial(
                self._deps.guided.log_run, script, actual_seconds=result.actual_seconds,
                completed=result.completed, steps_done=result.steps_done,
                started_at=result.started_at, calm_before=self._calm_before,
                details=self._details(grounding)))
        self._calm_before = None
        if grounding:
            self._start(self._deps.guided.grounding_script())
            return
        self.ambient.stop()
        self.immersive.emit(False)
        if self.record is None or script is None:
            self.setCurrentWidget(self.list)
            return
        if result.completed:
            summary = translate("GuidedSection", "You stayed with “{title}” to the end: {time}. "
                                "It is in your practice log.").format(
                title=script.title, time=minutes_text(result.actual_seconds))
        else:
            summary = translate("GuidedSection", "You spent {time} with “{title}”. Stopping when it "
                                "feels right is part of the practice. It is in your practice "
                                "log.").format(time=minutes_text(result.actual_seconds),
                                               title=script.title)
        self._thank(translate("GuidedSection", "Thank you for taking this time"), summary)

    def _details(self, grounding: bool) -> dict:
        details: dict = {"voice": bool(self.intro.speak.isChecked())}
        if self.ambient.key != "none":
            details["ambient"] = self.ambient.key
        if grounding:
            details["ended_with"] = "grounding"
        return details

    def save_rating(self) -> None:
        if not save_calm_after(self._deps.practice, self.record, self.after):
            return
        rated = self.after.calm_after.value() is not None
        self.setCurrentWidget(self.list)
        self.list.status.show_info(
            translate("GuidedSection", "Saved. Your practice is in the log.") if rated else ""
        )

    # -- own scripts ---------------------------------------------------------------------
    def edit_script(self, key: str | None) -> None:
        from ui.meditate.script_editor import ScriptEditor

        script = self._deps.guided.get_script(key) if key else None
        editor = ScriptEditor(self._deps.guided, script, parent=self)
        editor.setModal(True)
        editor.accepted.connect(
            lambda: self.list.status.show_info(
                translate("GuidedSection", "Saved “{title}”. It is in your own scripts below.").format(
                    title=editor.saved.title
                )
                if editor.saved
                else ""
            )
        )
        editor.open()

    def import_script(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("GuidedSection", "Import a guided script"),
                "",
                translate("GuidedSection", "Guided scripts (*.txt);;All files (*)"),
            )
            if not path:
                return
        try:
            script = self._deps.guided.import_script(Path(path))
        except UserError as error:
            self.list.status.show_error(
                UserError(
                    translate("GuidedSection", "That file was not imported. {sentence}").format(
                        sentence=error.sentence(app_text)
                    )
                )
            )
            return
        self.list.status.show_info(
            translate("GuidedSection", "Imported “{title}”. You can begin it from your own scripts.").format(
                title=script.title
            )
        )

    def export_script(self, key: str, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("GuidedSection", "Export a guided script"),
                f"{key}.txt",
                translate("GuidedSection", "Guided scripts (*.txt)"),
            )
            if not path:
                return
        try:
            self._deps.guided.export_script(key, Path(path))
        except UserError as error:
            self.list.status.show_error(error)
            return
        self.list.status.show_info(translate("GuidedSection", "Saved a copy to {path}.").format(path=path))

    def remove_script(self, key: str) -> None:
        try:
            script = self._deps.guided.get_script(key)
            keep = self._trash / f"{key}.txt"
            if script.source_path is not None:  # the file need not be called <key>.txt
                shutil.copyfile(script.source_path, keep)
            self._deps.guided.delete_script(key)
        except UserError as error:
            self.list.status.show_error(error)
            return
        except OSError as error:  # the copy kept for undo could not be made
            self.list.status.show_error(UserError(str(error)))
            return
        self.list.status.clear()
        self.list.undo_bar.offer(
            translate("GuidedSection", "Removed “{title}”.").format(title=script.title),
            lambda: self._restore(key, keep),
        )

    def _restore(self, key: str, keep: Path) -> None:
        try:
            self._deps.guided.import_script(keep)
        except UserError as error:
            self.list.status.show_error(error)

    def shutdown(self) -> None:
        """Quitting mid-practice still keeps what was done."""
        self._grounding_next = False
        self.stop()

    def self_check(self) -> str | None:
        if not self.list.rows:
            return "the Meditate page listed no guided scripts"
        return None
