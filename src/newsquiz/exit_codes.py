"""Exit codes every `newsquiz` command shares; scripts and CI rely on them."""

from typing import Final

OK: Final = 0
FAILURE: Final = 1
"""An internal failure: a bug, or the machine (disk full, permissions)."""
BAD_INPUT: Final = 2
"""The user's input is wrong: a broken deck, a missing file, a wrong option."""
