"""Alerts in the running console: both windows, the chime, the log; and a chime that cannot play."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from runner.core.timing_log import TimingLog
from runner.ui.base.alerts import install_alerts, installed_alerts
from runner.ui.base.sound import CHIME_PATH, Chime
from runner.ui.console.actions import Action


class FakeEffect:
    """Stands in for QSoundEffect: counts plays, can be put in error."""

    class Status:
        Error = "error"
        Ready = "ready"

    def __init__(self, parent=None) -> None:
        self.played, self.state = 0, self.Status.Ready

    def setSource(self, url) -> None:
        self.source = url

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> str:
        return self.state

    def play(self) -> None:
        self.played += 1


def played(alerts) -> int:
    return sum(effect.played for effect in alerts.effects)


def fake_multimedia(outputs=("speakers",)):
    effects: list[FakeEffect] = []

    def make(parent=None) -> FakeEffect:
        effects.append(FakeEffect(parent))
        return effects[-1]

    module = SimpleNamespace(QMediaDevices=SimpleNamespace(audioOutputs=lambda: list(outputs)), QSoundEffect=make)
    return (lambda: module), effects


def no_multimedia():
    raise ImportError("libpulse.so.0: cannot open shared object file")


@pytest.fixture
def alerts(qtbot, console, timers):
    """The console's live rules, started, with a fake sound device so the chime can be counted."""
    loader, effects = fake_multimedia()
    installed = installed_alerts(console) or install_alerts(console, Chime(multimedia=loader), start="now")
    installed.rules.start()
    installed.chime._multimedia, installed.chime._effect, installed.chime._broken = loader, None, False
    effects.clear()  # a chime the 09:00 reminder played during the wait is not the test's
    installed.effects = effects
    yield installed
    installed.rules.shutdown()


def test_an_intermission_alert_shows_in_both_windows_and_is_logged(qtbot, console, alerts, timers):
    engine = console.session.engine
    engine.start(2)  # the 10-minute intermission
    timers.jump(8 * 60)
    assert "2:intermission_ending:120" in [e.data.get("key") for e in engine.events]
    message = "Intermission ends in 2 min, we resume at 09:10"
    for window in (console.host, console.chair):
        assert window.banner.isVisibleTo(window) and window.banner.text == message
        assert window.banner.level == "info" and window.banner.flashing
    last = engine.events[-1]
    assert (last.type, last.segment, last.data["kind"], last.data["message"]) == (
        "alert",
        2,
        "intermission_ending",
        message,
    )
    logged = [e.event for e in TimingLog.read(console.session.log_path).events() if e.event.type == "alert"]
    assert [e.data["kind"] for e in logged if e.segment == 2] == ["intermission_ending"]
    assert alerts.effects and alerts.effects[0].played >= 1


def test_the_end_of_an_intermission_and_a_segments_overtime(qtbot, console, alerts, timers):
    engine = console.session.engine
    engine.start(2)
    timers.jump(10 * 60)  # to the end exactly: the alert is on time
    assert console.chair.banner.text.startswith("Intermission is over") and console.chair.banner.level == "warning"
    engine.advance()  # Closing, 25 min
    timers.jump(25 * 60)
    assert console.host.banner.level == "danger" and "over time" in console.host.banner.text
    kinds = [(e.segment, e.data["kind"]) for e in engine.events if e.type == "alert"]
    assert (2, "intermission_over") in kinds and (3, "overtime") in kinds


def test_a_speakers_cue_is_discreet_and_the_limit_is_clear(qtbot, console, alerts, timers):
    engine = console.session.engine
    engine.start(1)  # three speakers of 3 min
    before = played(alerts)  # the 09:00 start reminder chimed as the rules started
    timers.jump(150)
    assert console.chair.banner.level == "info" and "30 s left" in console.chair.banner.text
    assert played(alerts) == before  # no chime for the discreet cue
    timers.jump(30)
    assert console.chair.banner.level == "warning" and "limit" in console.chair.banner.text
    assert played(alerts) == before + 1


