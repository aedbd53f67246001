"""Elastic Load Balancing v2 constructs (aws-cdk-lib: ``aws_cdk.aws_elasticloadbalancingv2``): Application and
Network Load Balancers, listeners, rules and actions, target groups, trust stores, and the L1 classes.

Names load on first use (PEP 562): ``from l2 import elasticloadbalancingv2`` stays cheap, and the generated
``l1.elasticloadbalancingv2`` module is imported only when a class is first touched.
"""

from __future__ import annotations

import importlib
from typing import Any

from constructs.internals import check_public_classes

_L2_NAMES: dict[str, str] = {
    "AddApplicationActionProps": "_structs",
    "AddApplicationTargetGroupsProps": "_structs",
    "AddApplicationTargetsProps": "_structs",
    "AddNetworkActionProps": "_structs",
    "AddNetworkTargetsProps": "_structs",
    "AddRuleProps": "_structs",
    "AlpnPolicy": "_enums",
    "ApplicationListener": "_application_listener",
    "ApplicationListenerAttributes": "_structs",
    "ApplicationListenerCertificate": "_application_listener",
    "ApplicationListenerCertificateProps": "_structs",
    "ApplicationListenerLookupOptions": "_structs",
    "ApplicationListenerProps": "_structs",
    "ApplicationListenerRule": "_application_listener",
    "ApplicationListenerRuleProps": "_structs",
    "ApplicationLoadBalancer": "_load_balancer",
    "ApplicationLoadBalancerAttributes": "_structs",
    "ApplicationLoadBalancerLookupOptions": "_structs",
    "ApplicationLoadBalancerProps": "_structs",
    "ApplicationLoadBalancerRedirectConfig": "_structs",
    "ApplicationProtocol": "_enums",
    "ApplicationProtocolVersion": "_enums",
    "ApplicationTargetGroup": "_target_group",
    "ApplicationTargetGroupProps": "_structs",
    "AuthenticateJwtOptions": "_structs",
    "AuthenticateOidcOptions": "_structs",
    "BaseApplicationListenerProps": "_structs",
    "BaseApplicationListenerRuleProps": "_structs",
    "BaseListener": "_base_listener",
    "BaseListenerLookupOptions": "_structs",
    "BaseLoadBalancer": "_load_balancer",
    "BaseLoadBalancerLookupOptions": "_structs",
    "BaseLoadBalancerProps": "_structs",
    "BaseNetworkListenerProps": "_structs",
    "BaseTargetGroupProps": "_structs",
    "ClientRoutingPolicy": "_enums",
    "DesyncMitigationMode": "_enums",
    "FixedResponseOptions": "_structs",
    "ForwardOptions": "_structs",
    "HealthCheck": "_structs",
    "HttpCodeElb": "_enums",
    "HttpCodeTarget": "_enums",
    "IApplicationListener": "_interfaces",
    "IApplicationListenerRef": "_interfaces",
    "IApplicationLoadBalancer": "_interfaces",
    "IApplicationLoadBalancerMetrics": "_interfaces",
    "IApplicationLoadBalancerRef": "_interfaces",
    "IApplicationLoadBalancerTarget": "_interfaces",
    "IApplicationTargetGroup": "_interfaces",
    "IApplicationTargetGroupMetrics": "_interfaces",
    "IListener": "_interfaces",
    "IListenerAction": "_interfaces",
    "IListenerCertificate": "_interfaces",
    "ILoadBalancerV2": "_interfaces",
    "INetworkListener": "_interfaces",
    "INetworkListenerRef": "_interfaces",
    "INetworkLoadBalancer": "_interfaces",
    "INetworkLoadBalancerMetrics": "_interfaces",
    "INetworkLoadBalancerTarget": "_interfaces",
    "INetworkTargetGroup": "_interfaces",
    "INetworkTargetGroupMetrics": "_interfaces",
    "INetworkTargetGroupRef": "_interfaces",
    "ITargetGroup": "_interfaces",
    "ITrustStore": "_interfaces",
    "IpAddressType": "_enums",
    "ListenerAction": "_actions",
    "ListenerCertificate": "_actions",
    "ListenerCondition": "_actions",
    "LoadBalancerTargetProps": "_structs",
    "MutualAuthentication": "_structs",
    "MutualAuthenticationMode": "_enums",
    "NetworkForwardOptions": "_structs",
    "NetworkListener": "_network_listener",
    "NetworkListenerAction": "_actions",
    "NetworkListenerLookupOptions": "_structs",
    "NetworkListenerProps": "_structs",
    "NetworkLoadBalancer": "_load_balancer",
    "NetworkLoadBalancerAttributes": "_structs",
    "NetworkLoadBalancerLookupOptions": "_structs",
    "NetworkLoadBalancerProps": "_structs",
    "NetworkTargetGroup": "_target_group",
    "NetworkTargetGroupProps": "_structs",
    "NetworkWeightedTargetGroup": "_structs",
    "Protocol": "_enums",
    "QueryStringCondition": "_structs",
    "RedirectOptions": "_structs",
    "RevocationContent": "_structs",
    "RevocationType": "_enums",
    "SourceNatIpv6Prefix": "_structs",
    "SslPolicy": "_enums",
    "SubnetMapping": "_structs",
    "TargetGroupAttributes": "_structs",
    "TargetGroupBase": "_target_group",
    "TargetGroupHealth": "_structs",
    "TargetGroupIpAddressType": "_enums",
    "TargetGroupLoadBalancingAlgorithmType": "_enums",
    "TargetType": "_enums",
    "TrustStore": "_trust_store",
    "TrustStoreProps": "_structs",
    "TrustStoreRevocation": "_trust_store",
    "TrustStoreRevocationProps": "_structs",
    "UnauthenticatedAction": "_enums",
    "WeightedTargetGroup": "_structs",
    "XffHeaderProcessingMode": "_enums",
}


def __getattr__(name: str) -> Any:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.elasticloadbalancingv2.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.elasticloadbalancingv2").__all__})
    else:
        l1 = importlib.import_module("l1.elasticloadbalancingv2")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.elasticloadbalancingv2' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
