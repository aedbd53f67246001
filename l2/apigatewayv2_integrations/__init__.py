"""Integrations of HTTP and WebSocket API routes (aws-cdk-lib: ``aws_cdk.aws_apigatewayv2_integrations``)."""

from constructs.internals import check_public_classes
from l2.apigatewayv2_integrations._http import (
    HttpAlbIntegration,
    HttpAlbIntegrationProps,
    HttpEventBridgeIntegration,
    HttpEventBridgeIntegrationProps,
    HttpLambdaIntegration,
    HttpLambdaIntegrationProps,
    HttpNlbIntegration,
    HttpNlbIntegrationProps,
    HttpPrivateIntegrationOptions,
    HttpServiceDiscoveryIntegration,
    HttpServiceDiscoveryIntegrationProps,
    HttpSqsIntegration,
    HttpSqsIntegrationProps,
    HttpStepFunctionsIntegration,
    HttpStepFunctionsIntegrationProps,
    HttpUrlIntegration,
    HttpUrlIntegrationProps,
)
from l2.apigatewayv2_integrations._websocket import (
    WebSocketAwsIntegration,
    WebSocketAwsIntegrationProps,
    WebSocketLambdaIntegration,
    WebSocketLambdaIntegrationProps,
    WebSocketMockIntegration,
    WebSocketMockIntegrationProps,
)

__all__ = [
    "HttpAlbIntegration",
    "HttpAlbIntegrationProps",
    "HttpEventBridgeIntegration",
    "HttpEventBridgeIntegrationProps",
    "HttpLambdaIntegration",
    "HttpLambdaIntegrationProps",
    "HttpNlbIntegration",
    "HttpNlbIntegrationProps",
    "HttpPrivateIntegrationOptions",
    "HttpServiceDiscoveryIntegration",
    "HttpServiceDiscoveryIntegrationProps",
    "HttpSqsIntegration",
    "HttpSqsIntegrationProps",
    "HttpStepFunctionsIntegration",
    "HttpStepFunctionsIntegrationProps",
    "HttpUrlIntegration",
    "HttpUrlIntegrationProps",
    "WebSocketAwsIntegration",
    "WebSocketAwsIntegrationProps",
    "WebSocketLambdaIntegration",
    "WebSocketLambdaIntegrationProps",
    "WebSocketMockIntegration",
    "WebSocketMockIntegrationProps",
]

check_public_classes(globals())
