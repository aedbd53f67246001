"""pycdk's L2 layer: intent-based constructs, one module per AWS service (``from l2 import s3``).

Importing one service module loads only that service (and the core and the L1 module it builds on).
"""
