"""Authorizers of HTTP and WebSocket API routes (aws-cdk-lib: ``aws_cdk.aws_apigatewayv2_authorizers``)."""

from constructs.internals import check_public_classes
from l2.apigatewayv2_authorizers._http import (
    HttpIamAuthorizer,
    HttpJwtAuthorizer,
    HttpJwtAuthorizerProps,
    HttpLambdaAuthorizer,
    HttpLambdaAuthorizerProps,
    HttpLambdaResponseType,
    HttpUserPoolAuthorizer,
    HttpUserPoolAuthorizerProps,
)
from l2.apigatewayv2_authorizers._websocket import (
    WebSocketIamAuthorizer,
    WebSocketLambdaAuthorizer,
    WebSocketLambdaAuthorizerProps,
)

__all__ = [
    "HttpIamAuthorizer",
    "HttpJwtAuthorizer",
    "HttpJwtAuthorizerProps",
    "HttpLambdaAuthorizer",
    "HttpLambdaAuthorizerProps",
    "HttpLambdaResponseType",
    "HttpUserPoolAuthorizer",
    "HttpUserPoolAuthorizerProps",
    "WebSocketIamAuthorizer",
    "WebSocketLambdaAuthorizer",
    "WebSocketLambdaAuthorizerProps",
]

check_public_classes(globals())
