"""Own audio: tracks the user imports (copied into <data dir>/audio or linked), and their log."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from pathlib import Path

from app.errors import UserError
from app.events import AudioLibraryChanged, EventHub
from app.meditation import queries
from app.meditation.track import Track, file_problem
from app.practice.service import PracticeRecord, PracticeService
from app.storage.database import Database
from app.timeutil import now_stamp
from app.wav import wav_seconds

AUDIO_FOLDER = "audio"
REMOVED_FOLDER = "removed"  # inside the audio folder: copies of removed tracks, until emptied
# What the bundled decoder (FFmpeg in Qt Multimedia) plays; anything else is refused at import.
EXTENSIONS = (".mp3", ".ogg", ".oga", ".opus", ".wav", ".m4a", ".aac", ".flac")
TITLE_MAX = 200
TAGS_MAX = 20


def parse_tags(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """'Sleep, rain , sleep' -> ('sleep', 'rain'): trimmed, lower case, no doubles, in order."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    seen: dict[str, None] = {}
    for part in parts:
        tag = " ".join(part.split()).lower()
        if tag:
            seen.setdefault(tag[:40], None)
    if len(seen) > TAGS_MAX:
        raise UserError(f"a track can have at most {TAGS_MAX} tags")
    return tuple(seen)


