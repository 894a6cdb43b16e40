"""Test setup: Qt must never look for a display in CI."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
