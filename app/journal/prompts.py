"""Guided prompts: one JSON file per set in resources/prompts, read once and kept.

Each set has an id, a title, a one-line description and its prompts; a prompt's id is
"<set>/<name>" and stays stable, because entries remember which prompt they started from."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from app.errors import UserError

# The order the window and `journal prompts` show the sets in.
SET_ORDER = ("attachment-history", "gratitude", "boundaries", "support-network",
             "weekly-review")


@dataclass(frozen=True)
class Prompt:
    id: str
    set_id: str
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class PromptSet:
    id: str
    title: str
    description: str
    prompts: tuple[Prompt, ...]

    def to_json(self) -> dict[str, Any]:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return {"id": self.id, "title": self.title, "description": self.description,
                "prompts": [p.to_json() for p in self.prompts]}


def _load_set(set_id: str) -> PromptSet:
    data = json.loads(resources.files("resources.prompts").joinpath(f"{set_id}.json")
                      .read_text("utf-8"))
    if data["id"] != set_id:
        raise ValueError(f"prompts/{set_id}.json names itself '{data['id']}'")
    prompts = []
    for item in data["prompts"]:
        if not str(item["id"]).startswith(f"{set_id}/"):
            raise ValueError(f"prompt '{item['id']}' is not in the set '{set_id}'")
        prompts.append(Prompt(id=item["id"], set_id=set_id, text=" ".join(item["text"].split())))
    return PromptSet(id=set_id, title=data["title"], description=data["description"],
                     prompts=tuple(prompts))


@cache
def prompt_sets() -> tuple[PromptSet, ...]:
    return tuple(_load_set(set_id) for set_id in SET_ORDER)


@cache
def _by_id() -> dict[str, Prompt]:
    return {p.id: p for s in prompt_sets() for p in s.prompts}


def all_prompts() -> list[Prompt]:
    return list(_by_id().values())


def prompt_set(set_id: str) -> PromptSet:
    for found in prompt_sets():
        if found.id == set_id:
            return found
    raise UserError(f"there is no prompt set '{set_id}'{_closest(set_id, list(SET_ORDER))}",
                    hint="`stillpoint journal prompts` lists them")


def find_prompt(prompt_id: str) -> Prompt:
    """The prompt with this id, or a UserError naming the closest ids."""
    key = prompt_id.strip()
    found = _by_id().get(key) or _by_id().get(key.lower())
    if found is not None:
        return found
    raise UserError(f"there is no prompt '{key}'{_closest(key, list(_by_id()))}",
                    hint="`stillpoint journal prompts` lists them")


def shuffle(set_id: str | None = None, *, avoid: str | None = None,
            rng: random.Random | None = None) -> Prompt:
    """One prompt at random, from one set or from all, other than `avoid` when possible."""
    pool = list(prompt_set(set_id).prompts) if set_id else all_prompts()
    others = [p for p in pool if p.id != avoid] or pool
    return (rng or random).choice(others)


def _closest(value: str, choices: list[str]) -> str:
    """'; did you mean ...?' with up to three ids; a bare name also matches its set/name."""
    import difflib

    value = value.strip().lower()
    close = difflib.get_close_matches(value, choices, n=3, cutoff=0.6)
    if not close:
        # "what-felt-safe" alone, or a set name: match the part after the slash or before it.
        close = [c for c in choices if value and (c.endswith(f"/{value}") or
                                                  c.startswith(f"{value}/"))][:3]
    if not close:
        tails = {c.rpartition("/")[2]: c for c in choices}
        close = [tails[t] for t in difflib.get_close_matches(value.rpartition("/")[2],
                                                             list(tails), n=3, cutoff=0.6)]
    if not close:
        return ""
    quoted = [f"'{c}'" for c in close]
    joined = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" or {quoted[-1]}"
    return f"; did you mean {joined}?"
