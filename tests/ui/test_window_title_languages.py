"""The host window's title in the app's language (issue 24: with `--lang ar` it still read
"Fri 12 June 2020"): the weekday and the month in that language, in its order, Western digits as
on every other figure of the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from runner.ui.base.translations import install_language

TITLE = "Dialogue on Implementation of the Roadmap — "
DATES = {
    "en": "Fri 12 June 2020",
    "ar": "الجمعة 12 يونيو 2020",
    "es": "vie 12 de junio de 2020",
    "fr": "ven. 12 juin 2020",
    "ru": "пт, 12 июня 2020",
    "zh": "2020年6月12日 周五",
}


@pytest.fixture(params=sorted(DATES))
def language(request, qapp: QApplication):
    """The app in one language, installed before the console is built (as `--lang` does)."""
    font = qapp.font()
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")
    qapp.setFont(font)


def test_the_host_windows_title_says_its_date_in_the_apps_language(language, console):
    assert console.host.windowTitle() == TITLE + DATES[language]


def test_the_day_picker_names_the_days_in_it_too(language, shell, agenda):
    from runner.ui.base.formatting import day_title

    assert day_title("First day", agenda.days[0].date).endswith(DATES[language])
