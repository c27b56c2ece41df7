"""My audio: the person's own recordings, imported (copied or linked), played and logged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.clock import SessionClock
from app.errors import UserError
from app.events import AudioLibraryChanged
from app.meditation.audio_library import EXTENSIONS, Track
from app.meditation.timer import clock_text
from app.practice.service import PracticeRecord
from ui.i18n import translate
from ui.meditate.audio_import import TrackImporter
from ui.meditate.audio_player import PlayerCard
from ui.meditate.audio_probe import DurationProbes
from ui.meditate.audio_tracks import TrackDialog, TrackRow
from ui.meditate.common import minutes_text, save_calm_after
from ui.meditate.deps import Deps
from ui.meditate.guided_views import section_page
from ui.qt import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.calm import FinishView
from ui.widgets.card import Card, label
from ui.widgets.layouts import clear_layout
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe
from ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from audio.media import MediaPlayer

POLL_MS = 200
FILE_FILTER = "Audio files ({});;All files (*)".format(" ".join(f"*{e}" for e in EXTENSIONS))


class AudioSection(QStackedWidget):
    immersive = Signal(bool)  # never immersive: the library stays in view while a track plays

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._library = deps.audio_library
        self.player: MediaPlayer | None = None  # made on first play: QtMultimedia is slow to load
        self.track: Track | None = None
        self.record: PracticeRecord | None = None
        self.rows: dict[int, TrackRow] = {}
        self._listened = SessionClock(deps.now)
        self._probes = DurationProbes(deps, self)
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
        self.page.content.addWidget(self._build_library_card())
        self.importer = TrackImporter(self._library, self.status, on_added=self._added, parent=self)
        self.page.finish()
        self.after = FinishView()
        self.addWidget(view)
        self.addWidget(self.after)
        self.library_view = view
        self._connect_player()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        subscribe(self, deps.hub, AudioLibraryChanged, lambda _e: self.refresh())
        self.refresh()

    def _build_library_card(self) -> Card:
        library = Card(
            translate("AudioSection", "My audio"),
            intro=translate(
                "AudioSection",
                "Your own recordings: a teacher's meditation, music that settles you, sounds from "
                "a place you love. Each one you play to the end, or stop, is kept in your practice "
                "log.",
            ),
        )
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(8)
        library.body.addLayout(self.list_box)
        row = QHBoxLayout()
        self.status = StatusLine(translate("AudioSection", "Audio status"), keep_space=True)
        self.import_button = QPushButton(translate("AudioSection", "Add audio files…"))
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.choose_files)
        row.addWidget(self.status, 1)
        row.addWidget(self.import_button)
        library.body.addLayout(row)
        return library

    def _connect_player(self) -> None:
        card = self.player_card
        card.play_button.clicked.connect(self.toggle_pause)
        card.stop_button.clicked.connect(self.stop)
        card.seek.sliderReleased.connect(lambda: self.seek(card.seek.value()))
        card.seek.actionTriggered.connect(self._seek_by_keys)
        card.volume.valueChanged.connect(self._volume_changed)
        self.after.save_button.clicked.connect(self.save_rating)

    # -- the library ---------------------------------------------------------------------
    def refresh(self) -> None:
        clear_layout(self.list_box)
        self.rows = {}
        tracks = self._library.list_tracks()
        if not tracks:
            self.list_box.addWidget(
                label(
                    translate(
                        "AudioSection",
                        "Nothing here yet. Add an audio file (mp3, ogg, wav or m4a) and it will wait "
                        "for you here, ready when you are.",
                    ),
                    "muted",
                )
            )
        for track in tracks:
            row = TrackRow(track)
            tid = track.id
            row.play_button.clicked.connect(lambda _c=False, t=tid: self.play_track(t))
            row.remove_button.clicked.connect(lambda _c=False, t=tid: self.remove_track(t))
            row.edit_button.clicked.connect(lambda _c=False, t=tid: self.edit_track(t))
            row.find_button.clicked.connect(lambda _c=False, t=tid: self.relink(t))
            self.rows[tid] = row
            self.list_box.addWidget(row)
        error = self.player_error()
        if self.track is not None and self.track.id in self.rows and error:
            self.rows[self.track.id].show_problem(error)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("AudioSection", "Add audio files"), "", FILE_FILTER
        )
        if not names:
            return
        files = [Path(n) for n in names]
        dialog = TrackDialog(
            files=files, copy_default=bool(self._deps.settings.get("audio_copy_files")), parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        copy = dialog.copy.isChecked()
        if copy != bool(self._deps.settings.get("audio_copy_files")):
            self._deps.settings.set("audio_copy_files", copy)
        self.import_files(
            files, copy=copy, title=dialog.title.text().strip() or None, tags=dialog.tags.text()
        )

    def import_files(
        self, files: list[Path], *, copy: bool, title: str | None = None, tags: str = ""
    ) -> None:
        """Add files; copies are made on a worker thread, the rows written here after."""
        self.importer.import_files(files, copy=copy, title=title, tags=tags)

    def _added(self, track: Track) -> None:
        if track.duration_seconds is None and not self._deps.silent:
            self._probe(track)

    def _probe(self, track: Track) -> None:
        self._probes.add(track)
        self._timer.start()

    def edit_track(self, track_id: int) -> None:
        track = self._library.get(track_id)
        dialog = TrackDialog(track=track, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._library.update_track(track_id, title=dialog.title.text(), tags=dialog.tags.text())
        except UserError as error:
            self.status.show_error(error)

    def relink(self, track_id: int, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("AudioSection", "Where is this file now?"), "", FILE_FILTER
            )
            if not path:
                return
        try:
            self._library.relink(track_id, Path(path))
        except UserError as error:
            self.status.show_error(error)
            return
        self.status.show_info(translate("AudioSection", "Found it. The track is ready to play again."))

    def remove_track(self, track_id: int) -> None:
        if self.track is not None and self.track.id == track_id:
            self.stop()
        try:
            removed = self._library.remove_track(track_id)
        except UserError as error:
            self.status.show_error(error)
            return
        self.status.clear()
        self.undo_bar.offer(
            translate("AudioSection", "Removed “{title}” from your audio.").format(title=removed.title),
            lambda: self._restore(removed),
        )

    def _restore(self, track: Track) -> None:
        try:
            self._library.restore_track(track)
        except UserError as error:
            self.status.show_error(error)

    # -- playing -------------------------------------------------------------------------
    def play_track(self, track_id: int) -> None:
        if self.track is not None:
            self.stop()
        try:
            track = self._library.get(track_id)
        except UserError as error:
            self.status.show_error(error)
            return
        if track.problem:
            self.rows[track_id].show_problem(track.problem)
            return
        if self.player is None:
            self.player = self._deps.media_player(self)
        self.track = track
        card = self.player_card
        card.title.setText(track.title)
        card.error.clear()
        card.state.setText(translate("AudioSection", "Playing"))
        card.play_button.setText(translate("AudioSection", "Pause"))
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
        if self._probes.waiting:
            self._probes.check()
        if self.track is None or self.player is None:
            if not self._probes.waiting:
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
            self.player_card.play_button.setText(translate("AudioSection", "Pause"))
            self.player_card.state.setText(translate("AudioSection", "Playing"))
        else:
            self.player.pause()
            self._listened.pause()
            self.player_card.play_button.setText(translate("AudioSection", "Play"))
            self.player_card.state.setText(translate("AudioSection", "Paused"))

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
        self.player_card.error.show_error(UserError(message))
        self.player_card.state.setText(translate("AudioSection", "Could not play"))
        if track is not None and track.id in self.rows:
            self.rows[track.id].show_problem(message)

    def _end(self, *, completed: bool, failed: bool = False) -> None:
        track, self.track = self.track, None
        listened = self._listened.elapsed()
        if self.player is not None:
            self.player.stop()
        if not self._probes.waiting:
            self._timer.stop()
        self.record = None
        if track is None or failed or (not completed and listened < 1.0):
            if not failed:
                self.player_card.hide()
            return
        self.player_card.hide()
        try:
            self.record = self._library.log_play(
                track, listened_seconds=listened, completed=completed, started_at=self._started_at
            )
        except UserError as error:
            self.status.show_error(error)
            return
        ending = (translate("AudioSection", "You listened to “{title}” to the end.") if completed
                  else translate("AudioSection", "You listened to “{title}” for {time}."))
        self.after.show_result(
            translate("AudioSection", "Thank you for taking this time"),
            ending.format(title=track.title, time=minutes_text(listened)) + " "
            + translate("AudioSection", "It is in your practice log."),
        )
        self.setCurrentWidget(self.after)
        self.after.save_button.setFocus()

    def save_rating(self) -> None:
        if not save_calm_after(self._deps.practice, self.record, self.after):
            return
        rated = self.after.calm_after.value() is not None
        self.status.show_info(
            translate("AudioSection", "Saved. It is in your practice log.") if rated else ""
        )
        self.setCurrentWidget(self.library_view)

    def shutdown(self) -> None:
        self.stop()
