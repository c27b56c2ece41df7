"""The app lock's service: Argon2id verifier only, set/change/remove, gentle pauses."""

from __future__ import annotations

import time

import pytest

from app.errors import UserError
from app.events import LockChanged
from app.lock.service import LockService
from app.lock.types import PAUSE_SECONDS, TRIES_BEFORE_PAUSE, LockState

SECRET = "quiet harbour 7"


class FakeWallClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeWallClock()


@pytest.fixture
def lock(ctx, clock):
    return LockService(ctx.settings, ctx.hub, now=clock)


def test_no_lock_until_one_is_set(lock):
    assert lock.state() == LockState(kind=None, idle_minutes=0)
    with pytest.raises(UserError, match="no lock set"):
        lock.verify("anything")


def test_only_an_argon2id_hash_is_stored(ctx, lock, data_dir):
    lock.set_lock(kind="passphrase", secret=SECRET)
    verifier = ctx.settings.get("lock_verifier")
    assert verifier.startswith("$argon2id$")
    assert SECRET not in str(ctx.settings.all())
    ctx.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
            assert b"quiet harbour" not in path.read_bytes(), path


def test_right_and_wrong_passphrase(lock):
    lock.set_lock(kind="passphrase", secret=SECRET)
    assert lock.state().kind == "passphrase"
    lock.verify(SECRET)
    with pytest.raises(UserError) as wrong:
        lock.verify("quiet harbour 8")
    assert wrong.value.sentence() == ("That passphrase does not match. "
                                      "Take your time and try again.")


def test_a_check_takes_a_noticeable_but_short_time(lock):
    lock.set_lock(kind="pin", secret="2468")
    started = time.perf_counter()
    lock.verify("2468")
    took = time.perf_counter() - started
    # argon2-cffi's defaults (64 MiB, 3 passes): slow for a guesser, quick for a person.
    assert 0.02 < took < 3.0


@pytest.mark.parametrize(("kind", "secret", "message"), [
    ("pin", "123", "digits only, at least 4"),
    ("pin", "12a4", "digits only"),
    ("pin", "١٢٣٤", "digits only"),  # Arabic-Indic digits: not on every keypad
    ("passphrase", "short", "at least 6 characters"),
    ("passphrase", "x" * 2000, "longer than"),
    ("password", "secret123", "a PIN or a passphrase"),
])
def test_weak_or_odd_secrets_are_refused_and_nothing_is_stored(ctx, lock, kind, secret,
                                                               message):
    with pytest.raises(UserError, match=message):
        lock.set_lock(kind=kind, secret=secret)
    assert ctx.settings.get("lock_verifier") is None
    assert lock.state().kind is None


def test_a_pin_of_digits(lock):
    lock.set_lock(kind="pin", secret="0042")
    lock.verify("0042")
    with pytest.raises(UserError, match="that PIN does not match"):
        lock.verify("42")


def test_a_second_set_is_refused(lock):
    lock.set_lock(kind="pin", secret="1357")
    with pytest.raises(UserError, match="already set: change it with your current PIN"):
        lock.set_lock(kind="passphrase", secret="another one")
    lock.verify("1357")


def test_change_needs_the_current_one(lock):
    lock.set_lock(kind="passphrase", secret=SECRET)
    with pytest.raises(UserError, match="does not match"):
        lock.change_lock(current="not it at all", kind="pin", secret="9090")
    lock.verify(SECRET)
    lock.change_lock(current=SECRET, kind="pin", secret="9090")
    assert lock.state().kind == "pin"
    lock.verify("9090")
    with pytest.raises(UserError):
        lock.verify(SECRET)


def test_change_checks_the_new_one_before_costing_a_try(ctx, lock):
    lock.set_lock(kind="passphrase", secret=SECRET)
    with pytest.raises(UserError, match="digits only"):
        lock.change_lock(current="wrong", kind="pin", secret="12")
    assert ctx.settings.get("lock_failures") == 0


def test_remove_needs_the_current_one(ctx, lock):
    lock.set_lock(kind="passphrase", secret=SECRET)
    with pytest.raises(UserError, match="does not match"):
        lock.remove_lock(current="guess")
    assert lock.state().is_set
    lock.remove_lock(current=SECRET)
    assert lock.state().kind is None
    assert ctx.settings.get("lock_verifier") is None


def test_a_run_of_wrong_tries_brings_a_calm_pause(lock, clock):
    lock.set_lock(kind="pin", secret="2580")
    for _ in range(TRIES_BEFORE_PAUSE - 1):
        with pytest.raises(UserError, match="Take your time"):
            lock.verify("0000")
    with pytest.raises(UserError, match="Let's pause for a moment: you can try again in 30"):
        lock.verify("0000")
    # During the pause even the right PIN waits, and nothing is counted.
    clock.now += 10
    with pytest.raises(UserError, match="try again in 20 seconds"):
        lock.verify("2580")
    assert lock.seconds_to_wait() == pytest.approx(PAUSE_SECONDS - 10)
    clock.now += 20
    assert lock.seconds_to_wait() == 0
    lock.verify("2580")
    # A right one clears the count: four wrong ones later there is still no pause.
    for _ in range(TRIES_BEFORE_PAUSE - 1):
        with pytest.raises(UserError, match="Take your time"):
            lock.verify("1111")


def test_the_pause_outlives_a_restart(ctx, lock, clock):
    lock.set_lock(kind="pin", secret="2580")
    for _ in range(TRIES_BEFORE_PAUSE):
        with pytest.raises(UserError):
            lock.verify("0000")
    again = LockService(ctx.settings, ctx.hub, now=clock)
    with pytest.raises(UserError, match="pause"):
        again.verify("2580")


def test_a_clock_set_back_does_not_stretch_the_pause(lock, clock):
    lock.set_lock(kind="pin", secret="2580")
    for _ in range(TRIES_BEFORE_PAUSE):
        with pytest.raises(UserError):
            lock.verify("0000")
    clock.now -= 86_400
    assert lock.seconds_to_wait() == PAUSE_SECONDS


def test_idle_minutes(lock):
    for minutes in (1, 5, 15, 30, 60, 0):
        lock.set_idle_minutes(minutes)
        assert lock.state().idle_minutes == minutes
    for bad in (2, -1, 10_000):
        with pytest.raises(UserError, match="off, 1, 5, 15, 30 or 60"):
            lock.set_idle_minutes(bad)
    assert lock.state().idle_minutes == 0


def test_changes_are_announced(ctx, lock):
    seen = []
    ctx.hub.subscribe(LockChanged, seen.append)
    lock.set_lock(kind="pin", secret="4321")
    lock.set_idle_minutes(5)
    lock.change_lock(current="4321", kind="passphrase", secret=SECRET)
    lock.remove_lock(current=SECRET)
    assert seen == [LockChanged("pin", 0), LockChanged("pin", 5),
                    LockChanged("passphrase", 5), LockChanged(None, 5)]


def test_composed_and_decomposed_accents_are_the_same_passphrase(lock):
    lock.set_lock(kind="passphrase", secret="caf\u00e9 au lait")
    lock.verify("cafe\u0301 au lait")
