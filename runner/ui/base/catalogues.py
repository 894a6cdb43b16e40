"""Keeping the catalogues in step with the sources: `python -m runner.ui.base.catalogues` refreshes
the Qt `.ts` files (pyside6-lupdate over runner/ui) and the core's JSON catalogues (every
`tr("...")`, `tr_noop("...")` and `trn("...", "...", n)` of runner/core, runner/io and
runner/web, found by reading the code).

What is new is added untranslated (Qt Linguist lists it as unfinished; the JSON holds ""); what
the code no longer says is dropped. `untranslated()` is what the catalogue test checks.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import PySide6

from runner.core.i18n import CATALOGUE_FOLDER, LANGUAGES, SOURCE_LANGUAGE, catalogue_path
from runner.ui.base.translations import ts_path

PACKAGE = Path(__file__).resolve().parents[2]
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
CORE_SOURCES = ("core", "io", "web")
CLDR_FORMS = {"ar": ("zero", "one", "two", "few", "many", "other"), "ru": ("one", "few", "many", "other")}
CLDR_FORMS.update({"es": ("one", "many", "other"), "fr": ("one", "many", "other"), "zh": ("other",)})


def lupdate() -> str | None:
    bundled = Path(PySide6.__file__).parent / "lupdate"
    return str(bundled) if bundled.exists() else shutil.which("pyside6-lupdate")


def ui_sources() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py"))


def refresh_ts(catalogues: list[Path] | None = None) -> None:
    """Run lupdate over the UI's sources into `catalogues` (default: the five in the repository)."""
    tool = lupdate()
    if tool is None:
        raise RuntimeError("pyside6-lupdate not found; install PySide6")
    targets = catalogues or [ts_path(code) for code in TRANSLATED]
    command = [tool, *map(str, ui_sources()), "-no-obsolete", "-locations", "none", "-silent"]
    subprocess.run([*command, "-ts", *map(str, targets)], check=True, capture_output=True)
    # English needs a catalogue only for its plurals ('%n minute(s) left': 1 minute, 2 minutes).
    english = [t for t in targets if t.name.endswith("_en.ts")] if catalogues else [ts_path(SOURCE_LANGUAGE)]
    if english:
        subprocess.run([*command, "-pluralonly", "-ts", *map(str, english)], check=True, capture_output=True)


def untranslated_ts(path: Path) -> list[str]:
    """'context: source' of every message `path` leaves unfinished or empty."""
    missing = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not _filled(translation):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def _filled(translation: ElementTree.Element) -> bool:
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = [f.text for f in translation.iter("numerusform")]
    return all(forms) if forms else bool((translation.text or "").strip())


def core_messages() -> dict[str, str | None]:
    """msgid -> its plural msgid (None for a plain message), from every tr()/trn() call of the core."""
    found: dict[str, str | None] = {}
    sources = [path for folder in CORE_SOURCES for path in sorted((PACKAGE / folder).rglob("*.py"))]
    sources += [path for path in ui_sources() if "from runner.core.i18n import" in path.read_text(encoding="utf-8")]
    for source in sources:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        if "ui" in source.relative_to(PACKAGE).parts and not _imports_core_tr(tree):
            continue  # a UI module's own tr() is Qt's, in the .ts catalogues
        for node in ast.walk(tree):
            _collect(node, found)
    return found


def _imports_core_tr(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "runner.core.i18n"
        and any(a.name == "tr" for a in node.names)
        for node in ast.walk(tree)
    )


def _collect(node: ast.AST, found: dict[str, str | None]) -> None:
    if not isinstance(node, ast.Call) or not node.args:
        return
    name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
    strings = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    if name in ("tr", "tr_noop") and strings:
        found.setdefault(strings[0], None)
    elif name == "trn" and len(strings) == 2:
        found[strings[0]] = strings[1]


def refresh_core() -> None:
    """Add the core's new msgids to each JSON catalogue (untranslated) and drop the stale ones."""
    messages = core_messages()
    for code in TRANSLATED:
        path = catalogue_path(code)
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        new = {}
        for msgid, plural in sorted(messages.items()):
            empty = {form: "" for form in CLDR_FORMS[code]} if plural is not None else ""
            new[msgid] = old.get(msgid) or empty
        path.write_text(json.dumps(new, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def untranslated_core(code: str, messages: dict[str, str | None] | None = None) -> list[str]:
    """The msgids (of `messages`, default: the sources') the JSON catalogue of `code` lacks."""
    path = catalogue_path(code)
    held = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    missing = []
    for msgid, plural in (core_messages() if messages is None else messages).items():
        value = held.get(msgid)
        if plural is None:
            done = isinstance(value, str) and bool(value)
        else:
            done = isinstance(value, dict) and all(value.get(form) for form in CLDR_FORMS[code])
        if not done:
            missing.append(msgid)
    return missing


def main() -> int:
    CATALOGUE_FOLDER.mkdir(exist_ok=True)
    refresh_ts()
    refresh_core()
    for code in LANGUAGES:
        left = len(untranslated_ts(ts_path(code))) + (len(untranslated_core(code)) if code in TRANSLATED else 0)
        print(f"{code}: {left} message(s) untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
