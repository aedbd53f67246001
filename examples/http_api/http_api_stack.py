"""An HTTP API storing items in DynamoDB: API Gateway (REST, Lambda proxy) → Lambda → DynamoDB.

Built from two patterns: ``LambdaToDynamoDB`` creates the function, the table and the grant;
``ApiGatewayToLambda`` puts a REST API in front of that same function. Both keep their secure defaults:
IAM-authorized methods (sign requests with SigV4, e.g. ``awscurl``), access logs, X-Ray tracing, an
encrypted table with point-in-time recovery.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import CfnOutput, Construct, Duration, Stack
from l2 import lambda_
from patterns.apigateway_lambda import ApiGatewayToLambda
from patterns.lambda_dynamodb import LambdaToDynamoDB

HANDLER_DIR = Path(__file__).resolve().parent / "handler"
"""The function's code: ``handler/items.py``."""


class HttpApiStack(Stack):
    """The items API: ``GET/POST /items``, ``GET/DELETE /items/{id}``.

    Attributes:
        store: the ``LambdaToDynamoDB`` pattern (function and table).
        api: the ``ApiGatewayToLambda`` pattern (REST API and its access logs).
    """

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.store = LambdaToDynamoDB(
            self,
            "Store",
            lambda_function_props={
                "code": lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"]),
                "handler": "items.handler",
                "runtime": lambda_.Runtime.PYTHON_3_12,
                "memory_size": 256,
                "timeout": Duration.seconds(10),
                "description": "Items API: CRUD on the items table",
            },
            table_environment_variable_name="TABLE_NAME",
        )
        self.api = ApiGatewayToLambda(
            self,
            "Api",
            existing_lambda_obj=self.store.lambda_function,
            api_gateway_props={"rest_api_name": "items-api", "description": "Items stored in DynamoDB"},
        )
        CfnOutput(self, "TableName", value=self.store.dynamo_table.table_name)
