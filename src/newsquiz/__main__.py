"""`python -m newsquiz` runs the same command line as the `newsquiz` script."""

import sys

from newsquiz.cli import main

sys.exit(main())
