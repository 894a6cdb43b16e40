"""The collector pause restores the collector as it found it, also after an error."""

from __future__ import annotations

import gc

import pytest

from runner.core import gc_pause
from runner.core.gc_pause import collector_paused


def test_paused_inside_and_back_on_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_start_s_objects_are_frozen_when_it_ends_and_thawed_on_demand() -> None:
    gc_pause.pause_for_startup()
    made = [[] for _ in range(100)]  # noqa: F841 - young objects of the "start"
    assert not gc.isenabled()
    gc_pause.end_startup_pause()
    try:
        assert gc.isenabled()
        assert gc.get_freeze_count() >= 100
    finally:
        gc_pause.thaw_startup()
    assert gc.get_freeze_count() == 0
