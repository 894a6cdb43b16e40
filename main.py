"""Session Runner: `python main.py [AGENDA] [--day DATE]`, `python main.py check AGENDA...`, `python main.py report LOG -o OUT`."""

import sys

from runner.core.gc_pause import pause_for_startup

if __name__ == "__main__":
    pause_for_startup()  # before the imports: the app lets the collector run again after its first frame
    from runner.cli import main

    sys.exit(main())
