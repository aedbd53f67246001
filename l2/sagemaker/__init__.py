"""Amazon SageMaker (aws-cdk-lib: ``aws_cdk.aws_sagemaker``): the ``IEndpoint`` and ``IPipeline`` interfaces and the
L1 classes."""

from constructs.internals import check_public_classes
from l1.sagemaker import *  # noqa: F403
from l1.sagemaker import __all__ as _l1_all
from l2.sagemaker._interfaces import IEndpoint, IPipeline

__all__ = [
    *_l1_all,
    "IEndpoint",
    "IPipeline",
]

check_public_classes(globals())
