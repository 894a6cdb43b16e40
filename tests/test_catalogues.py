"""The catalogues are complete: refreshed from the sources (pyside6-lupdate over runner/ui, an AST
scan of the core's tr/trn calls), no message of any of the five languages is left untranslated,
and every translation keeps its source's placeholders and plural forms."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from runner.core.i18n import catalogue_path
from runner.ui.base import catalogues
from runner.ui.base.translations import ts_path

PLACEHOLDERS = re.compile(r"%\d|%n|\{[a-z_]+(?::[^}]*)?\}")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, Path]:
    """Copies of the six .ts files, refreshed from today's sources (~0.5 s of lupdate)."""
    if catalogues.lupdate() is None:
        pytest.skip("pyside6-lupdate is not installed")
    folder = tmp_path_factory.mktemp("catalogues")
    copies = {}
    for code in ("ar", "en", "es", "fr", "ru", "zh"):
        copies[code] = folder / ts_path(code).name
        shutil.copy(ts_path(code), copies[code])
    catalogues.refresh_ts(list(copies.values()))
    return copies


@pytest.mark.parametrize("code", catalogues.TRANSLATED)
def test_every_window_string_is_translated(refreshed, code) -> None:
    missing = catalogues.untranslated_ts(refreshed[code])
    assert not missing, f"{code}: {len(missing)} untranslated, e.g. {missing[:5]}"


def test_english_has_every_plural_form(refreshed) -> None:
    assert not catalogues.untranslated_ts(refreshed["en"])


def test_the_repositorys_catalogues_are_the_refreshed_ones(refreshed) -> None:
    """Nothing stale: the committed .ts hold exactly the sources' messages (run
    `python -m runner.ui.base.catalogues` after changing a string)."""
    for code, copy in refreshed.items():
        assert _messages(copy) == _messages(ts_path(code)), code


@pytest.mark.parametrize("code", catalogues.TRANSLATED)
def test_window_translations_keep_placeholders_and_plurals(code) -> None:
    for context, source, numerus, texts in _entries(ts_path(code)):
        assert numerus == ("%n" in source), f"{context}: {source!r} needs tr(text, '', n) for its plural"
        for text in texts:
            assert sorted(set(PLACEHOLDERS.findall(text)) - {"%n"}) == sorted(
                set(PLACEHOLDERS.findall(source)) - {"%n"}
            ), f"{code} {context}: {source!r} -> {text!r}"


@pytest.fixture(scope="module")
def core_messages() -> dict[str, str | None]:
    return catalogues.core_messages()


@pytest.mark.parametrize("code", catalogues.TRANSLATED)
def test_every_core_string_is_translated_with_its_fields(code, core_messages) -> None:
    assert not catalogues.untranslated_core(code, core_messages)
    held = json.loads(catalogue_path(code).read_text(encoding="utf-8"))
    for msgid, plural in core_messages.items():
        texts = list(held[msgid].values()) if plural is not None else [held[msgid]]
        fields = set(PLACEHOLDERS.findall(msgid)) | set(PLACEHOLDERS.findall(plural or ""))
        for text in texts:
            assert set(PLACEHOLDERS.findall(text)) <= fields | {"{count}"}, f"{code}: {msgid!r} -> {text!r}"
    assert set(held) == set(core_messages), "stale or missing msgids: run python -m runner.ui.base.catalogues"


def _entries(path: Path):
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms or [(translation.text or "") if translation is not None else ""]
            yield context.findtext("name"), message.findtext("source") or "", message.get("numerus") == "yes", texts


def _messages(path: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _, _ in _entries(path)}


def test_lupdate_sees_every_translated_window_string() -> None:
    """A tr() that lupdate cannot see (inside an f-string, through a helper or an alias) would
    stay English forever: every literal given to tr/translate in runner/ui is in the catalogue."""
    import ast

    held = {source for _, source, _, _ in _entries(ts_path("fr"))}
    unseen = []
    for path in catalogues.ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if catalogues._imports_core_tr(tree):
            continue  # its tr() is the core's, checked against the JSON catalogues
        for node in ast.walk(tree):
            text = _qt_literal(node)
            if text is not None and text not in held:
                unseen.append(f"{path.name}:{node.lineno}: {text!r}")
    assert not unseen, "\n".join(unseen)


def _qt_literal(node: object) -> str | None:
    import ast

    if not isinstance(node, ast.Call):
        return None
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
    if position is None or len(node.args) <= position:
        return None
    argument = node.args[position]
    return argument.value if isinstance(argument, ast.Constant) and isinstance(argument.value, str) else None
