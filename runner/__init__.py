"""Session Runner: runs the clock for virtual events."""

__version__ = "0.1.0"
