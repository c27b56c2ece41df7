"""Keep the translation catalogues in step with the source, and compile them.

    python packaging/translations.py update   # pyside6-lupdate ui/ app/ -> resources/i18n/*.ts
    python packaging/translations.py build    # pyside6-lrelease *.ts -> *.qm (shipped)
    python packaging/translations.py check    # exit 1 if a .ts misses a string or keeps a gone one

ui/ marks text with translate("Context", "text"); app/ with N_("text") (app/i18n.py), which
lupdate reads as QT_TR_NOOP. The .qm files are committed next to the .ts so a pip install
needs no Qt tools; `build` refreshes them and the PyInstaller spec runs it before bundling.
Locations are left out of the .ts so moving a line does not churn the catalogue.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("de",)  # a new language: add it here, run `update`, translate in Qt Linguist
SOURCES = ("ui", "app")
LUPDATE_OPTIONS = ("-tr-function-alias", "QT_TR_NOOP+=N_", "-locations", "none", "-no-obsolete",
                   "-silent")

Message = tuple[str, str, str]  # context, source text, comment


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6 in this environment")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for folder in SOURCES
                  for path in (ROOT / folder).rglob("*.py")
                  if "migrations" not in path.parts)


def catalogue(language: str) -> Path:
    return CATALOGUES / f"stillpoint_{language}.ts"


def lupdate(target: Path) -> None:
    subprocess.run([tool("lupdate"), *LUPDATE_OPTIONS, *source_files(), "-ts", str(target)],
                   check=True, cwd=ROOT)


def messages(ts_file: Path) -> set[Message]:
    """What the catalogue asks translators for (entries gone from the source excluded)."""
    found: set[Message] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = (message.find("translation") if message.find("translation") is not None
                    else ET.Element("translation")).get("type", "")
            if kind not in ("obsolete", "vanished"):
                found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def fresh_messages() -> set[Message]:
    """The messages the source holds today, from lupdate run on a blank catalogue."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "fresh.ts"
        lupdate(target)
        return messages(target)


def update() -> None:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(catalogue(language))  # merges: translations already made are kept


def build() -> None:
    for language in LANGUAGES:
        ts_file = catalogue(language)
        subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm",
                        str(ts_file.with_suffix(".qm"))], check=True)


def check() -> int:
    fresh = fresh_messages()
    stale = 0
    for language in LANGUAGES:
        have = messages(catalogue(language))
        for context, text, _ in sorted(fresh - have):
            print(f"{catalogue(language).name}: missing [{context}] {text[:70]!r}")
        for context, text, _ in sorted(have - fresh):
            print(f"{catalogue(language).name}: no longer in the source [{context}] {text[:70]!r}")
        stale += len(fresh ^ have)
    if stale:
        print("run: python packaging/translations.py update build")
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="translation catalogues")
    parser.add_argument("steps", nargs="+", choices=("update", "build", "check"))
    for step in parser.parse_args(argv).steps:
        if step == "check":
            return check()
        update() if step == "update" else build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
