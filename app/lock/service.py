"""The app lock: set, change, remove and check a passphrase or PIN.

Only an Argon2id hash of the secret is stored (through the settings service), never the
secret. Wrong tries in a row are counted in the settings too, so quitting and starting
again does not skip the pause that follows a run of them.
"""

from __future__ import annotations

import math
import time
import unicodedata
from collections.abc import Callable

from app.errors import UserError
from app.events import EventHub, LockChanged
from app.lock.types import (
    IDLE_CHOICES,
    KINDS,
    PASSPHRASE_MIN_CHARS,
    PAUSE_SECONDS,
    PIN_MIN_DIGITS,
    SECRET_MAX_CHARS,
    TRIES_BEFORE_PAUSE,
    LockKind,
    LockState,
    noun,
)
from app.settings.service import SettingsService


def make_verifier(secret: str) -> str:
    """The Argon2id hash of a secret (argon2-cffi's defaults: about 0.3 s here)."""
    from argon2 import PasswordHasher

    return PasswordHasher().hash(_normal(secret))


def matches(verifier: str, secret: str) -> bool:
    """Whether the secret fits the verifier. Pure and slow (~0.3 s): the window runs it
    off the GUI thread, between begin_check and finish_check."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(verifier, _normal(secret))
    except (VerificationError, InvalidHashError):
        return False


class LockService:
    def __init__(self, settings: SettingsService, hub: EventHub, *,
                 now: Callable[[], float] = time.time) -> None:
        """now: the wall clock, for the pause after wrong tries (it must outlive a restart,
        which a monotonic clock does not)."""
        self._settings = settings
        self._hub = hub
        self._now = now
        # Wrong tries held here only when the settings cannot be written (read-only data).
        self._unsaved_tries: tuple[int, float | None] | None = None

    # -- what is set ---------------------------------------------------------------------
    def state(self) -> LockState:
        values = self._settings.all()  # one read: the window asks this while it starts
        verifier, kind = values["lock_verifier"], values["lock_kind"]
        minutes = values["lock_idle_minutes"]
        if not verifier:
            return LockState(kind=None, idle_minutes=_minutes(minutes))
        return LockState(kind="pin" if kind == "pin" else "passphrase",
                         idle_minutes=_minutes(minutes))

    def set_idle_minutes(self, minutes: int) -> None:
        if minutes not in IDLE_CHOICES:
            raise UserError("choose off, 1, 5, 15, 30 or 60 minutes")
        self._settings.set("lock_idle_minutes", minutes)
        self._announce()

    # -- set, change, remove -------------------------------------------------------------
    def set_lock(self, *, kind: LockKind, secret: str) -> None:
        """A first lock; one already set is changed with change_lock."""
        current = self.state().kind
        if current is not None:
            raise UserError(f"a lock is already set: change it with your current {noun(current)}")
        self._store(kind, secret)

    def change_lock(self, *, current: str, kind: LockKind, secret: str) -> None:
        _check_new(kind, secret)  # before the slow check, so a typo costs no try
        self.verify(current)
        self._store(kind, secret)

    def remove_lock(self, *, current: str) -> None:
        self.verify(current)
        self.forget_lock()

    # The window's way: the slow hash and verify run off the GUI thread between these.
    def check_new(self, *, kind: LockKind, secret: str) -> None:
        """A UserError when the new PIN or passphrase will not do (before any hashing)."""
        _check_new(kind, secret)

    def store_lock(self, *, kind: LockKind, verifier: str) -> None:
        """Keep a verifier made by make_verifier (after finish_check, for a change)."""
        if kind not in KINDS or not verifier.startswith("$argon2id$"):
            raise UserError("choose a PIN or a passphrase")
        self._write(kind, verifier)

    def forget_lock(self) -> bool:
        """Remove the lock without its secret; False when none was set. This is the way back
        from a forgotten PIN (`stillpoint lock off`): the lock is a screen in front of the
        window, not encryption, so anyone who can run commands as this user could clear
        it anyway; saying so is more honest than pretending otherwise."""
        if not self.state().is_set:
            return False
        self._settings.set("lock_verifier", None)
        self._settings.set("lock_kind", None)
        self._save_tries(0, None)
        self._announce()
        return True

    def _store(self, kind: LockKind, secret: str) -> None:
        _check_new(kind, secret)
        self._write(kind, make_verifier(secret))

    def _write(self, kind: LockKind, verifier: str) -> None:
        # The kind first: were the verifier written alone, the lock would still hold.
        self._settings.set("lock_kind", kind)
        self._settings.set("lock_verifier", verifier)
        self._save_tries(0, None)
        self._announce()

    def _announce(self) -> None:
        state = self.state()
        self._hub.publish(LockChanged(kind=state.kind, idle_minutes=state.idle_minutes))

    # -- checking ------------------------------------------------------------------------
    def verify(self, secret: str) -> None:
        """Nothing when the secret is right; a UserError when it is wrong or a pause runs."""
        verifier = self.begin_check()
        self.finish_check(matches(verifier, secret))

    def begin_check(self) -> str:
        """The verifier to check against, or a UserError while a pause runs."""
        verifier = self._settings.get("lock_verifier")
        if not verifier:
            raise UserError("there is no lock set")
        wait = self.seconds_to_wait()
        if wait > 0:
            raise UserError(_pause_sentence(wait))
        return str(verifier)

    def finish_check(self, ok: bool) -> None:
        """Counts the try: a right one clears the count, a wrong one raises a UserError
        (and every TRIES_BEFORE_PAUSE-th wrong one in a row starts a pause)."""
        failures, wait_until = self._tries()
        if ok:
            if failures or wait_until is not None:
                self._save_tries(0, None)
            return
        failures += 1
        if failures % TRIES_BEFORE_PAUSE == 0:
            self._save_tries(failures, self._now() + PAUSE_SECONDS)
            raise UserError(f"that {noun(self.state().kind)} does not match. "
                            + _pause_sentence(PAUSE_SECONDS))
        self._save_tries(failures, wait_until)
        raise UserError(f"that {noun(self.state().kind)} does not match. "
                        "Take your time and try again.")

    def seconds_to_wait(self) -> float:
        """Seconds left in the pause after a run of wrong tries (0 when there is none)."""
        _failures, wait_until = self._tries()
        if wait_until is None:
            return 0.0
        # A clock set back must not stretch the pause beyond its length.
        return max(0.0, min(float(wait_until) - self._now(), PAUSE_SECONDS))

    def _tries(self) -> tuple[int, float | None]:
        if self._unsaved_tries is not None:
            return self._unsaved_tries
        wait_until = self._settings.get("lock_wait_until")
        return (int(self._settings.get("lock_failures") or 0),
                None if wait_until is None else float(wait_until))

    def _save_tries(self, failures: int, wait_until: float | None) -> None:
        try:
            self._settings.set("lock_failures", failures)
            self._settings.set("lock_wait_until", wait_until)
            self._unsaved_tries = None
        except UserError:  # read-only data: the count still holds for this session
            self._unsaved_tries = (failures, wait_until)


def _check_new(kind: LockKind, secret: str) -> None:
    if kind not in KINDS:
        raise UserError("choose a PIN or a passphrase")
    if len(secret) > SECRET_MAX_CHARS:
        raise UserError(f"that is longer than {SECRET_MAX_CHARS} characters")
    if kind == "pin" and not (secret.isascii() and secret.isdigit()
                              and len(secret) >= PIN_MIN_DIGITS):
        raise UserError(f"a PIN is digits only, at least {PIN_MIN_DIGITS} of them")
    if kind == "passphrase" and len(secret) < PASSPHRASE_MIN_CHARS:
        raise UserError(f"a passphrase needs at least {PASSPHRASE_MIN_CHARS} characters")


def _normal(secret: str) -> str:
    # The same passphrase typed through another keyboard layout or input method may come
    # composed or decomposed; NFC makes both the same bytes.
    return unicodedata.normalize("NFC", secret)


def _minutes(value: object) -> int:
    return value if isinstance(value, int) and value in IDLE_CHOICES else 0


def _pause_sentence(seconds: float) -> str:
    return f"Let's pause for a moment: you can try again in {math.ceil(seconds)} seconds."
