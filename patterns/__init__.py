"""Well-architected serverless L3 patterns, in the style of AWS Solutions Constructs.

Each pattern wires L2 constructs together with secure defaults (encryption, TLS-only queues, least-privilege
grants, X-Ray tracing, access logging, dead-letter queues, point-in-time recovery) that props override:

- ``ApiGatewayToLambda``: an API Gateway REST API proxying to a Lambda function;
- ``SqsToLambda``: an SQS queue with a dead-letter queue feeding a Lambda function;
- ``LambdaToDynamoDB``: a Lambda function with access to a DynamoDB table.

The modules load on first use, so ``from patterns import SqsToLambda`` does not import API Gateway.
See docs/patterns.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pycdk._constructs_guard import check_constructs as _check_constructs

_check_constructs()  # PyPI's jsii `constructs` where pycdk's core should be: an ImportError saying how to fix it

if TYPE_CHECKING:
    from patterns.apigateway_lambda import ApiGatewayToLambda
    from patterns.lambda_dynamodb import LambdaToDynamoDB
    from patterns.sqs_lambda import SqsToLambda

_MODULES = {
    "ApiGatewayToLambda": "patterns.apigateway_lambda",
    "LambdaToDynamoDB": "patterns.lambda_dynamodb",
    "SqsToLambda": "patterns.sqs_lambda",
}

__all__ = [
    "ApiGatewayToLambda",
    "LambdaToDynamoDB",
    "SqsToLambda",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'patterns' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
