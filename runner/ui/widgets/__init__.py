"""Widgets shared by the host's and the chair's screens: the countdown, the banner, the hold and help panels."""
