"""AWS App Mesh constructs (aws-cdk-lib: ``aws_cdk.aws_appmesh``): meshes, virtual nodes, routers, services and
gateways, routes and gateway routes, their listeners, health checks, TLS, service discovery and access logs, and the
L1 classes.

Names load on first use (PEP 562): ``from l2 import appmesh`` stays cheap, and the generated ``l1.appmesh`` module is
imported only when a class is first touched.
"""

from __future__ import annotations

import importlib

from constructs.internals import check_public_classes

_L2_NAMES: dict[str, str] = {
    "TcpVirtualNodeListenerOptions": "_virtual_node",
    "GrpcVirtualNodeListenerOptions": "_virtual_node",
    "Http2VirtualNodeListenerOptions": "_virtual_node",
    "HttpVirtualNodeListenerOptions": "_virtual_node",
    "AccessLog": "_shared",
    "AccessLogConfig": "_shared",
    "Backend": "_shared",
    "BackendConfig": "_shared",
    "BackendDefaults": "_shared",
    "CommonGatewayRouteSpecOptions": "_gateway_route",
    "DnsResponseType": "_enums",
    "GatewayRoute": "_gateway_route",
    "GatewayRouteAttributes": "_gateway_route",
    "GatewayRouteBaseProps": "_gateway_route",
    "GatewayRouteHostnameMatch": "_gateway_route",
    "GatewayRouteHostnameMatchConfig": "_gateway_route",
    "GatewayRouteProps": "_gateway_route",
    "GatewayRouteSpec": "_gateway_route",
    "GatewayRouteSpecConfig": "_gateway_route",
    "GrpcConnectionPool": "_shared",
    "GrpcGatewayListenerOptions": "_virtual_gateway",
    "GrpcGatewayRouteMatch": "_gateway_route",
    "GrpcGatewayRouteSpecOptions": "_gateway_route",
    "GrpcHealthCheckOptions": "_shared",
    "GrpcRetryEvent": "_enums",
    "GrpcRetryPolicy": "_route",
    "GrpcRouteMatch": "_route",
    "GrpcRouteSpecOptions": "_route",
    "GrpcTimeout": "_shared",
    "HeaderMatch": "_matches",
    "HeaderMatchConfig": "_matches",
    "HealthCheck": "_shared",
    "HealthCheckBindOptions": "_shared",
    "HealthCheckConfig": "_shared",
    "Http2ConnectionPool": "_shared",
    "Http2GatewayListenerOptions": "_virtual_gateway",
    "HttpConnectionPool": "_shared",
    "HttpGatewayListenerOptions": "_virtual_gateway",
    "HttpGatewayRouteMatch": "_gateway_route",
    "HttpGatewayRoutePathMatch": "_gateway_route",
    "HttpGatewayRoutePathMatchConfig": "_gateway_route",
    "HttpGatewayRouteSpecOptions": "_gateway_route",
    "HttpHealthCheckOptions": "_shared",
    "HttpRetryEvent": "_enums",
    "HttpRetryPolicy": "_route",
    "HttpRouteMatch": "_route",
    "HttpRouteMethod": "_enums",
    "HttpRoutePathMatch": "_matches",
    "HttpRoutePathMatchConfig": "_matches",
    "HttpRouteProtocol": "_enums",
    "HttpRouteSpecOptions": "_route",
    "HttpTimeout": "_shared",
    "IGatewayRoute": "_interfaces",
    "IMesh": "_interfaces",
    "IRoute": "_interfaces",
    "IVirtualGateway": "_interfaces",
    "IVirtualNode": "_interfaces",
    "IVirtualRouter": "_interfaces",
    "IVirtualService": "_interfaces",
    "IpPreference": "_enums",
    "ListenerTlsOptions": "_tls",
    "LoggingFormat": "_shared",
    "LoggingFormatConfig": "_shared",
    "Mesh": "_mesh",
    "MeshFilterType": "_enums",
    "MeshProps": "_mesh",
    "MeshServiceDiscovery": "_shared",
    "MutualTlsCertificate": "_tls",
    "MutualTlsValidation": "_tls",
    "MutualTlsValidationTrust": "_tls",
    "OutlierDetection": "_shared",
    "QueryParameterMatch": "_matches",
    "QueryParameterMatchConfig": "_matches",
    "Route": "_route",
    "RouteAttributes": "_route",
    "RouteBaseProps": "_route",
    "RouteProps": "_route",
    "RouteSpec": "_route",
    "RouteSpecConfig": "_route",
    "RouteSpecOptionsBase": "_route",
    "ServiceDiscovery": "_shared",
    "ServiceDiscoveryConfig": "_shared",
    "SubjectAlternativeNames": "_tls",
    "SubjectAlternativeNamesMatcherConfig": "_tls",
    "TcpConnectionPool": "_shared",
    "TcpHealthCheckOptions": "_shared",
    "TcpRetryEvent": "_enums",
    "TcpRouteSpecOptions": "_route",
    "TcpTimeout": "_shared",
    "TlsCertificate": "_tls",
    "TlsCertificateConfig": "_tls",
    "TlsClientPolicy": "_tls",
    "TlsMode": "_enums",
    "TlsValidation": "_tls",
    "TlsValidationTrust": "_tls",
    "TlsValidationTrustConfig": "_tls",
    "VirtualGateway": "_virtual_gateway",
    "VirtualGatewayAttributes": "_virtual_gateway",
    "VirtualGatewayBaseProps": "_virtual_gateway",
    "VirtualGatewayGrants": "_grants",
    "VirtualGatewayListener": "_virtual_gateway",
    "VirtualGatewayListenerConfig": "_virtual_gateway",
    "VirtualGatewayProps": "_virtual_gateway",
    "VirtualNode": "_virtual_node",
    "VirtualNodeAttributes": "_virtual_node",
    "VirtualNodeBaseProps": "_virtual_node",
    "VirtualNodeGrants": "_grants",
    "VirtualNodeListener": "_virtual_node",
    "VirtualNodeListenerConfig": "_virtual_node",
    "VirtualNodeProps": "_virtual_node",
    "VirtualRouter": "_virtual_router",
    "VirtualRouterAttributes": "_virtual_router",
    "VirtualRouterBaseProps": "_virtual_router",
    "VirtualRouterListener": "_virtual_router",
    "VirtualRouterListenerConfig": "_virtual_router",
    "VirtualRouterProps": "_virtual_router",
    "VirtualService": "_virtual_service",
    "VirtualServiceAttributes": "_virtual_service",
    "VirtualServiceBackendOptions": "_shared",
    "VirtualServiceProps": "_virtual_service",
    "VirtualServiceProvider": "_virtual_service",
    "VirtualServiceProviderConfig": "_virtual_service",
    "WeightedTarget": "_route",
}


def __getattr__(name: str) -> object:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.appmesh.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.appmesh").__all__})
    else:
        l1 = importlib.import_module("l1.appmesh")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.appmesh' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
