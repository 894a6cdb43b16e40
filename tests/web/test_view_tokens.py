"""Each view's own token (issue #27, item 4): the tokens file, an older one's migration, and the
viewer slots each view may take."""

from __future__ import annotations

import json
import stat

from runner.web.slots import ViewerSlots
from runner.web.tokens import ViewTokens, load_tokens, read_tokens


def test_a_tokens_file_keeps_every_views_token(tmp_path):
    path = tmp_path / "day.views.json"
    first = load_tokens(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len({first.chair, first.speaker, first.stage, first.control}) == 4
    assert read_tokens(path).tokens == first and read_tokens(path).notice is None
    assert {first.view_of(first.of(view)) for view in ("chair", "speaker", "stage")} == {"chair", "speaker", "stage"}
    assert first.view_of(first.control) is None and first.view_of(None) is None and first.view_of("") is None


def test_an_older_file_with_one_view_token_is_migrated_and_said_so(tmp_path):
    path = tmp_path / "day.views.json"
    old = {"view": "v" * 32, "control": "c" * 32}  # as the app wrote it before per-view tokens
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = read_tokens(path)
    tokens = loaded.tokens
    assert tokens.chair == old["view"] and tokens.control == old["control"]  # the chair's link still works
    assert old["view"] not in (tokens.speaker, tokens.stage)  # a speaker's old link no longer opens the chair's
    assert loaded.notice is not None and "day.views.json" in loaded.notice and "\n" not in loaded.notice
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "chair": tokens.chair,
        "speaker": tokens.speaker,
        "stage": tokens.stage,
        "control": tokens.control,
    }
    assert read_tokens(path) == type(loaded)(tokens)  # migrated once: the next start says nothing


def test_a_file_not_ours_makes_new_links(tmp_path):
    path = tmp_path / "day.views.json"
    for text in (
        "{",
        '{"view": "short", "control": "short"}',
        json.dumps(dict.fromkeys(("chair", "speaker", "stage", "control"), "x" * 30)),
    ):
        path.write_text(text, encoding="utf-8")
        tokens = load_tokens(path)
        assert "x" * 30 not in (tokens.chair, tokens.speaker) and len(tokens.chair) >= 22, text


def test_the_chair_and_the_stage_keep_slots_no_crowd_can_take():
    slots = ViewerSlots(1000)
    assert slots.held_back == {"chair": 100, "stage": 20}
    while slots.take("speaker"):
        pass
    assert slots.taken["speaker"] == 880
    assert all(slots.take("stage") for _ in range(20)) and not slots.take("stage")
    assert all(slots.take("chair") for _ in range(100)) and not slots.take("chair")
    slots.give_back("speaker")
    assert slots.take("chair")  # the chair may use a common slot as well
    slots.give_back("chair")
    slots.give_back("chair")  # one common slot free again, and one of the chair's own
    assert slots.take("speaker") and not slots.take("speaker")  # no one else may use the chair's
    assert slots.take("chair")


def test_a_tiny_cap_holds_back_nothing():
    slots = ViewerSlots(1)
    assert slots.take("speaker") and not slots.take("chair")


def test_fresh_tokens_differ():
    assert ViewTokens.fresh() != ViewTokens.fresh()
