"""The live views' server: Qt-free, fed with state documents (by the app, or headless by a broker).

Kept out of `runner/ui/` so that a headless `serve` needs no Qt; the app's adapter that feeds it
from the engine and the host's "Share live views…" window live in `runner/ui/`.
"""