class AudioLibraryService:
    def __init__(self, db: Database, practice: PracticeService, data_dir: Path,
                 hub: EventHub) -> None:
        self._db = db
        self._practice = practice
        self._hub = hub
        self.folder = data_dir / AUDIO_FOLDER

    # -- reading -----------------------------------------------------------------------
    def list_tracks(self) -> list[Track]:
        """Every track, including those whose file is missing (with the reason in `problem`)."""
        return queries.tracks(self._db)

    def get(self, track_id: int) -> Track:
        found = queries.track(self._db, track_id)
        if found is None:
            raise UserError(f"there is no track {track_id} in your library")
        return found

    # -- changes (each one transaction) --------------------------------------------------
    def check_importable(self, source: Path) -> None:
        """Raise a UserError saying why `source` cannot join the library; checks only."""
        source = Path(source).expanduser()
        if source.suffix.lower() not in EXTENSIONS:
            kinds = ", ".join(e.lstrip(".") for e in EXTENSIONS)
            raise UserError(f"{source.name} is not an audio file Stillpoint can play "
                            f"(it plays {kinds})")
        problem = file_problem(source)
        if problem:
            raise UserError(f"{source.name}: {problem[0].lower()}{problem[1:].rstrip('.')}")

    def stage_copy(self, source: Path) -> Path:
        """Copy a file into the audio folder, no database, no events: safe on a worker thread
        (a long file takes a while to copy). Pass the result to import_track(staged=...)."""
        self.check_importable(source)
        return self._copy_in(Path(source).expanduser())

    def import_track(self, source: Path, *, copy: bool, title: str | None = None,
                     tags: str | tuple[str, ...] = (), duration_seconds: float | None = None,
                     staged: Path | None = None) -> Track:
        """Add a file to the library, copied into the data folder or linked where it is."""
        source = Path(source).expanduser()
        try:
            self.check_importable(source)
            name = _clean_title(title if title is not None else _title_from(source))
            tag_list = parse_tags(tags)
        except UserError:
            _discard(staged)
            raise
        target = (staged if staged is not None else self._copy_in(source)) if copy else source.resolve()
        seconds = duration_seconds if duration_seconds is not None else wav_seconds(target)
        from app.storage.models import AudioTrack

        try:
            with self._db.transaction() as session:
                row = AudioTrack(title=name, path=str(target), copied=copy,
                                 duration_seconds=seconds, tags=", ".join(tag_list),
                                 added_at_utc=now_stamp().at_utc)
                session.add(row)
                session.flush()
                new_id = row.id
        except Exception:
            if copy:  # the row was not written, so the copy would be an orphan
                _discard(target)
            raise
        self._hub.publish(AudioLibraryChanged(new_id))
        return self.get(new_id)

    def update_track(self, track_id: int, *, title: str | None = None,
                     tags: str | tuple[str, ...] | None = None) -> Track:
        new_title = _clean_title(title) if title is not None else None
        new_tags = ", ".join(parse_tags(tags)) if tags is not None else None
        self._change(track_id, title=new_title, tags=new_tags)
        return self.get(track_id)

    def set_duration(self, track_id: int, seconds: float) -> Track:
        """Remember the length once a player has read it from the file."""
        if not seconds > 0:
            raise UserError("a track's length must be more than 0 seconds")
        self._change(track_id, duration_seconds=float(seconds))
        return self.get(track_id)

    def relink(self, track_id: int, new_path: Path) -> Track:
        """Point a track whose file moved at its new place (the fix offered for 'missing')."""
        new_path = Path(new_path).expanduser().resolve()
        problem = file_problem(new_path)
        if problem:
            raise UserError(f"{new_path.name}: {problem[0].lower()}{problem[1:].rstrip('.')}")
        self._change(track_id, path=str(new_path), copied=False)
        return self.get(track_id)

    def remove_track(self, track_id: int) -> Track:
        """Take a track out of the library (a user action). A linked file is left alone; a
        copy in the data folder moves aside into audio/removed until empty_removed(), so
        restore_track() can undo this. Returns the removed track, for that undo."""
        track = self.get(track_id)
        from app.storage.models import AudioTrack

        with self._db.transaction() as session:
            row = session.get(AudioTrack, track_id)
            if row is not None:
                session.delete(row)
        if track.copied and self._inside_folder(track.path) and track.path.exists():
            aside = self._aside(track)
            aside.parent.mkdir(mode=0o700, exist_ok=True)
            with contextlib.suppress(OSError):
                track.path.replace(aside)
        self._hub.publish(AudioLibraryChanged(track_id))
        return track

    def restore_track(self, track: Track) -> Track:
        """Undo remove_track: the same row again (same id), and the copy back in place. If
        another file took the copy's old name meanwhile, the copy comes back under a new one."""
        from app.storage.models import AudioTrack

        aside = self._aside(track)
        moved: Path | None = None
        try:
            with self._db.transaction() as session:
                # Checked before the file moves, so a refused undo leaves it where it was.
                if session.get(AudioTrack, track.id) is not None:
                    raise UserError(f"'{track.title}' is already in your library")
                path = track.path
                if track.copied and aside.exists():
                    if path.exists():  # never the other track's file, never overwritten
                        path = self._free_name(track.path.name)
                    aside.replace(path)
                    moved = path
                session.add(AudioTrack(id=track.id, title=track.title, path=str(path),
                                       copied=track.copied,
                                       duration_seconds=track.duration_seconds,
                                       tags=", ".join(track.tags),
                                       added_at_utc=track.added_at_utc))
        except Exception:
            if moved is not None:  # no row for it: back aside, still undoable
                with contextlib.suppress(OSError):
                    moved.replace(aside)
            raise
        self._hub.publish(AudioLibraryChanged(track.id))
        return self.get(track.id)

    def empty_removed(self) -> int:
        """Delete copies of removed tracks for good (once the undo is no longer offered)."""
        aside = self.folder / REMOVED_FOLDER
        count = 0
        if aside.is_dir():
            for path in aside.iterdir():
                with contextlib.suppress(OSError):
                    path.unlink()
                    count += 1
        return count

    # -- the log -----------------------------------------------------------------------
    def log_play(self, track: Track, *, listened_seconds: float, completed: bool,
                 started_at: dt.datetime | None = None, calm_before: int | None = None,
                 calm_after: int | None = None) -> PracticeRecord:
        """Store a finished or stopped track as practice (kind 'audio')."""
        planned = track.duration_seconds if track.duration_seconds else listened_seconds
        return self._practice.log_session(
            kind="audio", ref=str(track.id), title=track.title,
            planned_seconds=max(0.0, planned), actual_seconds=max(0.0, listened_seconds),
            completed=completed, started_at=started_at, calm_before=calm_before,
            calm_after=calm_after, details={"tags": list(track.tags)} if track.tags else None,
        )

    # -- helpers -----------------------------------------------------------------------
    def _change(self, track_id: int, **values: object) -> None:
        from app.storage.models import AudioTrack

        with self._db.transaction() as session:
            row = session.get(AudioTrack, track_id)
            if row is None:
                raise UserError(f"there is no track {track_id} in your library")
            for name, value in values.items():
                if value is not None:
                    setattr(row, name, value)
        self._hub.publish(AudioLibraryChanged(track_id))

    def _copy_in(self, source: Path) -> Path:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = self._free_name(source.name)
        try:
            shutil.copyfile(source, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                target.unlink()
            raise UserError(f"could not copy {source.name} into {self.folder}: "
                            f"{error.strerror or error}") from None
        return target

    def _aside(self, track: Track) -> Path:
        # The id makes the name unique (ids are never reused), so two removed tracks with
        # the same file name never overwrite each other and undo finds the right one.
        return self.folder / REMOVED_FOLDER / f"{track.id}-{track.path.name}"

    def _free_name(self, name: str) -> Path:
        """A path in the audio folder that no copy uses and no removed copy wants back."""
        removed = self.folder / REMOVED_FOLDER
        wanted = {_name_before_removal(p.name) for p in removed.iterdir()} \
            if removed.is_dir() else set()
        stem, suffix = Path(name).stem, Path(name).suffix
        target, number = self.folder / name, 2
        while target.exists() or target.name in wanted:  # never another track's copy
            target = self.folder / f"{stem} ({number}){suffix}"
            number += 1
        return target

    def _inside_folder(self, path: Path) -> bool:
        try:
            return path.resolve().is_relative_to(self.folder.resolve())
        except OSError:
            return False


def _name_before_removal(aside_name: str) -> str:
    # "12-rain.wav" -> "rain.wav"; a name without the id (older removals) stays as it is.
    prefix, _, rest = aside_name.partition("-")
    return rest if prefix.isdigit() and rest else aside_name


def _discard(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def _title_from(path: Path) -> str:
    # "01_morning-calm.mp3" reads better as "01 morning calm".
    words = " ".join(path.stem.replace("_", " ").replace("-", " ").split()) or path.name
    return words[:1].upper() + words[1:]


def _clean_title(text: str) -> str:
    title = " ".join(text.split())
    if not title:
        raise UserError("a track needs a title")
    if len(title) > TITLE_MAX:
        raise UserError(f"a title can be at most {TITLE_MAX} characters")
    return title