def test_mute_silences_the_chime_and_is_remembered(qtbot, console, alerts, timers):
    console.host.actions_[Action.MUTE].trigger()
    assert alerts.chime.muted and console.settings.muted
    console.session.engine.start(2)
    before = played(alerts)
    timers.jump(8 * 60)
    assert "Intermission ends in 2 min" in console.host.banner.text  # the banner still shows
    assert played(alerts) == before


def test_a_day_without_auto_start_reminds_the_host_and_starts_nothing(qtbot, console, alerts, timers):
    engine = console.session.engine
    timers.jump(60)
    assert engine.current is None
    reminders = [e.data["message"] for e in engine.events if e.type == "alert" and e.data["kind"] == "start_reminder"]
    assert reminders == ["Opening is due to start now (09:00)"]


def test_installing_twice_gives_the_same_alerts(console, alerts):
    assert install_alerts(console).rules is alerts.rules


# -- the chime where sound cannot work --------------------------------------------------------------
def test_no_qt_multimedia_means_silence_not_a_crash(qtbot, console, timers):
    chime = Chime(multimedia=no_multimedia)
    assert not chime.preload() and not chime.play()
    installed = installed_alerts(console)
    if installed is not None:
        installed.chime._multimedia, installed.chime._effect, installed.chime._broken = no_multimedia, None, False
    else:
        installed = install_alerts(console, chime, start="now")
    console.session.engine.start(2)
    timers.jump(8 * 60)
    assert console.host.banner.text and console.chair.banner.text  # the alert itself still shows
    installed.rules.shutdown()


def test_no_audio_device_is_silent_and_retried_later():
    loader, effects = fake_multimedia(outputs=())
    chime = Chime(multimedia=loader)
    assert not chime.play() and effects == []
    chime._multimedia, effects = fake_multimedia()
    assert chime.play() and effects[0].played == 1


def test_a_missing_file_or_a_failed_load_stays_silent(tmp_path):
    assert not Chime(tmp_path / "absent.wav", multimedia=fake_multimedia()[0]).play()
    loader, effects = fake_multimedia()
    chime = Chime(multimedia=loader)
    chime.preload()
    effects[0].state = FakeEffect.Status.Error  # a file the backend could not decode
    assert not chime.play() and not chime.available


def test_the_real_backend_without_a_device_never_raises(qtbot):
    chime = Chime()  # QtMultimedia itself: in CI there is usually no audio device at all
    chime.preload()
    chime.play()


def test_the_bundled_chime_is_a_short_mono_wav():
    import wave

    with wave.open(str(CHIME_PATH)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 44_100)
        assert 0.4 <= sound.getnframes() / 44_100 <= 0.8


def test_a_short_intermissions_2_min_alert_comes_on_the_warning_colour_in_every_view(qtbot, console, alerts, timers):
    """Issue 24: "Intermission ends in 2 min" on a green countdown. A 5-minute intermission warns
    at 2 min (its alert) although its colour rule alone (20 %) would wait until 1 min."""
    from PySide6.QtCore import Qt

    from runner.core.state_document import state_document

    host, chair = console.host, console.chair
    for _ in range(3):  # Opening, Digital public goods, the 10-minute intermission
        qtbot.keyClick(host.table, Qt.Key.Key_Space)
    for _ in range(5):  # the host cuts it to 5 minutes
        qtbot.keyClick(host.table, Qt.Key.Key_Minus)
    timers.advance(2 * 60 + 59)
    assert host.countdown.level == chair.countdown.level == "normal" and not host.banner.isVisible()
    timers.advance(1)
    assert host.banner.text.startswith("Intermission ends in 2 min") and chair.banner.isVisibleTo(chair)
    assert host.countdown.text == "2:00" and host.countdown.level == chair.countdown.level == "warning"
    assert "ENDING SOON" in host.countdown.caption
    shown = state_document(console.bridge.snapshot(), console.session.engine.day.date, "Plenary", language="en")
    assert shown["segment"]["warning_ms"] == 120_000  # the live views' colour follows it too
    qtbot.keyClick(host.table, Qt.Key.Key_Plus)  # a minute more: 3:00 left, before its alert again
    assert host.countdown.level == "normal" and host.countdown.text == "3:00"
