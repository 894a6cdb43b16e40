"""Bytes to text, refusing binary junk with a located line."""

from __future__ import annotations

from runner.core.i18n import tr
from runner.io.importers.model import ImportFailed

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes, source: str) -> str:
    """UTF-8 (or UTF-16 with its byte-order mark) text; anything else is refused where it breaks."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailed.at(source, 1, tr("not UTF-16 text despite its byte-order mark")) from None
    sample = data[:4096]
    if sample and sum(byte in _CONTROL for byte in sample) > len(sample) // 100:
        offset = next(i for i, byte in enumerate(sample) if byte in _CONTROL)
        line = data[:offset].count(b"\n") + 1
        raise ImportFailed.at(source, line, tr("binary data, not a programme"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailed.at(
            source, line, tr("byte 0x{byte:02x} is not UTF-8 text; save it as UTF-8", byte=data[exc.start])
        ) from None
