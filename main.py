"""Session Runner: `python main.py [AGENDA]` opens the app; `python main.py --help` lists the commands."""

import sys

from runner.core.gc_pause import pause_for_startup

if __name__ == "__main__":
    pause_for_startup()  # before the imports: the app lets the collector run again after its first frame
    from runner.cli import main

    sys.exit(main())
