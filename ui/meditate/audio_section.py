"""My audio: the person's own recordings, imported (copied or linked), played and logged."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from app.clock import SessionClock
from app.errors import UserError
from app.events import AudioLibraryChanged
from app.meditation.audio_library import EXTENSIONS, Track
from app.meditation.timer import clock_text
from app.practice.service import PracticeRecord
from ui.meditate.common import minutes_text, save_calm_after, sentence, set_role
from ui.meditate.deps import Deps
from ui.meditate.guided_views import section_page
from ui.qt import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QObject,
    QPushButton,
    QRadioButton,
    QRunnable,
    QSlider,
    QStackedWidget,
    Qt,
    QThreadPool,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.calm import FinishView
from ui.widgets.card import Card, align_form_labels, label
from ui.widgets.dialog_buttons import dialog_buttons
from ui.widgets.undo_bar import UndoBar

POLL_MS = 200
PROBE_TIMEOUT_S = 10.0
FILE_FILTER = "Audio files ({});;All files (*)".format(" ".join(f"*{e}" for e in EXTENSIONS))


def track_meta(track: Track) -> str:
    parts = [clock_text(track.duration_seconds) if track.duration_seconds else "length not known yet"]
    if track.tags:
        parts.append(", ".join(track.tags))
    parts.append("kept in Stillpoint's folder" if track.copied else "linked where it is")
    return "  ·  ".join(parts)


class _CopySignals(QObject):
    done = Signal(object, object, object)  # source Path, staged Path | None, error str | None


class _CopyJob(QRunnable):
    """Copies one file into the audio folder off the GUI thread; touches no widget.

    It carries the title and tags chosen for its file: another import may start while it
    copies, and must not lend it its own."""

    def __init__(self, library, source: Path, *, title: str | None, tags: str) -> None:
        super().__init__()
        self.signals = _CopySignals()
        self._library = library
        self._source = source
        self.title, self.tags = title, tags

    def run(self) -> None:
        try:
            staged = self._library.stage_copy(self._source)
        except UserError as error:
            self.signals.done.emit(self._source, None, str(error))
            return
        self.signals.done.emit(self._source, staged, None)


class TrackDialog(QDialog):
    """Title, tags and copy-or-link, for an import or for changing a track's details."""

    def __init__(self, *, files: list[Path] | None = None, track: Track | None = None,
                 copy_default: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add to your audio" if files else "Track details")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        if files:
            names = ", ".join(p.name for p in files[:3]) + (" …" if len(files) > 3 else "")
            column.addWidget(label(f"Adding {len(files)} file{'s' if len(files) != 1 else ''}: "
                                   f"{names}", "muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.title = QLineEdit(track.title if track else "")
        self.title.setPlaceholderText("Taken from the file name")
        self.tags = QLineEdit(", ".join(track.tags) if track else "")
        self.tags.setPlaceholderText("for example: sleep, body scan, morning")
        if track is not None or (files and len(files) == 1):
            form.addRow("&Title", self.title)
        form.addRow("Ta&gs", self.tags)
        align_form_labels(form)
        column.addLayout(form)
        self.copy = QRadioButton("&Keep a copy in Stillpoint's folder (it stays playable "
                                 "if you move the original)")
        self.link = QRadioButton("&Leave the file where it is and link to it (uses no extra "
                                 "space)")
        group = QButtonGroup(self)
        group.addButton(self.copy)
        group.addButton(self.link)
        (self.copy if copy_default else self.link).setChecked(True)
        if files:
            column.addWidget(self.copy)
            column.addWidget(self.link)
        row, _cancel, self.ok_button = dialog_buttons(self, "Add" if files else "Save",
                                                      self.accept)
        column.addLayout(row)


class TrackRow(QWidget):
    def __init__(self, track: Track) -> None:
        super().__init__()
        self.track = track
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(2)
        title = label(track.title)
        title.setStyleSheet("font-weight: 600;")
        text.addWidget(title)
        text.addWidget(label(track_meta(track), "caption"))
        self.problem = label(track.problem or "", "error")
        text.addWidget(self.problem)
        self.problem.setVisible(bool(track.problem))
        row.addLayout(text, 1)
        self.find_button = QPushButton("Find the file…")
        self.edit_button = QPushButton("Details")
        self.remove_button = QPushButton("Remove")
        self.play_button = QPushButton("Play")
        self.play_button.setEnabled(not track.problem)
        for button in (self.find_button, self.edit_button, self.remove_button,
                       self.play_button):
            button.setAccessibleName(f"{button.text().rstrip('…')} {track.title}")
            row.addWidget(button)
        # Only after adding: a parentless widget told to show would open as its own window.
        self.find_button.setVisible(bool(track.problem))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class PlayerCard(Card):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("", "section")
        self.body.addWidget(self.title)
        self.state = label("", "muted")
        self.body.addWidget(self.state)
        seek_row = QHBoxLayout()
        self.position = label("0:00", "caption", wrap=False)
        self.length = label("", "caption", wrap=False)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setAccessibleName("Position")
        self.seek.setSingleStep(5)
        self.seek.setPageStep(30)
        seek_row.addWidget(self.position)
        seek_row.addWidget(self.seek, 1)
        seek_row.addWidget(self.length)
        self.body.addLayout(seek_row)
        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.play_button = QPushButton("Pause")
        self.play_button.setProperty("primary", True)
        self.stop_button = QPushButton("Stop")
        controls.addWidget(self.play_button)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        controls.addWidget(label("Volume", "muted", wrap=False))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setPageStep(10)
        self.volume.setMinimumWidth(140)
        self.volume.setMaximumWidth(180)
        self.volume.setAccessibleName("Volume")
        controls.addWidget(self.volume)
        self.body.addLayout(controls)
        self.error = label("", "error")
        self.error.hide()
        self.body.addWidget(self.error)


class AudioSection(QStackedWidget):
    immersive = Signal(bool)  # never immersive: the library stays in view while a track plays

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._library = deps.audio_library
        self.player = None  # made on the first play: QtMultimedia costs start-up time
        self.track: Track | None = None
        self.record: PracticeRecord | None = None
        self.rows: dict[int, TrackRow] = {}
        self._listened = SessionClock(deps.now)
        self._pending = 0
        self._jobs: list[_CopyJob] = []
        self._probes: list[tuple[int, object, float]] = []
        self._started_at = dt.datetime.now().astimezone()

        view = QWidget()
        outer = QVBoxLayout(view)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = section_page()
        outer.addWidget(self.page)
        self.player_card = PlayerCard()
        self.player_card.hide()
        self.page.content.addWidget(self.player_card)
        self.undo_bar = UndoBar()
        self.page.content.addWidget(self.undo_bar)
        library = Card("My audio")
        library.body.addWidget(label(
            "Your own recordings: a teacher's meditation, music that settles you, sounds from "
            "a place you love. Each one you play to the end, or stop, is kept in your practice "
            "log.", "muted"))
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(8)
        library.body.addLayout(self.list_box)
        row = QHBoxLayout()
        self.status = label("", "muted")
        self.import_button = QPushButton("Add audio files…")
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.choose_files)
        row.addWidget(self.status, 1)
        row.addWidget(self.import_button)
        library.body.addLayout(row)
        self.page.content.addWidget(library)
        self.page.finish()
        self.after = FinishView()
        self.addWidget(view)
        self.addWidget(self.after)
        self.library_view = view

        card = self.player_card
        card.play_button.clicked.connect(self.toggle_pause)
        card.stop_button.clicked.connect(self.stop)
        card.seek.sliderReleased.connect(lambda: self.seek(card.seek.value()))
        card.seek.actionTriggered.connect(self._seek_by_keys)
        card.volume.valueChanged.connect(self._volume_changed)
        self.after.save_button.clicked.connect(self.save_rating)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        deps.hub.subscribe(AudioLibraryChanged, lambda _e: self.refresh())
        self.refresh()

    # -- the library ---------------------------------------------------------------------
    def refresh(self) -> None:
        while self.list_box.count():
            item = self.list_box.takeAt(0)
            if item.widget():
                # Hidden at once: a deferred delete can wait for the next event loop.
                item.widget().hide()
                item.widget().deleteLater()
        self.rows = {}
        tracks = self._library.list_tracks()
        if not tracks:
            self.list_box.addWidget(label(
                "Nothing here yet. Add an audio file (mp3, ogg, wav or m4a) and it will wait "
                "for you here, ready when you are.", "muted"))
        for track in tracks:
            row = TrackRow(track)
            tid = track.id
            row.play_button.clicked.connect(lambda _c=False, t=tid: self.play_track(t))
            row.remove_button.clicked.connect(lambda _c=False, t=tid: self.remove_track(t))
            row.edit_button.clicked.connect(lambda _c=False, t=tid: self.edit_track(t))
            row.find_button.clicked.connect(lambda _c=False, t=tid: self.relink(t))
            self.rows[tid] = row
            self.list_box.addWidget(row)
        if self.track is not None and self.track.id in self.rows and self.player_error():
            self.rows[self.track.id].show_problem(self.player_error())

    def set_status(self, text: str, *, error: bool = False) -> None:
        set_role(self.status, "error" if error else "muted")
        self.status.setText(text)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Add audio files", "", FILE_FILTER)
        if not names:
            return
        files = [Path(n) for n in names]
        dialog = TrackDialog(files=files, copy_default=bool(
            self._deps.settings.get("audio_copy_files")), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        copy = dialog.copy.isChecked()
        if copy != bool(self._deps.settings.get("audio_copy_files")):
            self._deps.settings.set("audio_copy_files", copy)
        self.import_files(files, copy=copy, title=dialog.title.text().strip() or None,
                          tags=dialog.tags.text())

    def import_files(self, files: list[Path], *, copy: bool, title: str | None = None,
                     tags: str = "") -> None:
        """Add files; copies are made on a worker thread, the rows written here after."""
        title = title if len(files) == 1 else None
        problems: list[str] = []
        for path in files:
            try:
                self._library.check_importable(path)
            except UserError as error:
                problems.append(sentence(str(error)))
                continue
            if copy:
                self._pending += 1
                job = _CopyJob(self._library, path, title=title, tags=tags)
                job.signals.done.connect(self._copied, Qt.ConnectionType.QueuedConnection)
                self._jobs.append(job)
                QThreadPool.globalInstance().start(job)
            else:
                self._add(path, copy=False, staged=None, title=title, tags=tags,
                          problems=problems)
        if self._pending:
            self.set_status(f"Copying {self._pending} file{'s' if self._pending != 1 else ''}…")
        self._report(problems)

    def _copied(self, source: Path, staged: Path | None, error: str | None) -> None:
        self._pending -= 1
        job = next(j for j in self._jobs if j.signals is self.sender())
        self._jobs.remove(job)
        problems = [sentence(error)] if error else []
        if staged is not None:
            self._add(source, copy=True, staged=staged, title=job.title, tags=job.tags,
                      problems=problems)
        self._report(problems)

    def _add(self, path: Path, *, copy: bool, staged: Path | None, title: str | None,
             tags: str, problems: list[str]) -> None:
        try:
            track = self._library.import_track(path, copy=copy, title=title, tags=tags,
                                               staged=staged)
        except UserError as error:
            problems.append(sentence(str(error)))
            return
        if track.duration_seconds is None and not self._deps.silent:
            self._probe(track)

    def _report(self, problems: list[str]) -> None:
        if problems:
            self.set_status("Not added: " + " ".join(problems), error=True)
        elif self._pending:
            self.set_status(f"Copying {self._pending} file{'s' if self._pending != 1 else ''}…")
        else:
            self.set_status("Added. Choose Play whenever you are ready.")

    def _probe(self, track: Track) -> None:
        """Read a new track's length with a player that loads it but never plays it."""
        probe = self._deps.media_player(self)
        probe.load(track.path)
        self._probes.append((track.id, probe, self._deps.now()))
        self._timer.start()

    def _check_probes(self) -> None:
        still = []
        for track_id, probe, since in self._probes:
            if probe.duration:
                with contextlib.suppress(UserError):
                    self._library.set_duration(track_id, probe.duration)
            elif not probe.error and self._deps.now() - since < PROBE_TIMEOUT_S:
                still.append((track_id, probe, since))
                continue
            probe.close()
        self._probes = still

    def edit_track(self, track_id: int) -> None:
        track = self._library.get(track_id)
        dialog = TrackDialog(track=track, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._library.update_track(track_id, title=dialog.title.text(),
                                       tags=dialog.tags.text())
        except UserError as error:
            self.set_status(sentence(str(error)), error=True)

    def relink(self, track_id: int, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Where is this file now?", "",
                                                  FILE_FILTER)
            if not path:
                return
        try:
            self._library.relink(track_id, Path(path))
        except UserError as error:
            self.set_status(sentence(str(error)), error=True)
            return
        self.set_status("Found it. The track is ready to play again.")

    def remove_track(self, track_id: int) -> None:
        if self.track is not None and self.track.id == track_id:
            self.stop()
        try:
            removed = self._library.remove_track(track_id)
        except UserError as error:
            self.set_status(sentence(str(error)), error=True)
            return
        self.set_status("")
        self.undo_bar.offer(f"Removed “{removed.title}” from your audio.",
                            lambda: self._restore(removed))

    def _restore(self, track: Track) -> None:
        try:
            self._library.restore_track(track)
        except UserError as error:
            self.set_status(sentence(str(error)), error=True)

    # -- playing -------------------------------------------------------------------------
    def play_track(self, track_id: int) -> None:
        if self.track is not None:
            self.stop()
        try:
            track = self._library.get(track_id)
        except UserError as error:
            self.set_status(sentence(str(error)), error=True)
            return
        if track.problem:
            self.rows[track_id].show_problem(track.problem)
            return
        if self.player is None:
            self.player = self._deps.media_player(self)
        self.track = track
        card = self.player_card
        card.title.setText(track.title)
        card.error.hide()
        card.state.setText("Playing")
        card.play_button.setText("Pause")
        self.player.set_volume(card.volume.value() / 100)
        self.player.load(track.path)
        self.player.play()
        self._listened.start()
        self._started_at = dt.datetime.now().astimezone()
        card.show()
        self._timer.start()
        self.poll()
        card.play_button.setFocus()

    def poll(self) -> None:
        if self._probes:
            self._check_probes()
        if self.track is None or self.player is None:
            if not self._probes:
                self._timer.stop()
            return
        player, card = self.player, self.player_card
        if player.error:
            self._failed(player.error)
            return
        duration = player.duration
        if duration:
            card.seek.setRange(0, int(duration))
            card.length.setText(clock_text(duration))
            if not self.track.duration_seconds:
                self.track = self._library.set_duration(self.track.id, duration)
        if not card.seek.isSliderDown():
            card.seek.setValue(int(player.position))
        card.position.setText(clock_text(player.position))
        if player.finished:
            self._end(completed=True)

    def toggle_pause(self) -> None:
        if self.track is None or self.player is None:
            return
        if self._listened.paused:
            self.player.play()
            self._listened.resume()
            self.player_card.play_button.setText("Pause")
            self.player_card.state.setText("Playing")
        else:
            self.player.pause()
            self._listened.pause()
            self.player_card.play_button.setText("Play")
            self.player_card.state.setText("Paused")

    def seek(self, seconds: float) -> None:
        if self.player is not None and self.track is not None:
            self.player.seek(seconds)
            self.poll()

    def _seek_by_keys(self, _action: int) -> None:
        # Arrow and page keys move the slider; follow them once the value has changed.
        if not self.player_card.seek.isSliderDown():
            QTimer.singleShot(0, lambda: self.seek(self.player_card.seek.value()))

    def _volume_changed(self, value: int) -> None:
        if self.player is not None:
            self.player.set_volume(value / 100)

    def stop(self) -> None:
        if self.track is not None:
            self._end(completed=False)

    def player_error(self) -> str | None:
        return self.player.error if self.player is not None else None

    def _failed(self, message: str) -> None:
        track = self.track
        self._end(completed=False, failed=True)
        self.player_card.error.setText(message)
        self.player_card.error.show()
        self.player_card.state.setText("Could not play")
        if track is not None and track.id in self.rows:
            self.rows[track.id].show_problem(message)

    def _end(self, *, completed: bool, failed: bool = False) -> None:
        track, self.track = self.track, None
        listened = self._listened.elapsed()
        if self.player is not None:
            self.player.stop()
        if not self._probes:
            self._timer.stop()
        self.record = None
        if track is None or failed or (not completed and listened < 1.0):
            if not failed:
                self.player_card.hide()
            return
        self.player_card.hide()
        try:
            self.record = self._library.log_play(track, listened_seconds=listened,
                                                 completed=completed,
                                                 started_at=self._started_at)
        except UserError as error:
            self.set_status(sentence(str(error)), error=True)
            return
        ending = "to the end" if completed else f"for {minutes_text(listened)}"
        self.after.show_result("Thank you for taking this time",
                               f"You listened to “{track.title}” {ending}. "
                               "It is in your practice log.")
        self.setCurrentWidget(self.after)
        self.after.save_button.setFocus()

    def save_rating(self) -> None:
        if not save_calm_after(self._deps.practice, self.record, self.after):
            return
        rated = self.after.calm_after.value() is not None
        self.set_status("Saved. It is in your practice log." if rated else "")
        self.setCurrentWidget(self.library_view)

    def shutdown(self) -> None:
        self.stop()
