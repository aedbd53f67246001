"""Custom resources (aws-cdk-lib: ``aws_cdk.custom_resources``): the ``Provider`` framework,
``AwsCustomResource`` (AWS SDK calls as a resource) and ``CustomResourceConfig``."""

from constructs.internals import check_public_classes
from l2.custom_resources._aws_custom_resource import (
    AwsCustomResource,
    AwsCustomResourcePolicy,
    AwsCustomResourceProps,
    AwsSdkCall,
    Logging,
    LoggingProps,
    PhysicalResourceId,
    PhysicalResourceIdReference,
    SdkCallsPolicyOptions,
)
from l2.custom_resources._config import (
    CustomResourceConfig,
    CustomResourceLambdaRuntime,
    CustomResourceLogRetention,
    CustomResourceRemovalPolicy,
)
from l2.custom_resources._provider import Provider, ProviderProps
from l2.custom_resources._waiter import LogOptions, WaiterStateMachine, WaiterStateMachineProps

__all__ = [
    "AwsCustomResource",
    "AwsCustomResourcePolicy",
    "AwsCustomResourceProps",
    "AwsSdkCall",
    "CustomResourceConfig",
    "CustomResourceLambdaRuntime",
    "CustomResourceLogRetention",
    "CustomResourceRemovalPolicy",
    "LogOptions",
    "Logging",
    "LoggingProps",
    "PhysicalResourceId",
    "PhysicalResourceIdReference",
    "Provider",
    "ProviderProps",
    "SdkCallsPolicyOptions",
    "WaiterStateMachine",
    "WaiterStateMachineProps",
]

check_public_classes(globals())
