"""Readers and writers: YAML agendas, report files."""
