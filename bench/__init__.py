"""Benchmarks for Session Runner: `python bench/run.py [--quick]` prints one JSON object."""
