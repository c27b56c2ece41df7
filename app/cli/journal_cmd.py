"""`stillpoint journal prompts|add|list`."""

from __future__ import annotations

import argparse

from app.cli.adding import say_saved
from app.cli.common import open_from, parsed, print_json
from app.cli.listing import visible, write_json_list
from app.cli.parser import Commands, Parser, add_actions, add_list_action
from app.journal.prompts import find_prompt, prompt_sets
from app.journal.service import validate_tags, validate_text
from app.journal.types import JournalDraft, JournalEntry, JournalFilter
from app.limits import JOURNAL_TAG_MAX, JOURNAL_TEXT_MAX
from app.timeutil import parse_day


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "journal", "write and read journal entries")
    prompts = actions.add_parser("prompts", help="list the guided prompts by set",
                                 parents=[common])
    prompts.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    prompts.set_defaults(handler=journal_prompts)
    add = actions.add_parser("add", help="write an entry", parents=[common])
    add.add_argument("--text", required=True, metavar="TEXT",
                     help=f"the entry, up to {JOURNAL_TEXT_MAX} characters")
    add.add_argument("--prompt", metavar="ID",
                     help="the prompt it answers, such as attachment-history/what-felt-safe")
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help=f"a word to find it by, up to {JOURNAL_TAG_MAX} characters "
                          "(repeatable)")
    add.set_defaults(handler=journal_add)
    lst = add_list_action(actions, common, "list entries, the oldest first", journal_list)
    lst.add_argument("--since", metavar="DATE", help="only from this local day on (YYYY-MM-DD)")
    lst.add_argument("--search", metavar="TEXT",
                     help="only entries holding every one of these words")


def journal_prompts(args: argparse.Namespace) -> int:
    sets = prompt_sets()
    if args.json:
        print_json({"sets": [s.to_json() for s in sets]})
        return 0
    for i, prompt_set in enumerate(sets):
        if i:
            print()
        print(f"{prompt_set.title} ({prompt_set.id}): {prompt_set.description}")
        for prompt in prompt_set.prompts:
            print(f"  {prompt.id}  {prompt.text}")
    return 0


def journal_add(args: argparse.Namespace) -> int:
    # Checked before the database is opened, so a typo writes nothing.
    prompt = find_prompt(args.prompt) if args.prompt else None
    validate_text(args.text)
    validate_tags(args.tag)
    draft = JournalDraft(text=args.text, prompt_id=prompt.id if prompt else None, tags=args.tag)
    with open_from(args) as ctx:
        entry = ctx.journal.add_entry(draft)
    return say_saved("journal entry", entry)


def journal_list(args: argparse.Namespace) -> int:
    since = None if args.since is None else parsed(parse_day, args.since)
    flt = JournalFilter(text=args.search, since=since)
    with open_from(args) as ctx:
        entries = ctx.journal.search(flt, newest_first=False)
    if args.json:
        write_json_list("entries", (e.to_json() for e in entries))
        return 0
    for entry in entries:
        print(_line(entry))
    if not entries:
        print("No journal entries yet." if flt == JournalFilter() else "No entries match.")
    return 0


def _line(e: JournalEntry) -> str:
    when = e.local_time.strftime("%Y-%m-%d %H:%M")
    prompt = f"  ({e.prompt_id})" if e.prompt_id else ""
    tags = f"  [{visible(', '.join(e.tags))}]" if e.tags else ""
    return f"{when}  #{e.id}{prompt}{tags}  {visible(e.text)}"
