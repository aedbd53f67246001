"""AWS Systems Manager constructs (aws-cdk-lib: ``aws_cdk.aws_ssm``): SSM parameters and the L1 classes."""

from constructs.internals import check_public_classes
from l1.ssm import *  # noqa: F403
from l1.ssm import __all__ as _l1_all
from l2.ssm._interfaces import IParameter, IStringListParameter, IStringParameter
from l2.ssm._parameter import (
    ParameterBase,
    ParameterReference,
    StringListParameter,
    StringParameter,
)
from l2.ssm._props import (
    CommonStringParameterAttributes,
    ListParameterAttributes,
    ParameterOptions,
    SecureStringParameterAttributes,
    StringListParameterProps,
    StringParameterAttributes,
    StringParameterLookupOptions,
    StringParameterProps,
)
from l2.ssm._types import ParameterDataType, ParameterTier, ParameterType, ParameterValueType

__all__ = [
    "CommonStringParameterAttributes",
    "IParameter",
    "IStringListParameter",
    "IStringParameter",
    "ListParameterAttributes",
    "ParameterBase",
    "ParameterDataType",
    "ParameterOptions",
    "ParameterReference",
    "ParameterTier",
    "ParameterType",
    "ParameterValueType",
    "SecureStringParameterAttributes",
    "StringListParameter",
    "StringListParameterProps",
    "StringParameter",
    "StringParameterAttributes",
    "StringParameterLookupOptions",
    "StringParameterProps",
]
__all__ += _l1_all
__all__.sort()

check_public_classes(globals())
