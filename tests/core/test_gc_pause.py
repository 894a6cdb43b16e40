"""The collector pause restores the collector as it found it, also after an error."""

from __future__ import annotations

import gc

import pytest

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
