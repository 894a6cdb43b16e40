"""The settings, declared once as typed options: each reads its default before anything is stored,
reads back what was stored (through an INI file, which hands every value back as text)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from runner.ui.base.settings import Flag, Settings, Text


def _options() -> dict[str, Flag | Text]:
    return {name: value for name, value in vars(Settings).items() if isinstance(value, (Flag, Text))}


def test_every_option_has_its_default_then_what_was_stored_through_an_ini_file(tmp_path):
    path = str(tmp_path / "settings.ini")
    options = _options()
    assert {"muted", "dark", "language", "chair_open", "publish_url"} <= set(options)
    fresh = Settings(QSettings(path, QSettings.Format.IniFormat))
    for name, option in options.items():
        assert getattr(fresh, name) == option.default, name
        setattr(fresh, name, True if isinstance(option, Flag) else f"value of {name}")
    fresh.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    for name, option in options.items():
        assert getattr(again, name) == (True if isinstance(option, Flag) else f"value of {name}"), name
    assert len({option.key for option in options.values()}) == len(options)  # one key per option


def test_a_flag_written_false_reads_false_and_chair_remembered_follows_its_key(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert not settings.chair_remembered
    settings.remember_chair(False, True)
    assert settings.chair_remembered and settings.chair_open is False and settings.chair_fullscreen is False
