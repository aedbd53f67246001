"""``python -m pycdk``: the ``pycdk`` command."""

import sys

from .cli import main

sys.exit(main())
