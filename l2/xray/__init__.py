"""AWS X-Ray constructs (``aws_cdk.aws_xray``; aws-cdk-lib has only the L1 classes): ``Group``, ``SamplingRule``,
``ResourcePolicy``, the ``enable_tracing`` switch for the L2s that support active tracing, and the L1 classes."""

from constructs.internals import check_public_classes
from l1.xray import *  # noqa: F403
from l1.xray import CfnGroup, CfnResourcePolicy, CfnSamplingRule, CfnTransactionSearchConfig
from l2.xray._group import Group, IGroup
from l2.xray._resource_policy import ResourcePolicy
from l2.xray._sampling_rule import SamplingRateBoost, SamplingRule
from l2.xray._tracing import enable_tracing

__all__ = [
    "CfnGroup",
    "CfnResourcePolicy",
    "CfnSamplingRule",
    "CfnTransactionSearchConfig",
    "Group",
    "IGroup",
    "ResourcePolicy",
    "SamplingRateBoost",
    "SamplingRule",
    "enable_tracing",
]

check_public_classes(globals())
