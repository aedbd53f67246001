"""Destinations for asynchronous Lambda invocations (aws-cdk-lib: ``aws_cdk.aws_lambda_destinations``).

Each class is an ``IDestination`` for ``on_success``/``on_failure`` of a function, version, alias or
``configure_async_invoke``: binding grants the function what it needs to deliver to the destination.
"""

from constructs.internals import check_public_classes

from ._destinations import (
    EventBridgeDestination,
    LambdaDestination,
    LambdaDestinationOptions,
    S3Destination,
    SnsDestination,
    SqsDestination,
)

__all__ = [
    "EventBridgeDestination",
    "LambdaDestination",
    "LambdaDestinationOptions",
    "S3Destination",
    "SnsDestination",
    "SqsDestination",
]

check_public_classes(globals())
