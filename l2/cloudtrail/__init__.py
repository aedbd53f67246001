"""AWS CloudTrail constructs (aws-cdk-lib: ``aws_cdk.aws_cloudtrail``): ``Trail`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.cloudtrail import *  # noqa: F403
from l1.cloudtrail import __all__ as _l1_all
from l2.cloudtrail._trail import Trail
from l2.cloudtrail._types import (
    AddEventSelectorOptions,
    DataResourceType,
    InsightType,
    ManagementEventSources,
    ReadWriteType,
    S3EventSelector,
    TrailProps,
)

__all__ = [
    *_l1_all,
    "AddEventSelectorOptions",
    "DataResourceType",
    "InsightType",
    "ManagementEventSources",
    "ReadWriteType",
    "S3EventSelector",
    "Trail",
    "TrailProps",
]

check_public_classes(globals())
