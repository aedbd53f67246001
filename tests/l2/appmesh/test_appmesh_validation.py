"""App Mesh validation: the messages are aws-cdk-lib 2.275's (checked with the oracle); scoped errors name the
construct path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from constructs import App, Duration, Stack, SynthesisError, UnscopedValidationError, ValidationError
from l2 import appmesh


@pytest.fixture
def mesh() -> appmesh.Mesh:
    return appmesh.Mesh(Stack(App(), "S"), "M")


def _node(mesh: appmesh.Mesh) -> appmesh.VirtualNode:
    return mesh.add_virtual_node("N")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: appmesh.HealthCheck.http(healthy_threshold=1), "healthyThreshold must be between 2 and 10"),
        (lambda: appmesh.HealthCheck.tcp(unhealthy_threshold=11), "unhealthyThreshold must be between 2 and 10"),
        (lambda: appmesh.HealthCheck.grpc(interval=Duration.seconds(1)),
         "interval must be between 5 seconds and 300 seconds"),
        (lambda: appmesh.HealthCheck.http2(timeout=Duration.seconds(61)),
         "timeout must be between 2 seconds and 60 seconds"),
        (lambda: appmesh.HttpRoutePathMatch.starts_with("x"), "Prefix Path for the match must start with '/', got: x"),
        (lambda: appmesh.HttpRoutePathMatch.exactly("x"), "Exact Path for the match must start with '/', got: x"),
        (lambda: appmesh.LoggingFormat.from_json({}), "Json key pairs cannot be empty."),
        (lambda: appmesh.HttpGatewayRoutePathMatch.starts_with("x"),
         "Prefix path for the match must start with '/', got: x"),
        (lambda: appmesh.HttpGatewayRoutePathMatch.starts_with("/x", "/y/"),
         "When prefix path for the rewrite is specified, prefix path for the match must end with '/', got: /x"),
        (lambda: appmesh.HttpGatewayRoutePathMatch.starts_with("/x/", "y"),
         "Prefix path for the rewrite must start and end with '/', got: y"),
        (lambda: appmesh.HttpGatewayRoutePathMatch.exactly("/x", ""),
         "Exact Path for the rewrite cannot be empty. Unlike startsWith() method, no automatic rewrite on whole "
         "path match"),
        (lambda: appmesh.HttpGatewayRoutePathMatch.exactly("/x", "y"),
         "Exact Path for the rewrite must start with '/', got: y"),
    ],
)
def test_unscoped_errors(build: Callable[[], object], message: str) -> None:
    with pytest.raises(UnscopedValidationError) as info:
        build()
    assert message in str(info.value)


def test_retry_policies_need_an_event(mesh: appmesh.Mesh) -> None:
    target = [appmesh.WeightedTarget(virtual_node=_node(mesh))]
    with pytest.raises(UnscopedValidationError, match="at least one of `httpRetryEvents` or `tcpRetryEvents`"):
        appmesh.RouteSpec.http(weighted_targets=target,
                               retry_policy=appmesh.HttpRetryPolicy(retry_attempts=1, retry_timeout=Duration.seconds(1)))
    with pytest.raises(UnscopedValidationError,
                       match="at least one of `grpcRetryEvents`, `httpRetryEvents` or `tcpRetryEvents`"):
        appmesh.RouteSpec.grpc(weighted_targets=target, match=appmesh.GrpcRouteMatch(service_name="x"),
                               retry_policy=appmesh.GrpcRetryPolicy(retry_attempts=1, retry_timeout=Duration.seconds(1)))


@pytest.mark.parametrize(
    ("match", "message"),
    [
        (appmesh.GrpcRouteMatch(), "At least one gRPC route match property must be provided"),
        (appmesh.GrpcRouteMatch(method_name="m"), "If you specify a method name, you must also specify a service name"),
    ],
)
def test_grpc_route_matches(mesh: appmesh.Mesh, match: appmesh.GrpcRouteMatch, message: str) -> None:
    router = mesh.add_virtual_router("R")
    spec = appmesh.RouteSpec.grpc(weighted_targets=[appmesh.WeightedTarget(virtual_node=_node(mesh))], match=match)
    with pytest.raises(ValidationError) as info:
        router.add_route("g", route_spec=spec)
    assert message in str(info.value)
    assert "S/M/R/g" in str(info.value)


@pytest.mark.parametrize(
    ("match", "message"),
    [
        (appmesh.HttpRouteMatch(headers=[]), "Number of headers provided for matching must be between 1 and 10, got: 0"),
        (appmesh.HttpRouteMatch(query_parameters=[appmesh.QueryParameterMatch.value_is("a", "b")] * 11),
         "Number of query parameters provided for matching must be between 1 and 10, got: 11"),
    ],
)
def test_http_match_counts(mesh: appmesh.Mesh, match: appmesh.HttpRouteMatch, message: str) -> None:
    router = mesh.add_virtual_router("R")
    spec = appmesh.RouteSpec.http(weighted_targets=[appmesh.WeightedTarget(virtual_node=_node(mesh))], match=match)
    with pytest.raises(UnscopedValidationError) as info:
        router.add_route("h", route_spec=spec)
    assert message in str(info.value)


def test_listener_needs_service_discovery(mesh: appmesh.Mesh) -> None:
    with pytest.raises(ValidationError) as info:
        mesh.add_virtual_node("N", listeners=[appmesh.VirtualNodeListener.http()])
    assert "Service discovery information is required for a VirtualNode with a listener." in str(info.value)
    assert "S/M/N" in str(info.value)


def test_grpc_gateway_route_needs_a_match(mesh: appmesh.Mesh) -> None:
    gateway = mesh.add_virtual_gateway("G")
    service = appmesh.VirtualService(mesh.stack, "Svc",
                                     virtual_service_provider=appmesh.VirtualServiceProvider.none(mesh))
    spec = appmesh.GatewayRouteSpec.grpc(route_target=service,
                                         match=appmesh.GrpcGatewayRouteMatch(rewrite_request_hostname=True))
    with pytest.raises(ValidationError) as info:
        gateway.add_gateway_route("gr", route_spec=spec)
    assert "At least one gRPC gateway route match property beside rewriteRequestHostname must be provided" in str(
        info.value)


def test_acm_trust_needs_an_authority(mesh: appmesh.Mesh) -> None:
    policy = appmesh.TlsClientPolicy(validation=appmesh.TlsValidation(trust=appmesh.TlsValidationTrust.acm([])))
    with pytest.raises(UnscopedValidationError,
                       match="you must provide at least one Certificate Authority when creating an ACM Trust"):
        mesh.add_virtual_node("N", backend_defaults=appmesh.BackendDefaults(tls_client_policy=policy))


def test_wrong_types_are_type_errors(mesh: appmesh.Mesh) -> None:
    with pytest.raises(TypeError):
        appmesh.VirtualRouter(mesh, "R", mesh="not-a-mesh")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        appmesh.Mesh(mesh, "M2", egress_filter="ALLOW_ALL")  # type: ignore[arg-type]


def test_gateway_route_of_a_gateway_with_several_listeners_fails_at_synth(mesh: appmesh.Mesh) -> None:
    gateway = mesh.add_virtual_gateway(
        "G", listeners=[appmesh.VirtualGatewayListener.http(), appmesh.VirtualGatewayListener.grpc(port=81)]
    )
    service = appmesh.VirtualService(mesh.stack, "Svc",
                                     virtual_service_provider=appmesh.VirtualServiceProvider.none(mesh))
    gateway.add_gateway_route("R", route_spec=appmesh.GatewayRouteSpec.http(
        route_target=service, match=appmesh.HttpGatewayRouteMatch(port=8080)))
    with pytest.raises(SynthesisError) as info:
        mesh.node.root.synth()  # type: ignore[attr-defined]
    text = str(info.value)
    assert "S/M/G/R" in text
    assert "Gateway route must define a match port if the parent Virtual Gateway has multiple listeners." in text
