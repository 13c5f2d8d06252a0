"""Refresh resources/translations/smm_desk_fa.ts (and _en.ts) from the code; compile the .qm.

Re-runnable: existing translations are kept, new texts are added unfinished, texts no longer in
the code are dropped. Sources of texts:
- `pyside6-lupdate` over main.py and ui/ (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP
  with literal contexts);
- what lupdate cannot see in ui/: calls of small module helpers such as
  `def _tr(text): return QCoreApplication.translate(_CTX, text)` and QT_TRANSLATE_NOOP(_CTX, ...)
  with a module-level context constant (read from the Python syntax tree here);
- core's own tables, which stay Qt-free: the type table's names, labels, hints and choice labels
  (context "ServiceTypes") and the drafts' message templates (context "OrderErrors").

English needs a catalogue too, for plurals only: the code says "%n order(s)", and
smm_desk_en.ts gives every such text its two English forms ("%Ln order", "%Ln orders", the count
grouped as the locale groups it: "1,500 orders"), made here
from the source (`english_forms`), never edited by hand.

Usage: python scripts/update_translations.py             # update .ts, compile .qm
       python scripts/update_translations.py --todo      # also print unfinished texts as JSON
       python scripts/update_translations.py --apply F   # set translations from a JSON file
The JSON of --todo / --apply: [{"context", "source", "comment", "numerus", "translation"}].
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TS_PATH = ROOT / "resources" / "translations" / "smm_desk_fa.ts"
QM_PATH = TS_PATH.with_suffix(".qm")
LANGUAGE = "fa_IR"
EN_TS_PATH = TS_PATH.with_name("smm_desk_en.ts")
EN_QM_PATH = EN_TS_PATH.with_suffix(".qm")
EN_LANGUAGE = "en_US"

Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass
class Message:
    """One translatable text and what is known about it."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: list[str] | None = None  # one entry, or the numerus forms
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def _tool(name: str) -> str:
    """A PySide6 tool next to this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def python_sources() -> list[Path]:
    """main.py and every module under ui/ (sub-packages included)."""
    return [ROOT / "main.py", *sorted((ROOT / "ui").rglob("*.py"))]


# --- reading and writing .ts -----------------------------------------------------------------


def read_ts(path: Path) -> dict[Key, Message]:
    """The messages of a .ts file (empty when it does not exist)."""
    if not path.exists():
        return {}
    messages: dict[Key, Message] = {}
    # The project's own .ts and lupdate's output: trusted files.
    for ctx in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = ctx.findtext("name") or ""
        for node in ctx.iter("message"):
            trans = node.find("translation")
            numerus = node.get("numerus") == "yes"
            forms: list[str] | None = None
            finished = False
            if trans is not None:
                finished = trans.get("type") not in ("unfinished", "vanished", "obsolete")
                if numerus:
                    forms = [f.text or "" for f in trans.iter("numerusform")]
                else:
                    forms = [trans.text or ""]
                if not any(forms):
                    forms, finished = None, False
            msg = Message(
                context=name,
                source=node.findtext("source") or "",
                comment=node.findtext("comment") or "",
                numerus=numerus,
                locations=[
                    (loc.get("filename", ""), int(loc.get("line", "0") or 0))
                    for loc in node.iter("location")
                ],
                translation=forms,
                finished=finished,
            )
            messages[msg.key] = msg
    return messages


def write_ts(path: Path, messages: dict[Key, Message], language: str = LANGUAGE) -> None:
    """Write the messages grouped by context, sorted, in lupdate's format."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for msg in messages.values():
        by_context.setdefault(msg.context, []).append(msg)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for msg in sorted(by_context[name], key=lambda m: (m.source, m.comment)):
            node = ET.SubElement(ctx, "message")
            if msg.numerus:
                node.set("numerus", "yes")
            for filename, line in sorted(set(msg.locations)):
                ET.SubElement(node, "location", filename=filename, line=str(line))
            ET.SubElement(node, "source").text = msg.source
            if msg.comment:
                ET.SubElement(node, "comment").text = msg.comment
            trans = ET.SubElement(node, "translation")
            if not msg.finished:
                trans.set("type", "unfinished")
            if msg.numerus:
                for form in msg.translation or [""]:
                    ET.SubElement(trans, "numerusform").text = form
            else:
                trans.text = (msg.translation or [""])[0]
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# --- extraction ------------------------------------------------------------------------------


