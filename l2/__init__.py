"""pycdk L2 constructs: one package per AWS service (``l2.iam``, ``l2.s3``, ...), mirroring ``aws_cdk.aws_<svc>``.

Import a service package directly (``from l2 import iam``); this package imports none of them.
"""

from pycdk._constructs_guard import check_constructs as _check_constructs

_check_constructs()  # PyPI's jsii `constructs` where pycdk's core should be: an ImportError saying how to fix it
