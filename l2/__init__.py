"""pycdk L2 constructs: one package per AWS service (``l2.iam``, ``l2.s3``, ...), mirroring ``aws_cdk.aws_<svc>``.

Import a service package directly (``from l2 import iam``); this package imports none of them.
"""
