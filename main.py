"""Session Runner: `python main.py [AGENDA] [--day DATE]`, `python main.py check AGENDA...`, `python main.py report LOG -o OUT`."""

import sys

from runner.cli import main

if __name__ == "__main__":
    sys.exit(main())
