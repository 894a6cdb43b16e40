"""Test setup: Qt must never look for a display in CI, and nothing writes to the user's folders."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The agenda cache (runner.io.agenda_cache) of the whole test run lives in a scratch folder.
os.environ["SESSION_RUNNER_CACHE"] = tempfile.mkdtemp(prefix="session-runner-test-cache-")
