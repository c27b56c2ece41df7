"""Number options share one checker (app/cli/parser.py): the messages stay as they were."""

from __future__ import annotations

import pytest

from app.cli.parser import number_in

MOOD = ("mood", "add", "--pleasantness", "1", "--energy", "1")


@pytest.mark.parametrize(("value", "message"), [
    ("lots", "stillpoint: sleep must be a number of hours from 0 to 24, not 'lots'"),
    ("24.50", "stillpoint: sleep must be from 0 to 24 hours, not 24.50"),
    ("-1", "stillpoint: sleep must be from 0 to 24 hours, not -1"),
    ("nan", "stillpoint: sleep must be from 0 to 24 hours, not nan"),
])
def test_bad_sleep_is_refused_in_plain_words(cli, value, message):
    result = cli(*MOOD, "--sleep", value)
    assert (result.code, result.err.strip()) == (2, message)


def test_sleep_with_a_fraction_is_kept(cli):
    assert cli(*MOOD, "--sleep", "6.5").code == 0
    assert "slept 6.5 h" in cli("mood", "list").out


def test_a_number_without_a_unit_says_only_number():
    years = number_in("years", 0.1, 30)
    assert years("2.5") == 2.5
    with pytest.raises(Exception, match=r"^years must be a number from 0.1 to 30, not 'x'$"):
        years("x")
    with pytest.raises(Exception, match=r"^years must be from 0.1 to 30, not 31$"):
        years("31")


def test_an_open_lower_bound_leaves_it_out_and_says_so():
    # 0 minutes is no session: the bound itself is refused, in words that say why.
    minutes = number_in("minutes", 0, 180, above=True)
    assert minutes("0.5") == 0.5 and minutes("180") == 180
    with pytest.raises(Exception, match=r"^minutes must be more than 0 and at most 180, not 0$"):
        minutes("0")
    with pytest.raises(Exception,
                       match=r"^minutes must be a number more than 0 and at most 180, not 'ten'$"):
        minutes("ten")


@pytest.mark.parametrize(("args", "message"), [
    (("demo-data", "--years", "31"), "stillpoint: years must be from 0.1 to 30, not 31"),
    (("breathe", "--pattern", "box", "--minutes", "0.0", "--no-ui"),
     "stillpoint: minutes must be more than 0 and at most 180, not 0.0"),
])
def test_commands_use_the_shared_checker(cli, args, message):
    result = cli(*args)
    assert (result.code, result.err.strip()) == (2, message)
