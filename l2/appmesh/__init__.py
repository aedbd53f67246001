"""AWS App Mesh constructs (aws-cdk-lib: ``aws_cdk.aws_appmesh``): meshes, virtual nodes, routers, services and
gateways, routes and gateway routes, their listeners, health checks, TLS, service discovery and access logs, and the
L1 classes.

Names load on first use (PEP 562): ``from l2 import appmesh`` stays cheap, and the generated ``l1.appmesh`` module is
imported only when a class is first touched.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from constructs.internals import check_public_classes

if TYPE_CHECKING:
    from l1.appmesh import *  # noqa: F403
    from l2.appmesh._enums import (
        DnsResponseType as DnsResponseType,
    )
    from l2.appmesh._enums import (
        GrpcRetryEvent as GrpcRetryEvent,
    )
    from l2.appmesh._enums import (
        HttpRetryEvent as HttpRetryEvent,
    )
    from l2.appmesh._enums import (
        HttpRouteMethod as HttpRouteMethod,
    )
    from l2.appmesh._enums import (
        HttpRouteProtocol as HttpRouteProtocol,
    )
    from l2.appmesh._enums import (
        IpPreference as IpPreference,
    )
    from l2.appmesh._enums import (
        MeshFilterType as MeshFilterType,
    )
    from l2.appmesh._enums import (
        TcpRetryEvent as TcpRetryEvent,
    )
    from l2.appmesh._enums import (
        TlsMode as TlsMode,
    )
    from l2.appmesh._gateway_route import (
        CommonGatewayRouteSpecOptions as CommonGatewayRouteSpecOptions,
    )
    from l2.appmesh._gateway_route import (
        GatewayRoute as GatewayRoute,
    )
    from l2.appmesh._gateway_route import (
        GatewayRouteAttributes as GatewayRouteAttributes,
    )
    from l2.appmesh._gateway_route import (
        GatewayRouteBaseProps as GatewayRouteBaseProps,
    )
    from l2.appmesh._gateway_route import (
        GatewayRouteHostnameMatch as GatewayRouteHostnameMatch,
    )
    from l2.appmesh._gateway_route import (
        GatewayRouteHostnameMatchConfig as GatewayRouteHostnameMatchConfig,
    )
    from l2.appmesh._gateway_route import (
        GatewayRouteProps as GatewayRouteProps,
    )
    from l2.appmesh._gateway_route import (
        GatewayRouteSpec as GatewayRouteSpec,
    )
    from l2.appmesh._gateway_route import (
        GatewayRouteSpecConfig as GatewayRouteSpecConfig,
    )
    from l2.appmesh._gateway_route import (
        GrpcGatewayRouteMatch as GrpcGatewayRouteMatch,
    )
    from l2.appmesh._gateway_route import (
        GrpcGatewayRouteSpecOptions as GrpcGatewayRouteSpecOptions,
    )
    from l2.appmesh._gateway_route import (
        HttpGatewayRouteMatch as HttpGatewayRouteMatch,
    )
    from l2.appmesh._gateway_route import (
        HttpGatewayRoutePathMatch as HttpGatewayRoutePathMatch,
    )
    from l2.appmesh._gateway_route import (
        HttpGatewayRoutePathMatchConfig as HttpGatewayRoutePathMatchConfig,
    )
    from l2.appmesh._gateway_route import (
        HttpGatewayRouteSpecOptions as HttpGatewayRouteSpecOptions,
    )
    from l2.appmesh._grants import (
        VirtualGatewayGrants as VirtualGatewayGrants,
    )
    from l2.appmesh._grants import (
        VirtualNodeGrants as VirtualNodeGrants,
    )
    from l2.appmesh._interfaces import (
        IGatewayRoute as IGatewayRoute,
    )
    from l2.appmesh._interfaces import (
        IMesh as IMesh,
    )
    from l2.appmesh._interfaces import (
        IRoute as IRoute,
    )
    from l2.appmesh._interfaces import (
        IVirtualGateway as IVirtualGateway,
    )
    from l2.appmesh._interfaces import (
        IVirtualNode as IVirtualNode,
    )
    from l2.appmesh._interfaces import (
        IVirtualRouter as IVirtualRouter,
    )
    from l2.appmesh._interfaces import (
        IVirtualService as IVirtualService,
    )
    from l2.appmesh._matches import (
        HeaderMatch as HeaderMatch,
    )
    from l2.appmesh._matches import (
        HeaderMatchConfig as HeaderMatchConfig,
    )
    from l2.appmesh._matches import (
        HttpRoutePathMatch as HttpRoutePathMatch,
    )
    from l2.appmesh._matches import (
        HttpRoutePathMatchConfig as HttpRoutePathMatchConfig,
    )
    from l2.appmesh._matches import (
        QueryParameterMatch as QueryParameterMatch,
    )
    from l2.appmesh._matches import (
        QueryParameterMatchConfig as QueryParameterMatchConfig,
    )
    from l2.appmesh._mesh import (
        Mesh as Mesh,
    )
    from l2.appmesh._mesh import (
        MeshProps as MeshProps,
    )
    from l2.appmesh._route import (
        GrpcRetryPolicy as GrpcRetryPolicy,
    )
    from l2.appmesh._route import (
        GrpcRouteMatch as GrpcRouteMatch,
    )
    from l2.appmesh._route import (
        GrpcRouteSpecOptions as GrpcRouteSpecOptions,
    )
    from l2.appmesh._route import (
        HttpRetryPolicy as HttpRetryPolicy,
    )
    from l2.appmesh._route import (
        HttpRouteMatch as HttpRouteMatch,
    )
    from l2.appmesh._route import (
        HttpRouteSpecOptions as HttpRouteSpecOptions,
    )
    from l2.appmesh._route import (
        Route as Route,
    )
    from l2.appmesh._route import (
        RouteAttributes as RouteAttributes,
    )
    from l2.appmesh._route import (
        RouteBaseProps as RouteBaseProps,
    )
    from l2.appmesh._route import (
        RouteProps as RouteProps,
    )
    from l2.appmesh._route import (
        RouteSpec as RouteSpec,
    )
    from l2.appmesh._route import (
        RouteSpecConfig as RouteSpecConfig,
    )
    from l2.appmesh._route import (
        RouteSpecOptionsBase as RouteSpecOptionsBase,
    )
    from l2.appmesh._route import (
        TcpRouteSpecOptions as TcpRouteSpecOptions,
    )
    from l2.appmesh._route import (
        WeightedTarget as WeightedTarget,
    )
    from l2.appmesh._shared import (
        AccessLog as AccessLog,
    )
    from l2.appmesh._shared import (
        AccessLogConfig as AccessLogConfig,
    )
    from l2.appmesh._shared import (
        Backend as Backend,
    )
    from l2.appmesh._shared import (
        BackendConfig as BackendConfig,
    )
    from l2.appmesh._shared import (
        BackendDefaults as BackendDefaults,
    )
    from l2.appmesh._shared import (
        GrpcConnectionPool as GrpcConnectionPool,
    )
    from l2.appmesh._shared import (
        GrpcHealthCheckOptions as GrpcHealthCheckOptions,
    )
    from l2.appmesh._shared import (
        GrpcTimeout as GrpcTimeout,
    )
    from l2.appmesh._shared import (
        HealthCheck as HealthCheck,
    )
    from l2.appmesh._shared import (
        HealthCheckBindOptions as HealthCheckBindOptions,
    )
    from l2.appmesh._shared import (
        HealthCheckConfig as HealthCheckConfig,
    )
    from l2.appmesh._shared import (
        Http2ConnectionPool as Http2ConnectionPool,
    )
    from l2.appmesh._shared import (
        HttpConnectionPool as HttpConnectionPool,
    )
    from l2.appmesh._shared import (
        HttpHealthCheckOptions as HttpHealthCheckOptions,
    )
    from l2.appmesh._shared import (
        HttpTimeout as HttpTimeout,
    )
    from l2.appmesh._shared import (
        LoggingFormat as LoggingFormat,
    )
    from l2.appmesh._shared import (
        LoggingFormatConfig as LoggingFormatConfig,
    )
    from l2.appmesh._shared import (
        MeshServiceDiscovery as MeshServiceDiscovery,
    )
    from l2.appmesh._shared import (
        OutlierDetection as OutlierDetection,
    )
    from l2.appmesh._shared import (
        ServiceDiscovery as ServiceDiscovery,
    )
    from l2.appmesh._shared import (
        ServiceDiscoveryConfig as ServiceDiscoveryConfig,
    )
    from l2.appmesh._shared import (
        TcpConnectionPool as TcpConnectionPool,
    )
    from l2.appmesh._shared import (
        TcpHealthCheckOptions as TcpHealthCheckOptions,
    )
    from l2.appmesh._shared import (
        TcpTimeout as TcpTimeout,
    )
    from l2.appmesh._shared import (
        VirtualServiceBackendOptions as VirtualServiceBackendOptions,
    )
    from l2.appmesh._tls import (
        ListenerTlsOptions as ListenerTlsOptions,
    )
    from l2.appmesh._tls import (
        MutualTlsCertificate as MutualTlsCertificate,
    )
    from l2.appmesh._tls import (
        MutualTlsValidation as MutualTlsValidation,
    )
    from l2.appmesh._tls import (
        MutualTlsValidationTrust as MutualTlsValidationTrust,
    )
    from l2.appmesh._tls import (
        SubjectAlternativeNames as SubjectAlternativeNames,
    )
    from l2.appmesh._tls import (
        SubjectAlternativeNamesMatcherConfig as SubjectAlternativeNamesMatcherConfig,
    )
    from l2.appmesh._tls import (
        TlsCertificate as TlsCertificate,
    )
    from l2.appmesh._tls import (
        TlsCertificateConfig as TlsCertificateConfig,
    )
    from l2.appmesh._tls import (
        TlsClientPolicy as TlsClientPolicy,
    )
    from l2.appmesh._tls import (
        TlsValidation as TlsValidation,
    )
    from l2.appmesh._tls import (
        TlsValidationTrust as TlsValidationTrust,
    )
    from l2.appmesh._tls import (
        TlsValidationTrustConfig as TlsValidationTrustConfig,
    )
    from l2.appmesh._virtual_gateway import (
        GrpcGatewayListenerOptions as GrpcGatewayListenerOptions,
    )
    from l2.appmesh._virtual_gateway import (
        Http2GatewayListenerOptions as Http2GatewayListenerOptions,
    )
    from l2.appmesh._virtual_gateway import (
        HttpGatewayListenerOptions as HttpGatewayListenerOptions,
    )
    from l2.appmesh._virtual_gateway import (
        VirtualGateway as VirtualGateway,
    )
    from l2.appmesh._virtual_gateway import (
        VirtualGatewayAttributes as VirtualGatewayAttributes,
    )
    from l2.appmesh._virtual_gateway import (
        VirtualGatewayBaseProps as VirtualGatewayBaseProps,
    )
    from l2.appmesh._virtual_gateway import (
        VirtualGatewayListener as VirtualGatewayListener,
    )
    from l2.appmesh._virtual_gateway import (
        VirtualGatewayListenerConfig as VirtualGatewayListenerConfig,
    )
    from l2.appmesh._virtual_gateway import (
        VirtualGatewayProps as VirtualGatewayProps,
    )
    from l2.appmesh._virtual_node import (
        GrpcVirtualNodeListenerOptions as GrpcVirtualNodeListenerOptions,
    )
    from l2.appmesh._virtual_node import (
        Http2VirtualNodeListenerOptions as Http2VirtualNodeListenerOptions,
    )
    from l2.appmesh._virtual_node import (
        HttpVirtualNodeListenerOptions as HttpVirtualNodeListenerOptions,
    )
    from l2.appmesh._virtual_node import (
        TcpVirtualNodeListenerOptions as TcpVirtualNodeListenerOptions,
    )
    from l2.appmesh._virtual_node import (
        VirtualNode as VirtualNode,
    )
    from l2.appmesh._virtual_node import (
        VirtualNodeAttributes as VirtualNodeAttributes,
    )
    from l2.appmesh._virtual_node import (
        VirtualNodeBaseProps as VirtualNodeBaseProps,
    )
    from l2.appmesh._virtual_node import (
        VirtualNodeListener as VirtualNodeListener,
    )
    from l2.appmesh._virtual_node import (
        VirtualNodeListenerConfig as VirtualNodeListenerConfig,
    )
    from l2.appmesh._virtual_node import (
        VirtualNodeProps as VirtualNodeProps,
    )
    from l2.appmesh._virtual_router import (
        VirtualRouter as VirtualRouter,
    )
    from l2.appmesh._virtual_router import (
        VirtualRouterAttributes as VirtualRouterAttributes,
    )
    from l2.appmesh._virtual_router import (
        VirtualRouterBaseProps as VirtualRouterBaseProps,
    )
    from l2.appmesh._virtual_router import (
        VirtualRouterListener as VirtualRouterListener,
    )
    from l2.appmesh._virtual_router import (
        VirtualRouterListenerConfig as VirtualRouterListenerConfig,
    )
    from l2.appmesh._virtual_router import (
        VirtualRouterProps as VirtualRouterProps,
    )
    from l2.appmesh._virtual_service import (
        VirtualService as VirtualService,
    )
    from l2.appmesh._virtual_service import (
        VirtualServiceAttributes as VirtualServiceAttributes,
    )
    from l2.appmesh._virtual_service import (
        VirtualServiceProps as VirtualServiceProps,
    )
    from l2.appmesh._virtual_service import (
        VirtualServiceProvider as VirtualServiceProvider,
    )
    from l2.appmesh._virtual_service import (
        VirtualServiceProviderConfig as VirtualServiceProviderConfig,
    )

_L2_NAMES: dict[str, str] = {
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
    "GrpcVirtualNodeListenerOptions": "_virtual_node",
    "HeaderMatch": "_matches",
    "HeaderMatchConfig": "_matches",
    "HealthCheck": "_shared",
    "HealthCheckBindOptions": "_shared",
    "HealthCheckConfig": "_shared",
    "Http2ConnectionPool": "_shared",
    "Http2GatewayListenerOptions": "_virtual_gateway",
    "Http2VirtualNodeListenerOptions": "_virtual_node",
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
    "HttpVirtualNodeListenerOptions": "_virtual_node",
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
    "TcpVirtualNodeListenerOptions": "_virtual_node",
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
