"""``python -m tools.parity report|update``: see ``tools.parity.gauge``."""

import sys

from tools.parity.gauge import main

sys.exit(main())
