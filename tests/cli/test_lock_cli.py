"""`stillpoint lock status|off`: the way back from a forgotten app lock."""

from __future__ import annotations

import json

from app.context import open_context
from app.lock.service import LockService
from tests.cli.test_encrypt_cli import _on_terminal


def _set_lock(data_dir, *, kind="pin", secret="2468", idle=15):
    with open_context(str(data_dir)) as ctx:
        lock = LockService(ctx.settings, ctx.hub)
        lock.set_lock(kind=kind, secret=secret)
        lock.set_idle_minutes(idle)


def _lock_state(data_dir):
    with open_context(str(data_dir)) as ctx:
        return LockService(ctx.settings, ctx.hub).state()


def test_status_in_plain_words_and_json(cli, data_dir):
    none = cli("lock", "status")
    assert none.code == 0 and none.out == "No app lock is set.\n"
    assert json.loads(cli("lock", "status", "--json").out) == {"lock": None, "idle_minutes": 0}
    _set_lock(data_dir)
    shown = cli("lock", "status")
    assert shown.out == ("An app lock is set with a PIN. The window locks when it starts "
                         "and after 15 idle minutes.\n")
    assert json.loads(cli("lock", "status", "--json").out) == {"lock": "pin",
                                                                "idle_minutes": 15}


def test_off_needs_yes_away_from_a_terminal(cli, data_dir):
    _set_lock(data_dir)
    refused = cli("lock", "off")
    assert refused.code == 2 and refused.out == ""
    assert refused.err == ("stillpoint: removing the app lock needs --yes when no one is at "
                           "a terminal to answer\n")
    assert _lock_state(data_dir).kind == "pin"
    done = cli("lock", "off", "--yes")
    assert done.code == 0 and done.out.startswith("The app lock is off.")
    assert _lock_state(data_dir).is_set is False
    assert _lock_state(data_dir).idle_minutes == 15  # the idle choice stays for a new lock
    again = cli("lock", "off", "--yes")
    assert again.code == 0 and again.out == "There is no app lock to remove.\n"


def test_off_asks_yes_on_a_terminal(data_dir):
    _set_lock(data_dir, kind="passphrase", secret="forgotten words")
    code, out = _on_terminal(data_dir, ["lock", "off"], ["no"])
    assert code == 2 and "the app lock was kept" in out
    assert "not encryption" in out
    assert _lock_state(data_dir).kind == "passphrase"
    code, out = _on_terminal(data_dir, ["lock", "off"], ["yes"])
    assert code == 0 and "The app lock is off." in out, out
    assert _lock_state(data_dir).is_set is False


def test_help_says_it_is_a_screen_not_encryption(cli):
    shown = cli("lock", "off", "--help")
    assert shown.code == 0
    assert "not encryption" in " ".join(shown.out.split())
