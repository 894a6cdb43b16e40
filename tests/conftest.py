"""Test setup: Qt must never look for a display in CI, and nothing writes to the user's folders."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The agenda cache (runner.io.agenda_cache) of the whole test run lives in a scratch folder.
os.environ["SESSION_RUNNER_CACHE"] = tempfile.mkdtemp(prefix="session-runner-test-cache-")


def pytest_collection_finish(session) -> None:
    """A run that collected widget tests makes its QApplication first: a PDF written earlier would
    make a QGuiApplication (all the report writer needs), which cannot hold widgets later."""
    if any("tests/ui/" in item.nodeid or "test_export" in item.nodeid for item in session.items):
        from PySide6.QtWidgets import QApplication

        QApplication.instance() or QApplication([])
