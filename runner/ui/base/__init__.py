"""Services every window uses: timers, translations, settings, the palette, the engine bridge, the live rules."""
