"""Actions for CloudWatch alarms (aws-cdk-lib: ``aws_cdk.aws_cloudwatch_actions``)."""

from constructs.internals import check_public_classes

from ._actions import (
    ApplicationScalingAction,
    AutoScalingAction,
    Ec2Action,
    Ec2InstanceAction,
    LambdaAction,
    LambdaActionProps,
    OpsItemCategory,
    OpsItemSeverity,
    SnsAction,
    SsmAction,
    SsmIncidentAction,
)

__all__ = [
    "ApplicationScalingAction",
    "AutoScalingAction",
    "Ec2Action",
    "Ec2InstanceAction",
    "LambdaAction",
    "LambdaActionProps",
    "OpsItemCategory",
    "OpsItemSeverity",
    "SnsAction",
    "SsmAction",
    "SsmIncidentAction",
]

check_public_classes(globals())
