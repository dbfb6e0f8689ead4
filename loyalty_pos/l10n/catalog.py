"""The translation catalogue: every user-facing string in the source, and the .ts files.

Qt's ``pyside6-lupdate`` cannot follow this code base: contexts are module constants
(``translate(CONTEXT, ...)``, ``QT_TRANSLATE_NOOP(ERRORS, ...)``) and small ``tr(text)``
wrappers, so it files a third of the strings under an empty context that the running app
never asks for. This module reads the source with ``ast`` the way the app resolves it at
run time and writes ordinary Qt Linguist ``.ts`` files, keeping every translation already
made. The app reads them as they are (:mod:`loyalty_pos.l10n.catalogue`); ``pyside6-lrelease``
(or :mod:`loyalty_pos.ui.qt_language`) compiles them to ``.qm`` for the widgets.

Run ``uv run python -m loyalty_pos.l10n.catalog`` after changing strings; a test fails
when the committed ``.ts`` files lag behind the source.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .languages import LANGUAGES as _LANGUAGE_NAMES

PACKAGE = Path(__file__).resolve().parent.parent  # the whole loyalty_pos package
TS_DIR = PACKAGE.parent / "resources" / "i18n"
# The app's languages besides the source language (English); English has a file too, for
# its plural forms ("1 coupon", "2 coupons").
LANGUAGES = tuple(_LANGUAGE_NAMES)
# How many plural forms Qt expects per language (Hungarian and Vietnamese have one).
PLURAL_FORMS = {"en": 2, "hu": 1, "vi": 1, "nb": 2}

TRANSLATE_FUNCS = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    key: Key
    plural: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Extraction:
    messages: dict[Key, Message]
    problems: list[str]


def _const_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _func_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


class _Module:
    """What one source file defines: string constants, imports and ``tr`` wrappers."""

    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path = path
        self.tree = tree
        self.constants: dict[str, str] = {}
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module file, name)
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                value = _const_str(node.value)
                if isinstance(target, ast.Name) and value is not None:
                    self.constants[target.id] = value
            elif isinstance(node, ast.ImportFrom) and node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                module = base.joinpath(*(node.module or "").split(".")) if node.module else base
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (str(module), alias.name)


class Extractor:
    def __init__(self, root: Path = PACKAGE) -> None:
        self.root = root
        self.modules: dict[str, _Module] = {}
        for path in sorted(root.rglob("*.py")):
            self.modules[str(path.with_suffix(""))] = _Module(path, ast.parse(path.read_text()))
        self.messages: dict[Key, Message] = {}
        self.problems: list[str] = []
        self.subclassed = self._subclassed_names()

    def _subclassed_names(self) -> set[str]:
        names: set[str] = set()
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.ClassDef):
                    names.update(ast.unparse(b).split(".")[-1] for b in node.bases)
        return names

    def resolve(self, module: _Module, node: ast.AST, depth: int = 0) -> str | None:
        """A context argument: a literal, a module constant or an imported constant."""
        literal = _const_str(node)
        if literal is not None or depth > 3:
            return literal
        if isinstance(node, ast.Name):
            if node.id in module.constants:
                return module.constants[node.id]
            if node.id in module.imports:
                target, name = module.imports[node.id]
                other = self.modules.get(target) or self.modules.get(target + "/__init__")
                if other is not None:
                    return self.resolve(other, ast.Name(id=name), depth + 1)
        return None

    def wrapper_context(self, module: _Module, name: str, scope: list[ast.AST]) -> str | None:
        """The context of a ``tr(text)``-style wrapper visible from ``scope``."""
        for holder in [*reversed(scope), module.tree]:
            for node in getattr(holder, "body", []):
                if isinstance(node, ast.FunctionDef) and node.name == name:
                    return self._wrapper_def_context(module, node)
        if name in module.imports:
            target, original = module.imports[name]
            other = self.modules.get(target)
            if other is not None:
                return self.wrapper_context(other, original, [])
        return None

    def _wrapper_def_context(self, module: _Module, fn: ast.FunctionDef) -> str | None:
        if fn.name == "QT_TR_NOOP":  # marks text for the module's own CONTEXT
            return module.constants.get("CONTEXT")
        # A wrapper hands its own first parameter to translate() as the text; a function
        # that merely translates something (``definition(key)``) is not one.
        params = [a.arg for a in fn.args.args]
        for call in ast.walk(fn):
            if (
                isinstance(call, ast.Call)
                and _func_name(call) == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and params[:1] == [call.args[1].id]
            ):
                return self.resolve(module, call.args[0])
        return None

    def run(self) -> Extraction:
        for module in self.modules.values():
            self._walk(module, module.tree, [], None)
        return Extraction(self.messages, self.problems)

    def _walk(self, module: _Module, node: ast.AST, scope: list[ast.AST], cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._walk(module, child, scope, child.name)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                self._walk(module, child, [*scope, child], cls)
            else:
                if isinstance(child, ast.Call):
                    self._call(module, child, scope, cls)
                self._walk(module, child, scope, cls)

    def _where(self, module: _Module, node: ast.AST) -> tuple[str, int]:
        return (str(module.path.relative_to(self.root.parent)), getattr(node, "lineno", 0))

    def _add(self, module, call, context, text, comment, plural) -> None:
        key = Key(context, text, comment or "")
        message = self.messages.setdefault(key, Message(key))
        message.plural = message.plural or plural
        message.locations.append(self._where(module, call))

    def _call(self, module: _Module, call: ast.Call, scope: list[ast.AST], cls: str | None):
        name = _func_name(call)
        kwargs = {k.arg: k.value for k in call.keywords}
        if name == "tr" and isinstance(call.func, ast.Attribute):
            text = _const_str(call.args[0]) if call.args else None
            if text is None:
                return
            owner = call.func.value
            if isinstance(owner, ast.Name) and owner.id in module.imports:
                # ``tables.tr("...")``: the wrapper of an imported module
                target, name = module.imports[owner.id]
                other = self.modules.get(f"{target}/{name}")
                context = other and self.wrapper_context(other, "tr", [])
                if context:
                    self._add(module, call, context, text, None, False)
                    return
            if not (isinstance(owner, ast.Name) and owner.id == "self") or cls is None:
                where = "{}:{}".format(*self._where(module, call))
                self.problems.append(f"{where}: tr() on something other than self")
                return
            if cls in self.subclassed:
                where = "{}:{}".format(*self._where(module, call))
                self.problems.append(
                    f"{where}: self.tr in {cls}, which is subclassed or mixed in: at run time "
                    "Qt asks for the subclass's context; use translate() with a fixed context"
                )
                return
            comment = _const_str(call.args[1]) if len(call.args) > 1 else None
            plural = len(call.args) > 2 or "n" in kwargs
            self._add(module, call, cls, text, comment, plural)
        elif name in TRANSLATE_FUNCS and len(call.args) >= 2:
            text = _const_str(call.args[1])
            if text is None:
                return  # translating a value marked elsewhere (an error template, a label)
            context = self.resolve(module, call.args[0])
            if context is None:
                where = "{}:{}".format(*self._where(module, call))
                self.problems.append(f"{where}: cannot tell the context of {text!r}")
                return
            comment = _const_str(call.args[2]) if len(call.args) > 2 else None
            plural = len(call.args) > 3 or "n" in kwargs
            self._add(module, call, context, text, comment, plural)
        elif isinstance(call.func, ast.Name) and call.args:
            text = _const_str(call.args[0])
            if text is None:
                return
            context = self.wrapper_context(module, name, scope)
            if context is not None:
                comment = _const_str(call.args[1]) if len(call.args) > 1 else None
                self._add(module, call, context, text, comment, False)


def extract(root: Path = PACKAGE) -> Extraction:
    return Extractor(root).run()


# --- .ts files -----------------------------------------------------------------------


@dataclass
class Entry:
    """One message of a .ts file: its translation (forms for plurals) and state."""

    key: Key
    plural: bool
    forms: list[str]
    state: str = ""  # "", "unfinished", "vanished" or "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.state == "" and all(f.strip() for f in self.forms) and bool(self.forms)


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"loyalty_pos_{language}.ts"


def read_ts(path: Path) -> dict[Key, Entry]:
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = Key(context, msg.findtext("source") or "", msg.findtext("comment") or "")
            translation = msg.find("translation")
            plural = msg.get("numerus") == "yes"
            if translation is None:
                forms, state = [], "unfinished"
            elif plural:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                state = translation.get("type", "")
            else:
                forms = [translation.text or ""]
                state = translation.get("type", "")
            locations = [
                (loc.get("filename", "").removeprefix("../../"), int(loc.get("line", "0")))
                for loc in msg.iter("location")
            ]
            entries[key] = Entry(key, plural, forms, state, locations)
    return entries


def merge(language: str, extraction: Extraction, old: dict[Key, Entry]) -> list[Entry]:
    """The new file's entries: the source's messages with any translation kept; strings
    gone from the source stay as "vanished" so a translation is not lost to a rewording."""
    forms_wanted = PLURAL_FORMS[language]
    entries: list[Entry] = []
    for key, message in sorted(extraction.messages.items()):
        previous = old.get(key)
        forms = list(previous.forms) if previous else []
        state = previous.state if previous else "unfinished"
        if state in ("vanished", "obsolete"):
            state = "unfinished" if not all(f.strip() for f in forms) else ""
        if message.plural:
            forms = (forms + [""] * forms_wanted)[:forms_wanted]
        else:
            forms = forms[:1] or [""]
        if not all(f.strip() for f in forms):
            state = "unfinished"
        entries.append(Entry(key, message.plural, forms, state, sorted(message.locations)))
    for key, entry in sorted(old.items()):
        if key not in extraction.messages and any(f.strip() for f in entry.forms):
            entries.append(Entry(key, entry.plural, entry.forms, "vanished", []))
    return entries


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.key.context, []).append(entry)
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for entry in by_context[context]:
            msg = ET.SubElement(ctx, "message")
            if entry.plural:
                msg.set("numerus", "yes")
            # File names only: line numbers would rewrite every .ts on each code change
            # and make translators' branches conflict with no change to the text.
            for filename in sorted({filename for filename, _ in entry.locations}):
                ET.SubElement(msg, "location", filename="../../" + filename)
            ET.SubElement(msg, "source").text = entry.key.source
            if entry.key.comment:
                ET.SubElement(msg, "comment").text = entry.key.comment
            translation = ET.SubElement(msg, "translation")
            if entry.state:
                translation.set("type", entry.state)
            if entry.plural:
                for form in entry.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.forms[0] if entry.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(directory: Path = TS_DIR) -> tuple[Extraction, dict[str, int]]:
    """Refresh every language's .ts from the source; returns unfinished counts."""
    extraction = extract()
    unfinished: dict[str, int] = {}
    for language in LANGUAGES:
        path = ts_path(language, directory)
        entries = merge(language, extraction, read_ts(path))
        if language == "en":  # the source language needs only its plural forms
            entries = [e for e in entries if e.plural]
        write_ts(path, language, entries)
        unfinished[language] = sum(1 for e in entries if e.state == "unfinished")
    return extraction, unfinished


