"""The core's translation function: English by default, a catalogue's text where it has one."""

from __future__ import annotations

from runner.core import i18n
from runner.core.i18n import Catalogue, tr


def test_english_text_passes_through_with_its_fields() -> None:
    assert tr("{title} is held", title="Opening") == "Opening is held"
    assert tr("Day over") == "Day over"


def test_a_catalogue_translates_and_falls_back_to_english() -> None:
    previous = i18n._active
    try:
        i18n.use(Catalogue("fr", {"{title} is held": "{title} est retenu"}))
        assert i18n.active_language() == "fr"
        assert tr("{title} is held", title="Ouverture") == "Ouverture est retenu"
        assert tr("Day over") == "Day over"
    finally:
        i18n.use(previous)


def test_plural_forms_follow_each_languages_rules() -> None:
    arabic = Catalogue(
        "ar", {"{count} minute": {f: f"{f} {{count}}" for f in ("zero", "one", "two", "few", "many", "other")}}
    )
    assert [arabic.translate_plural("{count} minute", "{count} minutes", n) for n in (0, 1, 2, 3, 11, 100)] == [
        "zero 0",
        "one 1",
        "two 2",
        "few 3",
        "many 11",
        "other 100",
    ]
    russian = Catalogue(
        "ru", {"{count} minute": {"one": "{count} минута", "few": "{count} минуты", "many": "{count} минут"}}
    )
    said = [russian.translate_plural("{count} minute", "{count} minutes", n) for n in (1, 2, 5, 21, 22, 11)]
    assert said == ["1 минута", "2 минуты", "5 минут", "21 минута", "22 минуты", "11 минут"]
    assert Catalogue().translate_plural("{count} minute", "{count} minutes", 1) == "1 minute"
    assert Catalogue().translate_plural("{count} minute", "{count} minutes", 2) == "2 minutes"


def test_the_system_language_comes_from_the_locale_else_english() -> None:
    assert i18n.system_language({"LANG": "fr_CH.UTF-8"}) == "fr"
    assert i18n.system_language({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}) == "zh"
    assert i18n.system_language({"LC_ALL": "ar_EG.UTF-8", "LANG": "de_DE.UTF-8"}) == "ar"
    assert i18n.system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.system_language({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}) == "en"
    assert i18n.system_language({}) == "en"


def test_the_asked_language_wins_then_the_saved_one() -> None:
    assert i18n.choose_language("ru", "fr") == "ru"
    assert i18n.choose_language(None, "es") == "es"


def test_every_shipped_catalogue_loads_and_an_unknown_code_is_refused() -> None:
    for code in i18n.LANGUAGES:
        assert i18n.load_catalogue(code).language == (code if code != "en" else "en")
    try:
        i18n.load_catalogue("de")
    except ValueError as exc:
        assert "ar, en, es, fr, ru, zh" in str(exc)
    else:
        raise AssertionError("an unknown language was accepted")


def test_speaking_another_language_holds_in_this_block_and_this_thread_only() -> None:
    """A sentence for a chair who reads French while the host works in English: `speaking` changes
    the language of `tr` inside its block, and neither after it nor in another thread (the live
    rules' jobs run on apscheduler's)."""
    import threading

    host = i18n.active_language()
    elsewhere: list[str] = []
    with i18n.speaking("fr") as catalogue:
        assert catalogue.language == "fr" and i18n.active_language() == "fr"
        assert tr("{amount} min", amount=4) == i18n.load_catalogue("fr").translate("{amount} min", amount=4)
        worker = threading.Thread(target=lambda: elsewhere.append(i18n.active_language()))
        worker.start()
        worker.join()
    assert elsewhere == [host] and i18n.active_language() == host
