"""`stillpoint vocab`: the emotion words a check-in or regulation entry can name."""

from __future__ import annotations

import argparse

from app.cli.common import print_json
from app.cli.parser import Commands, Parser
from app.mood.vocabulary import QUADRANTS, vocabulary


def register(commands: Commands, common: Parser) -> None:
    vocab = commands.add_parser("vocab", help="list the emotion words by quadrant",
                                parents=[common])
    vocab.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    vocab.set_defaults(handler=vocab_list)


def vocab_list(args: argparse.Namespace) -> int:
    vocab = vocabulary()
    if args.json:
        print_json({
            "quadrants": [{"key": q, "label": vocab.quadrant_labels[q]} for q in QUADRANTS],
            "words": [e.to_json() for e in vocab.words],
        })
        return 0
    for q in QUADRANTS:
        words = [e.word for e in vocab.words if e.quadrant == q]
        print(f"{vocab.quadrant_labels[q]} ({len(words)}):")
        print(f"  {', '.join(words)}")
    return 0
