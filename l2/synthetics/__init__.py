"""CloudWatch Synthetics constructs (aws-cdk-lib: ``aws_cdk.aws_synthetics``): ``Canary``, ``Group`` and the L1
classes."""

from constructs.internals import check_public_classes
from l1.synthetics import *  # noqa: F403
from l1.synthetics import CfnCanary, CfnCanaryProps, CfnGroup, CfnGroupProps
from l2.synthetics._canary import (
    ArtifactsBucketLocation,
    ArtifactsEncryptionMode,
    BrowserType,
    Canary,
    CanaryProps,
    CanaryReference,
    Cleanup,
    CustomTestOptions,
    ResourceToReplicateTags,
    Test,
)
from l2.synthetics._code import AssetCode, Code, CodeConfig, InlineCode, S3Code
from l2.synthetics._group import Group, GroupProps, GroupReference
from l2.synthetics._interfaces import ICanary, IGroup
from l2.synthetics._runtime import Runtime, RuntimeFamily
from l2.synthetics._schedule import CronOptions, Schedule

__all__ = [
    "ArtifactsBucketLocation",
    "ArtifactsEncryptionMode",
    "AssetCode",
    "BrowserType",
    "Canary",
    "CanaryProps",
    "CanaryReference",
    "CfnCanary",
    "CfnCanaryProps",
    "CfnGroup",
    "CfnGroupProps",
    "Cleanup",
    "Code",
    "CodeConfig",
    "CronOptions",
    "CustomTestOptions",
    "Group",
    "GroupProps",
    "GroupReference",
    "ICanary",
    "IGroup",
    "InlineCode",
    "ResourceToReplicateTags",
    "Runtime",
    "RuntimeFamily",
    "S3Code",
    "Schedule",
    "Test",
]

check_public_classes(globals())
