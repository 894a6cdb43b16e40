"""Old name of `runner.core.snapshot` (it holds snapshots, not a schedule); kept so imports keep working."""

from runner.core.snapshot import SegmentView, Snapshot, SpeakerView, take_snapshot

__all__ = ["SegmentView", "Snapshot", "SpeakerView", "take_snapshot"]
