"""AWS Systems Manager constructs (aws-cdk-lib: ``aws_cdk.aws_ssm``): SSM parameters and the L1 classes."""

from constructs.internals import check_public_classes
from l1.ssm import *  # noqa: F403
from l1.ssm import __all__ as _l1_all
from l2.ssm._parameter import (
    ParameterBase,
    ParameterDataType,
    ParameterReference,
    ParameterTier,
    ParameterType,
    ParameterValueType,
    StringListParameter,
    StringParameter,
)

__all__ = [
    "ParameterBase",
    "ParameterDataType",
    "ParameterReference",
    "ParameterTier",
    "ParameterType",
    "ParameterValueType",
    "StringListParameter",
    "StringParameter",
]
__all__ += _l1_all
__all__.sort()

check_public_classes(globals())
