"""Amazon API Gateway v2 constructs (aws-cdk-lib: ``aws_cdk.aws_apigatewayv2``): HTTP APIs (``HttpApi``, routes,
integrations, authorizers, stages, VPC links), WebSocket APIs (``WebSocketApi``, routes, integrations,
authorizers, stages, usage plans and API keys), custom domain names and API mappings, and the L1 classes.

Names load on first use (PEP 562): ``from l2 import apigatewayv2`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

from constructs.internals import check_public_classes

_L2_NAMES: dict[str, str] = {
    "AccessLogDestinationConfig": "_common",
    "AddApiKeyOptions": "_usage_plan",
    "AddRoutesOptions": "_http_api",
    "ApiBase": "_common",
    "ApiKey": "_usage_plan",
    "ApiKeyOptions": "_usage_plan",
    "ApiKeyProps": "_usage_plan",
    "ApiMapping": "_common",
    "ApiMappingAttributes": "_common",
    "ApiMappingProps": "_common",
    "AuthorizerPayloadVersion": "_http_authorizer",
    "BatchHttpRouteOptions": "_http_route",
    "ContentHandling": "_websocket",
    "CorsHttpMethod": "_http_api",
    "CorsPreflightOptions": "_http_api",
    "DomainMappingOptions": "_common",
    "DomainName": "_common",
    "DomainNameAttributes": "_common",
    "DomainNameProps": "_common",
    "EndpointOptions": "_common",
    "EndpointType": "_common",
    "GrantInvokeOptions": "_http_route",
    "HttpApi": "_http_api",
    "HttpApiAttributes": "_http_api",
    "HttpApiHelper": "_http_api",
    "HttpApiProps": "_http_api",
    "HttpAuthorizer": "_http_authorizer",
    "HttpAuthorizerAttributes": "_http_authorizer",
    "HttpAuthorizerProps": "_http_authorizer",
    "HttpAuthorizerType": "_http_authorizer",
    "HttpConnectionType": "_http_integration",
    "HttpIntegration": "_http_integration",
    "HttpIntegrationProps": "_http_integration",
    "HttpIntegrationSubtype": "_http_integration",
    "HttpIntegrationType": "_http_integration",
    "HttpMethod": "_http_route",
    "HttpNoneAuthorizer": "_http_authorizer",
    "HttpRoute": "_http_route",
    "HttpRouteAuthorizerBindOptions": "_http_route",
    "HttpRouteAuthorizerConfig": "_http_route",
    "HttpRouteIntegration": "_http_integration",
    "HttpRouteIntegrationBindOptions": "_http_integration",
    "HttpRouteIntegrationConfig": "_http_integration",
    "HttpRouteKey": "_http_route",
    "HttpRouteProps": "_http_route",
    "HttpStage": "_http_stage",
    "HttpStageAttributes": "_http_stage",
    "HttpStageOptions": "_http_stage",
    "HttpStageProps": "_http_stage",
    "IAccessLogDestination": "_interfaces",
    "IAccessLogSettings": "_interfaces",
    "IApi": "_interfaces",
    "IApiKey": "_interfaces",
    "IApiMapping": "_interfaces",
    "IAuthorizer": "_interfaces",
    "IDomainName": "_interfaces",
    "IHttpApi": "_interfaces",
    "IHttpApiRef": "_interfaces",
    "IHttpAuthorizer": "_interfaces",
    "IHttpIntegration": "_interfaces",
    "IHttpRoute": "_interfaces",
    "IHttpRouteAuthorizer": "_interfaces",
    "IHttpStage": "_interfaces",
    "IHttpStageRef": "_interfaces",
    "IIntegration": "_interfaces",
    "IMappingValue": "_interfaces",
    "IRoute": "_interfaces",
    "IStage": "_interfaces",
    "IUsagePlan": "_interfaces",
    "IVpcLink": "_interfaces",
    "IWebSocketApi": "_interfaces",
    "IWebSocketApiRef": "_interfaces",
    "IWebSocketAuthorizer": "_interfaces",
    "IWebSocketIntegration": "_interfaces",
    "IWebSocketRoute": "_interfaces",
    "IWebSocketRouteAuthorizer": "_interfaces",
    "IWebSocketStage": "_interfaces",
    "IntegrationCredentials": "_http_integration",
    "IpAddressType": "_common",
    "LogGroupLogDestination": "_common",
    "MTLSConfig": "_common",
    "MappingValue": "_parameter_mapping",
    "ParameterMapping": "_parameter_mapping",
    "PassthroughBehavior": "_websocket",
    "PayloadFormatVersion": "_http_integration",
    "Period": "_usage_plan",
    "QuotaSettings": "_usage_plan",
    "RateLimitedApiKey": "_usage_plan",
    "RateLimitedApiKeyProps": "_usage_plan",
    "SecurityPolicy": "_common",
    "StageAttributes": "_common",
    "StageBase": "_common",
    "StageOptions": "_common",
    "ThrottleSettings": "_common",
    "UsagePlan": "_usage_plan",
    "UsagePlanPerApiStage": "_usage_plan",
    "UsagePlanProps": "_usage_plan",
    "VpcLink": "_vpc_link",
    "VpcLinkAttributes": "_vpc_link",
    "VpcLinkProps": "_vpc_link",
    "WebSocketApi": "_websocket",
    "WebSocketApiAttributes": "_websocket",
    "WebSocketApiKeySelectionExpression": "_websocket",
    "WebSocketApiProps": "_websocket",
    "WebSocketAuthorizer": "_websocket",
    "WebSocketAuthorizerAttributes": "_websocket",
    "WebSocketAuthorizerProps": "_websocket",
    "WebSocketAuthorizerType": "_websocket",
    "WebSocketIntegration": "_websocket",
    "WebSocketIntegrationProps": "_websocket",
    "WebSocketIntegrationType": "_websocket",
    "WebSocketNoneAuthorizer": "_websocket",
    "WebSocketRoute": "_websocket",
    "WebSocketRouteAuthorizerBindOptions": "_websocket",
    "WebSocketRouteAuthorizerConfig": "_websocket",
    "WebSocketRouteIntegration": "_websocket",
    "WebSocketRouteIntegrationBindOptions": "_websocket",
    "WebSocketRouteIntegrationConfig": "_websocket",
    "WebSocketRouteOptions": "_websocket",
    "WebSocketRouteProps": "_websocket",
    "WebSocketStage": "_websocket",
    "WebSocketStageAttributes": "_websocket",
    "WebSocketStageProps": "_websocket",
}


def __getattr__(name: str) -> Any:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.apigatewayv2.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.apigatewayv2").__all__})
    else:
        l1 = importlib.import_module("l1.apigatewayv2")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.apigatewayv2' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