def lupdate_messages() -> dict[Key, Message]:
    """What pyside6-lupdate finds in main.py and ui/."""
    with tempfile.TemporaryDirectory(prefix="smm-lupdate-") as tmp:
        out = Path(tmp) / "ui.ts"
        files = [str(p.relative_to(ROOT)) for p in python_sources()]
        subprocess.run(  # noqa: S603 - the project's own tool and file list
            [_tool("pyside6-lupdate"), "-locations", "absolute", *files, "-ts", str(out)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        found = read_ts(out)
        for msg in found.values():
            msg.locations = [(_relative(out.parent, f), line) for f, line in msg.locations]
            msg.translation, msg.finished = None, False
    return found


def _relative(base: Path, filename: str) -> str:
    """A location lupdate wrote relative to `base`, made relative to the committed .ts."""
    path = Path(filename) if os.path.isabs(filename) else (base / filename).resolve()
    return os.path.relpath(path, TS_PATH.parent)


def _string_constants(tree: ast.Module) -> dict[str, str]:
    consts: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            consts[node.targets[0].id] = node.value.value
    return consts


def _literal(node: ast.AST, consts: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _helper_contexts(tree: ast.Module, consts: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """Module functions translating their first argument in a fixed context.

    name -> (context, whether the helper passes a count on, i.e. can be a plural)."""
    helpers: dict[str, tuple[str, bool]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and _call_name(inner) in ("translate", "QT_TRANSLATE_NOOP")
                and len(inner.args) >= 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == param
            ):
                context = _literal(inner.args[0], consts)
                if context:
                    helpers[node.name] = (context, len(inner.args) >= 4)
    return helpers


def helper_messages() -> dict[Key, Message]:
    """Texts lupdate misses: helper calls and translate/NOOP calls with a constant context."""
    found: dict[Key, Message] = {}
    for path in python_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consts = _string_constants(tree)
        helpers = _helper_contexts(tree, consts)
        rel = os.path.relpath(path, TS_PATH.parent)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            context = source = None
            numerus = False
            if name in helpers and node.args:
                (context, counts), source = helpers[name], _literal(node.args[0], {})
                numerus = counts and len(node.args) >= 2
            elif (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and len(node.args) >= 2
                and isinstance(node.args[0], ast.Name)  # literal contexts are lupdate's
            ):
                context = consts.get(node.args[0].id)
                source = _literal(node.args[1], {})
                numerus = len(node.args) >= 4
            if context and source:
                msg = found.setdefault(
                    (context, source, ""), Message(context, source, numerus=numerus)
                )
                msg.locations.append((rel, node.lineno))
    return found


def core_messages() -> dict[Key, Message]:
    """core's Qt-free tables: type names/labels/hints/choices and the drafts' templates."""
    from core import draft_messages, service_types

    found: dict[Key, Message] = {}

    def add(context: str, text: str, where: str) -> None:
        if text and not text.strip().isdigit():  # bare numbers are formatted, not translated
            msg = found.setdefault((context, text, ""), Message(context, text))
            msg.locations.append((os.path.relpath(ROOT / where, TS_PATH.parent), 0))

    types_file = "core/service_types.py"
    for stype in [*service_types.SERVICE_TYPES.values(), service_types.UNKNOWN_TYPE]:
        add(service_types.TR_CONTEXT, stype.name, types_file)
        for spec in stype.fields:
            add(service_types.TR_CONTEXT, spec.label, types_file)
            add(service_types.TR_CONTEXT, spec.hint, types_file)
            for choice in spec.choices:
                add(service_types.TR_CONTEXT, choice.label, types_file)
    messages_file = "core/draft_messages.py"
    m = draft_messages
    for text in [*m.MESSAGES.values(), m.LINE_PREFIX, *m.ESTIMATE_REASONS.values()]:
        add(m.TR_CONTEXT, text, messages_file)
    return found


def collect() -> dict[Key, Message]:
    """Every translatable text in the code, with no translations."""
    found = lupdate_messages()
    for extra in (helper_messages(), core_messages()):
        for key, msg in extra.items():
            if key in found:
                found[key].locations += msg.locations
            else:
                found[key] = msg
    return found


# --- merging ---------------------------------------------------------------------------------


def merge(found: dict[Key, Message], old: dict[Key, Message]) -> dict[Key, Message]:
    """The code's texts with the old translations kept; returns the merged set."""
    by_source: dict[tuple[str, bool], Message] = {}
    for msg in old.values():
        if msg.finished and msg.translation:
            by_source.setdefault((msg.source, msg.numerus), msg)
    for key, msg in found.items():
        previous = old.get(key)
        if previous is not None and previous.translation:
            msg.translation, msg.finished = previous.translation, previous.finished
            if msg.numerus and len(msg.translation) != 1:
                msg.translation = msg.translation[:1]  # Persian has one plural form in Qt
        else:  # the same words elsewhere: offer them, still to be reviewed
            twin = by_source.get((msg.source, msg.numerus))
            if twin is not None:
                msg.translation, msg.finished = list(twin.translation or []), False
    return found


_LATIN_RUN = re.compile(r"\b(?:https?|socks5)://[^\s\u2069()،,]*|/api/v\d")


def isolate_latin(text: str) -> str:
    """Wrap addresses in a Persian text in left-to-right isolates, so "https://" stays whole.

    Idempotent: an address already inside an isolate is left alone."""

    def wrap(match: re.Match[str]) -> str:
        before = text[: match.start()]
        if before.count("\u2066") > before.count("\u2069"):
            return match.group(0)
        return f"\u2066{match.group(0)}\u2069"

    return _LATIN_RUN.sub(wrap, text)


def apply(messages: dict[Key, Message], entries: list[dict]) -> int:
    """Set translations from --apply entries; returns how many were set."""
    count = 0
    for entry in entries:
        key = (entry["context"], entry["source"], entry.get("comment", ""))
        msg = messages.get(key)
        text = entry.get("translation")
        if msg is None or not text:
            continue
        forms = list(text) if isinstance(text, list) else [text]
        msg.translation = [isolate_latin(form) for form in forms]
        msg.finished = True
        count += 1
    return count


# --- English plurals -------------------------------------------------------------------------

_PLURAL_MARK = re.compile(r"(\w+)\((e?s)\)")
# In the clause of a "(s)" word, the verbs that agree with it (singular form).
_SINGULAR_VERBS = {"were": "was", "are": "is", "have": "has"}
_VERB = re.compile(r"\b(" + "|".join(_SINGULAR_VERBS) + r")\b")
# After the "(s)" word, the pronouns that stand for it (singular form).
_SINGULAR_PRONOUNS = {"their": "its", "them": "it"}
_PRONOUN = re.compile(r"\b(" + "|".join(_SINGULAR_PRONOUNS) + r")\b")


def english_forms(source: str) -> list[str]:
    """The singular and plural English of a "%n order(s)" text: ["%n order", "%n orders"].

    The verbs of the clause holding the first "(s)" word agree in the singular ("were" ->
    "was", "are" -> "is"), and so do the pronouns after it ("them" -> "it"); a text without
    "(s)" keeps its words in both forms."""
    plural = _PLURAL_MARK.sub(lambda m: m.group(1) + m.group(2), source)
    singular = _PLURAL_MARK.sub(lambda m: m.group(1), source)
    match = _PLURAL_MARK.search(source)
    if match is not None:
        start = len(_PLURAL_MARK.sub(lambda m: m.group(1), source[: match.end()]))
        end = len(singular)
        for stop in (":", ".", ";", "?"):
            found = singular.find(stop, start)
            if found != -1:
                end = min(end, found)
        clause = _VERB.sub(lambda m: _SINGULAR_VERBS[m.group(1)], singular[start:end])
        rest = _PRONOUN.sub(lambda m: _SINGULAR_PRONOUNS[m.group(1)], singular[end:])
        singular = singular[:start] + clause + rest
    # %Ln: the count in the locale's digits and grouping ("1,500 orders"), as Persian has it.
    return [singular.replace("%n", "%Ln"), plural.replace("%n", "%Ln")]


def english_messages(found: dict[Key, Message]) -> dict[Key, Message]:
    """The English catalogue: every plural text with its two forms, finished."""
    english: dict[Key, Message] = {}
    for key, msg in found.items():
        if msg.numerus:
            english[key] = Message(
                msg.context,
                msg.source,
                msg.comment,
                numerus=True,
                locations=list(msg.locations),
                translation=english_forms(msg.source),
                finished=True,
            )
    return english


def compile_qm(ts: Path = TS_PATH, qm: Path = QM_PATH) -> None:
    """Compile the .ts with pyside6-lrelease (unfinished texts are left out)."""
    subprocess.run(  # noqa: S603 - the project's own tool and file
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, help="JSON file of translations to set")
    parser.add_argument("--todo", action="store_true", help="print unfinished texts as JSON")
    args = parser.parse_args()
    found = collect()
    write_ts(EN_TS_PATH, english_messages(found), EN_LANGUAGE)
    compile_qm(EN_TS_PATH, EN_QM_PATH)
    messages = merge(found, read_ts(TS_PATH))
    if args.apply:
        entries = json.loads(args.apply.read_text(encoding="utf-8"))
        print(f"applied {apply(messages, entries)} translation(s)", file=sys.stderr)
    write_ts(TS_PATH, messages)
    compile_qm()
    todo = [m for m in messages.values() if not m.finished]
    print(
        f"{len(messages)} texts, {len(messages) - len(todo)} translated, {len(todo)} unfinished",
        file=sys.stderr,
    )
    if args.todo:
        rows = [
            {
                "context": m.context,
                "source": m.source,
                "comment": m.comment,
                "numerus": m.numerus,
                "translation": (m.translation or [""])[0],
            }
            for m in todo
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
