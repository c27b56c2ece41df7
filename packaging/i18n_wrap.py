"""Wrap the text literals ui/ hands to Qt in translate("Context", ...), so lupdate finds them.

Rerunnable: a literal already inside translate() is left alone. Usage:

    python packaging/i18n_wrap.py [--dry-run] ui/today/page.py ui/log/*.py

Only literal arguments in known text positions are wrapped (a widget's text, tooltip,
placeholder, title, accessible name, a message box's title and text, and this project's
own helpers that take a caption). An f-string whose parts are simple becomes
translate("Ctx", "Saved {name}").format(name=...). Anything else is listed for a person.
The context is the enclosing class, else the module's dotted name. Each file is read,
changed and written in one go.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

# Callable name -> positions of text arguments ("*" = every positional one) and keywords.
ALL = -1
TEXT_ARGS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    # Qt widgets and setters
    "QLabel": ((0,), ()), "QPushButton": ((0,), ()), "QCheckBox": ((0,), ()),
    "QRadioButton": ((0,), ()), "QGroupBox": ((0,), ()), "QAction": ((0, 1), ("text",)),
    "QMenu": ((0,), ()), "QListWidgetItem": ((0,), ()), "QToolButton": ((), ()),
    "setText": ((0,), ()), "setToolTip": ((0,), ()), "setPlaceholderText": ((0,), ()),
    "setWindowTitle": ((0,), ()), "setAccessibleName": ((0,), ()),
    "setAccessibleDescription": ((0,), ()), "setTitle": ((0,), ()), "setStatusTip": ((0,), ()),
    "setWhatsThis": ((0,), ()), "setSuffix": ((0,), ()), "setPrefix": ((0,), ()),
    "setSpecialValueText": ((0,), ()), "setLabelText": ((0,), ()),
    "setInformativeText": ((0,), ()), "setButtonText": ((1,), ()), "showMessage": ((1, 2), ()),
    "addRow": ((0,), ()), "insertRow": ((1,), ()), "addItem": ((0,), ()),
    "insertItem": ((1,), ()), "addItems": ((0,), ()), "setItemText": ((1,), ()),
    "addTab": ((1,), ()), "insertTab": ((2,), ()), "setTabText": ((1,), ()),
    "setTabToolTip": ((1,), ()), "addAction": ((0,), ()), "addMenu": ((0,), ()),
    "addButton": ((0,), ()), "setHeaderLabels": ((0,), ()),
    "information": ((1, 2), ()), "warning": ((1, 2), ()), "question": ((1, 2), ()),
    "critical": ((1, 2), ()), "about": ((1, 2), ()),
    "getSaveFileName": ((1,), ("caption",)), "getOpenFileName": ((1,), ("caption",)),
    "getOpenFileNames": ((1,), ("caption",)), "getExistingDirectory": ((1,), ("caption",)),
    "getText": ((1, 2), ()), "getItem": ((1, 2), ()), "getInt": ((1, 2), ()),
    # this project's widgets and helpers that take a caption a person reads
    "label": ((0,), ("text",)), "Card": ((0,), ("title",)), "Page": ((0,), ("title",)),
    "StatusLine": ((0,), ("name",)), "show_info": ((0,), ()), "offer": ((0,), ()),
    "offer_undo": ((0,), ()), "UserError": ((0,), ()), "ChartCard": ((0, 2), ()),
    "_button": ((0,), ()), "_step": ((ALL,), ()), "dialog_column": ((1, 2), ()),
    "titled_row": ((1,), ()), "add_button": ((0,), ()), "CalmRating": ((0,), ()),
    "intensity_box": ((0,), ()),
    "_combo": ((0,), ()), "_spin": ((0,), ()), "bell_combo": ((0,), ()),
    "HistoryFilters": ((0,), ("placeholder", "name")), "refill_choices": ((1,), ()),
    "BarsChart": ((), ("name",)), "drawText": ((1, 2), ()), "FinishView": ((0,), ("save_text",)),
    "BringToSessionButton": ((1,), ()), "say": ((0,), ()), "_secret_field": ((0, 1), ()),
    "_slider": ((0,), ()), "_buddy": ((0,), ()), "EditDialog": ((0,), ()),
    "show_result": ((0,), ()), "Step": ((1,), ()), "dialog_buttons": ((1,), ()),
    "show_tab": ((), ()), "notify": ((0, 1), ()), "showMessageBox": ((0, 1), ()),
}
BOX_ONLY = {"information", "warning", "question", "critical", "about"}
SKIP_CALLS = {"translate", "app_text", "N_"}
LETTERS = re.compile(r"[^\W\d_]")


def context_of(stack: list[ast.AST], module: str) -> str:
    for node in reversed(stack):
        if isinstance(node, ast.ClassDef):
            return node.name
    return module


def callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


class Finder(ast.NodeVisitor):
    def __init__(self, module: str) -> None:
        self.module = module
        self.stack: list[ast.AST] = []
        self.hits: list[tuple[ast.expr, str]] = []  # (text node, context)

    def generic_visit(self, node: ast.AST) -> None:
        self.stack.append(node)
        super().generic_visit(node)
        self.stack.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = callee(node)
        if name in SKIP_CALLS:
            return
        if name == "__init__":  # super().__init__("Journal") in a Page subclass
            name = self.base_of_class()
        spec = TEXT_ARGS.get(name or "")
        if name in BOX_ONLY and not (isinstance(node.func, ast.Attribute)
                                     and isinstance(node.func.value, ast.Name)
                                     and node.func.value.id == "QMessageBox"):
            spec = None  # log.warning("...") is for the log, not for a person
        if spec is not None:
            positions, keywords = spec
            context = context_of(self.stack, self.module)
            for i, arg in enumerate(node.args):
                if i in positions or ALL in positions:
                    self.take(arg, context)
            for kw in node.keywords:
                if kw.arg in keywords:
                    self.take(kw.value, context)
        self.generic_visit(node)

    def base_of_class(self) -> str | None:
        """The first base of the enclosing class that takes a caption, if any."""
        for node in reversed(self.stack):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)
                    if name in TEXT_ARGS:
                        return name
                return None
        return None

    def take(self, node: ast.expr, context: str) -> None:
        if isinstance(node, ast.IfExp):
            self.take(node.body, context)
            self.take(node.orelse, context)
        elif isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            for value in node.values:
                self.take(value, context)
        elif isinstance(node, ast.List | ast.Tuple):
            for element in node.elts:
                self.take(element, context)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if LETTERS.search(node.value):
                self.hits.append((node, context))
        elif isinstance(node, ast.JoinedStr):
            self.hits.append((node, context))


def quote(text: str) -> str:
    body = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t"))
    return f'"{body}"'


def placeholder(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id.lstrip("_") or "value"
    if isinstance(expr, ast.Attribute):
        return expr.attr.lstrip("_") or "value"
    if isinstance(expr, ast.Call):
        name = callee(expr)
        if name == "len":
            return "count"
        if name:
            return name.lstrip("_") or "value"
    return "value"


def convert_fstring(node: ast.JoinedStr, source: str, context: str) -> str | None:
    """translate(...).format(...) for an f-string, or None when it is not simple."""
    text: list[str] = []
    names: dict[str, str] = {}  # placeholder -> expression source
    for part in node.values:
        if isinstance(part, ast.Constant):
            text.append(str(part.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(part, ast.FormattedValue)
        expr = ast.get_source_segment(source, part.value)
        if expr is None or "\n" in expr:
            return None
        name = placeholder(part.value)
        base, n = name, 2
        while names.get(name, expr) != expr:
            name, n = f"{base}{n}", n + 1
        names[name] = expr
        field = name
        if part.conversion != -1:
            field += "!" + chr(part.conversion)
        if part.format_spec is not None:
            spec = part.format_spec
            if not all(isinstance(v, ast.Constant) for v in spec.values):  # type: ignore[attr-defined]
                return None
            field += ":" + "".join(str(v.value) for v in spec.values)  # type: ignore[attr-defined]
        text.append("{" + field + "}")
    joined = "".join(text)
    if not LETTERS.search(re.sub(r"\{[^}]*\}", "", joined)):
        return None  # only values: nothing for a translator
    args = ", ".join(f"{k}={v}" for k, v in names.items())
    return f'translate("{context}", {quote(joined)}).format({args})'


def offsets(source: str) -> list[int]:
    starts, total = [], 0
    for line in source.splitlines(keepends=True):
        starts.append(total)
        total += len(line)
    return starts


def char_col(line: str, byte_col: int) -> int:
    return len(line.encode()[:byte_col].decode())


def wrap_source(source: str, module: str) -> tuple[str, list[str], list[str]]:
    """The new source, the texts wrapped and the spots left for a person."""
    tree = ast.parse(source)
    finder = Finder(module)
    finder.visit(tree)
    lines = source.splitlines(keepends=True)
    starts = offsets(source)
    edits: list[tuple[int, int, str]] = []
    done: list[str] = []
    left: list[str] = []
    for node, context in finder.hits:
        assert node.end_lineno is not None and node.end_col_offset is not None
        begin = starts[node.lineno - 1] + char_col(lines[node.lineno - 1], node.col_offset)
        end = starts[node.end_lineno - 1] + char_col(lines[node.end_lineno - 1], node.end_col_offset)
        original = source[begin:end]
        if isinstance(node, ast.JoinedStr):
            new = convert_fstring(node, source, context)
            if new is None:
                if LETTERS.search(original.split("{")[0] + original.split("}")[-1]):
                    left.append(f"{module}:{node.lineno}: f-string {original[:60]}")
                continue
        else:
            new = f'translate("{context}", {original})'
        edits.append((begin, end, new))
        done.append(f"{module}:{node.lineno}: {original[:70]}")
    edits.sort(reverse=True)
    last_begin = len(source) + 1
    for begin, end, new in edits:
        if end > last_begin:
            continue  # nested in an edit already made
        source = source[:begin] + new + source[end:]
        last_begin = begin
    if edits and "from ui.i18n import translate" not in source:
        source = add_import(source)
    return source, done, left


def add_import(source: str) -> str:
    """After the module's last top-level import; `ruff --fix --select I` sorts it."""
    tree = ast.parse(source)
    last = 0
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            last = node.end_lineno or node.lineno
        elif last and not isinstance(node, ast.Expr):
            break
    lines = source.splitlines(keepends=True)
    lines.insert(last, "from ui.i18n import translate\n")
    return "".join(lines)


def module_name(path: Path) -> str:
    parts = list(path.with_suffix("").parts)
    if "ui" in parts:
        parts = parts[parts.index("ui"):]
    return ".".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="list, change nothing")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    changed: list[str] = []
    for path in args.files:
        source = path.read_text(encoding="utf-8")
        new, done, left = wrap_source(source, module_name(path))
        for line in done:
            print(("would wrap " if args.dry_run else "wrapped ") + line)
        for line in left:
            print("by hand " + line)
        if new != source and not args.dry_run:
            path.write_text(new, encoding="utf-8")
            changed.append(str(path))
    if changed:  # the import lands unsorted; ruff puts it in its place
        subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--select", "I",
                        "--quiet", *changed], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
