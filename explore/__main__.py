"""``python -m explore``: the same command as ``explore``."""

from explore.cli import main

main()
