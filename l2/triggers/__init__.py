"""Triggers (aws-cdk-lib: ``aws_cdk.triggers``): run a Lambda function at a chosen point of a deployment."""

from constructs.internals import check_public_classes
from l2.triggers._trigger import (
    InvocationType,
    ITrigger,
    Trigger,
    TriggerInvalidation,
    TriggerOptions,
    TriggerProps,
)
from l2.triggers._trigger_function import TriggerFunction, TriggerFunctionProps

__all__ = [
    "ITrigger",
    "InvocationType",
    "Trigger",
    "TriggerFunction",
    "TriggerFunctionProps",
    "TriggerInvalidation",
    "TriggerOptions",
    "TriggerProps",
]

check_public_classes(globals())
