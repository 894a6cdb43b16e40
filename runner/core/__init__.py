"""Qt-free domain code: the agenda model, the session engine, alerts, the timing log and reports."""
