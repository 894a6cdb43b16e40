"""The host's console: the host window, its actions, menus and keys, the rundown, the speakers' panel."""