def todo(language: str) -> dict[str, dict[str, str | list[str]]]:
    """The unfinished entries as ``{context: {source: ""}}`` (plurals: a list of forms),
    a shape a translator can fill in and hand back to :func:`fill`."""
    out: dict[str, dict[str, str | list[str]]] = {}
    for entry in read_ts(ts_path(language)).values():
        if entry.state == "unfinished":
            blank: str | list[str] = [""] * PLURAL_FORMS[language] if entry.plural else ""
            out.setdefault(entry.key.context, {})[entry.key.source] = blank
    return out


def fill(language: str, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Write translations given as ``{context: {source: text or [forms]}}``; returns how
    many entries were filled. Unknown keys are an error, so a typo can't go unnoticed."""
    path = ts_path(language)
    entries = read_ts(path)
    by_text = {(k.context, k.source): e for k, e in entries.items()}
    filled = 0
    for context, items in translations.items():
        for source, text in items.items():
            entry = by_text.get((context, source))
            if entry is None:
                raise KeyError(f"no such string: [{context}] {source!r}")
            forms = list(text) if isinstance(text, list) else [text]
            if not all(f.strip() for f in forms):
                continue
            entry.forms = forms
            entry.state = "" if entry.state in ("unfinished", "") else entry.state
            filled += 1
    write_ts(path, language, list(entries.values()))
    return filled


def main(argv: list[str] | None = None) -> int:
    """``update`` (the default), ``todo LANG`` or ``fill LANG FILE.json``."""
    import json

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["todo"]:
        print(json.dumps(todo(args[1]), ensure_ascii=False, indent=1))
        return 0
    if args[:1] == ["fill"]:
        data = json.loads(Path(args[2]).read_text(encoding="utf-8"))
        print(f"filled {fill(args[1], data)}")
        return 0
    extraction, unfinished = update()
    for problem in extraction.problems:
        print(problem, file=sys.stderr)
    print(f"{len(extraction.messages)} strings; unfinished: {unfinished}")
    return 1 if extraction.problems else 0


if __name__ == "__main__":
    sys.exit(main())
