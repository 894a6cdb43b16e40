"""The log's seal as the summaries draw it: a QR of the seal's token (HTML, PDF) and the PDF's XMP.

The token (`sr-chain:1:EVENTS:HEAD`, runner.core.log_seal) is printed as text too; the QR lets a
phone read it off a printed page. The PDF keeps it in its XMP metadata as well, which PDF writers
store uncompressed, so `verify --report` finds it without a PDF parser.
"""

from __future__ import annotations

import io
from html import escape

import segno

QR_ERROR = "m"  # 15 % of the code can be lost (a fold, a stain) and it still reads


def qr_svg(token: str, scale: int = 2) -> str:
    """An inline SVG of `token` as a QR code (about 90 px at scale 2), no script, no link."""
    return str(segno.make(token, error=QR_ERROR).svg_inline(scale=scale, border=2, title=token))


def qr_png(token: str, scale: int = 8) -> bytes:
    """`token` as a QR code in PNG, for the PDF (Qt's rich text cannot embed SVG)."""
    data = io.BytesIO()
    segno.make(token, error=QR_ERROR).save(data, kind="png", scale=scale, border=2)
    return data.getvalue()


def pdf_xmp(title: str, token: str) -> bytes:
    """The PDF's XMP packet: its title and creator, as Qt would write them, and the seal's token."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:sr="https://session-runner.invalid/ns/record/1/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
        "<xmp:CreatorTool>Session Runner</xmp:CreatorTool>\n"
        f"<sr:seal>{escape(token)}</sr:seal>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()
