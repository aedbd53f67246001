"""Port of aws-cdk's integ.mesh.ts: meshes, routers with one and several listeners, nodes with health checks, TLS
and access logs, routes of every protocol and match, gateways with TLS, and gateway routes.

The TypeScript test passes ``targetPort``/``matchPort`` (and a ``match`` to a TCP route), which are not properties
of aws-cdk-lib's structs and have no effect; aws-cdk-lib's Python API rejects unknown keywords, so they are left
out here (the template is the same).
"""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_appmesh as appmesh
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_servicediscovery as cloudmap

app = App()
stack = Stack(app, "mesh-stack")

vpc = ec2.Vpc(stack, "vpc", restrict_default_security_group=False, nat_gateways=1)
namespace = cloudmap.PrivateDnsNamespace(stack, "test-namespace", vpc=vpc, name="domain.local")

mesh = appmesh.Mesh(stack, "mesh")
appmesh.Mesh(
    stack,
    "mesh-with-preference",
    service_discovery=appmesh.MeshServiceDiscovery(ip_preference=appmesh.IpPreference.IPV4_ONLY),
)
router = mesh.add_virtual_router("router", listeners=[appmesh.VirtualRouterListener.http()])
multi_listener_router = mesh.add_virtual_router(
    "multi-listener-router",
    listeners=[
        appmesh.VirtualRouterListener.http(8080),
        appmesh.VirtualRouterListener.tcp(443),
        appmesh.VirtualRouterListener.grpc(80),
    ],
)

virtual_service = appmesh.VirtualService(
    stack,
    "service",
    virtual_service_provider=appmesh.VirtualServiceProvider.virtual_router(router),
    virtual_service_name="service1.domain.local",
)
multi_listener_virtual_service = appmesh.VirtualService(
    stack,
    "multi-service",
    virtual_service_provider=appmesh.VirtualServiceProvider.virtual_router(multi_listener_router),
    virtual_service_name="multi-service.domain.local",
)


def check(path: str) -> appmesh.HealthCheck:
    return appmesh.HealthCheck.http(healthy_threshold=3, path=path)


def full_check(path: str) -> appmesh.HealthCheck:
    return appmesh.HealthCheck.http(
        healthy_threshold=3,
        interval=Duration.seconds(5),
        path=path,
        timeout=Duration.seconds(2),
        unhealthy_threshold=2,
    )


node = mesh.add_virtual_node(
    "node",
    service_discovery=appmesh.ServiceDiscovery.dns(
        f"node1.{namespace.namespace_name}", None, appmesh.IpPreference.IPV4_ONLY
    ),
    listeners=[appmesh.VirtualNodeListener.http(health_check=check("/check-path"))],
    backends=[appmesh.Backend.virtual_service(virtual_service)],
)
multi_listener_node = mesh.add_virtual_node(
    "multi-listener-node",
    service_discovery=appmesh.ServiceDiscovery.dns(
        f"node1.{namespace.namespace_name}", None, appmesh.IpPreference.IPV4_ONLY
    ),
    listeners=[
        appmesh.VirtualNodeListener.http(health_check=check("/check-path")),
        appmesh.VirtualNodeListener.tcp(health_check=check("/check-path"), port=443),
        appmesh.VirtualNodeListener.grpc(health_check=check("/check-path"), port=80),
    ],
    backends=[appmesh.Backend.virtual_service(multi_listener_virtual_service)],
)
node.add_backend(
    appmesh.Backend.virtual_service(
        appmesh.VirtualService(
            stack,
            "service-2",
            virtual_service_name="service2.domain.local",
            virtual_service_provider=appmesh.VirtualServiceProvider.none(mesh),
        )
    )
)

router.add_route(
    "route-1",
    route_spec=appmesh.RouteSpec.http(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node, weight=50)],
        match=appmesh.HttpRouteMatch(path=appmesh.HttpRoutePathMatch.starts_with("/")),
        timeout=appmesh.HttpTimeout(idle=Duration.seconds(10), per_request=Duration.seconds(10)),
    ),
)
multi_listener_router.add_route(
    "multi-route-1",
    route_spec=appmesh.RouteSpec.http(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=multi_listener_node, weight=50)],
        match=appmesh.HttpRouteMatch(path=appmesh.HttpRoutePathMatch.starts_with("/")),
        timeout=appmesh.HttpTimeout(idle=Duration.seconds(10), per_request=Duration.seconds(10)),
    ),
)
multi_listener_router.add_route(
    "multi-route-2",
    route_spec=appmesh.RouteSpec.tcp(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=multi_listener_node, weight=20)],
        timeout=appmesh.TcpTimeout(idle=Duration.seconds(12)),
    ),
)
multi_listener_router.add_route(
    "multi-route-3",
    route_spec=appmesh.RouteSpec.grpc(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=multi_listener_node, weight=20)],
        timeout=appmesh.GrpcTimeout(idle=Duration.seconds(12)),
        match=appmesh.GrpcRouteMatch(port=80),
    ),
)

node2 = mesh.add_virtual_node(
    "node2",
    service_discovery=appmesh.ServiceDiscovery.dns(f"node2.{namespace.namespace_name}"),
    listeners=[appmesh.VirtualNodeListener.http(health_check=full_check("/check-path2"))],
    backend_defaults=appmesh.BackendDefaults(
        tls_client_policy=appmesh.TlsClientPolicy(
            validation=appmesh.TlsValidation(trust=appmesh.TlsValidationTrust.file("path/to/cert"))
        )
    ),
    backends=[
        appmesh.Backend.virtual_service(
            appmesh.VirtualService(
                stack,
                "service-3",
                virtual_service_name="service3.domain.local",
                virtual_service_provider=appmesh.VirtualServiceProvider.none(mesh),
            )
        )
    ],
)
node3 = mesh.add_virtual_node(
    "node3",
    service_discovery=appmesh.ServiceDiscovery.dns(f"node3.{namespace.namespace_name}"),
    listeners=[appmesh.VirtualNodeListener.http(health_check=full_check("/check-path3"))],
    backend_defaults=appmesh.BackendDefaults(
        tls_client_policy=appmesh.TlsClientPolicy(
            validation=appmesh.TlsValidation(trust=appmesh.TlsValidationTrust.file("path-to-certificate"))
        )
    ),
    access_log=appmesh.AccessLog.from_file_path("/dev/stdout", appmesh.LoggingFormat.from_text("test_pattern")),
)
node4 = mesh.add_virtual_node(
    "node4",
    service_discovery=appmesh.ServiceDiscovery.dns(
        f"node4.{namespace.namespace_name}", appmesh.DnsResponseType.ENDPOINTS
    ),
    listeners=[
        appmesh.VirtualNodeListener.http(
            tls=appmesh.ListenerTlsOptions(
                mode=appmesh.TlsMode.STRICT,
                certificate=appmesh.TlsCertificate.sds("spiffe://domain.local/backend-service"),
                mutual_tls_validation=appmesh.MutualTlsValidation(
                    trust=appmesh.TlsValidationTrust.sds("spiffe://domain.local"),
                    subject_alternative_names=appmesh.SubjectAlternativeNames.matching_exactly("client.domain.local"),
                ),
            ),
            health_check=full_check("/check-path3"),
        )
    ],
    backend_defaults=appmesh.BackendDefaults(
        tls_client_policy=appmesh.TlsClientPolicy(
            mutual_tls_certificate=appmesh.TlsCertificate.file("path/to/certChain", "path/to/privateKey"),
            validation=appmesh.TlsValidation(
                subject_alternative_names=appmesh.SubjectAlternativeNames.matching_exactly("mymesh.local"),
                trust=appmesh.TlsValidationTrust.file("path-to-certificate"),
            ),
        )
    ),
    access_log=appmesh.AccessLog.from_file_path(
        "/dev/stdout", appmesh.LoggingFormat.from_json({"testKey1": "testValue1", "testKey2": "testValue2"})
    ),
)
node4.add_backend(
    appmesh.Backend.virtual_service(
        appmesh.VirtualService(
            stack,
            "service-4",
            virtual_service_name="service4.domain.local",
            virtual_service_provider=appmesh.VirtualServiceProvider.none(mesh),
        )
    )
)

router.add_route(
    "route-2",
    route_spec=appmesh.RouteSpec.http(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node2, weight=30)],
        match=appmesh.HttpRouteMatch(path=appmesh.HttpRoutePathMatch.starts_with("/path2")),
        timeout=appmesh.HttpTimeout(idle=Duration.seconds(11), per_request=Duration.seconds(11)),
    ),
)
router.add_route(
    "route-3",
    route_spec=appmesh.RouteSpec.tcp(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node3, weight=20)],
        timeout=appmesh.TcpTimeout(idle=Duration.seconds(12)),
    ),
)
router.add_route(
    "route-4",
    route_spec=appmesh.RouteSpec.grpc(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node4, weight=20)],
        timeout=appmesh.GrpcTimeout(idle=Duration.seconds(12)),
        match=appmesh.GrpcRouteMatch(service_name="test"),
    ),
)


def all_header_matches() -> list[appmesh.HeaderMatch]:
    return [
        appmesh.HeaderMatch.value_is("Content-Type", "application/json"),
        appmesh.HeaderMatch.value_starts_with("Content-Type", "application/json"),
        appmesh.HeaderMatch.value_ends_with("Content-Type", "application/json"),
        appmesh.HeaderMatch.value_matches_regex("Content-Type", "application/.*"),
        appmesh.HeaderMatch.values_is_in_range("Content-Type", 1, 5),
        appmesh.HeaderMatch.value_is_not("Content-Type", "application/json"),
        appmesh.HeaderMatch.value_does_not_start_with("Content-Type", "application/json"),
        appmesh.HeaderMatch.value_does_not_end_with("Content-Type", "application/json"),
        appmesh.HeaderMatch.value_does_not_match_regex("Content-Type", "application/.*"),
        appmesh.HeaderMatch.values_is_not_in_range("Content-Type", 1, 5),
    ]


router.add_route(
    "route-matching",
    route_spec=appmesh.RouteSpec.http2(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node3)],
        match=appmesh.HttpRouteMatch(
            path=appmesh.HttpRoutePathMatch.starts_with("/"),
            method=appmesh.HttpRouteMethod.POST,
            protocol=appmesh.HttpRouteProtocol.HTTPS,
            headers=all_header_matches(),
        ),
    ),
)
router.add_route(
    "route-http2-retry",
    route_spec=appmesh.RouteSpec.http2(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node3)],
        retry_policy=appmesh.HttpRetryPolicy(
            http_retry_events=[appmesh.HttpRetryEvent.CLIENT_ERROR],
            tcp_retry_events=[appmesh.TcpRetryEvent.CONNECTION_ERROR],
            retry_attempts=5,
            retry_timeout=Duration.seconds(1),
        ),
    ),
)
router.add_route(
    "route-5",
    route_spec=appmesh.RouteSpec.http2(priority=10, weighted_targets=[appmesh.WeightedTarget(virtual_node=node2)]),
)
router.add_route(
    "route-grpc-retry",
    route_spec=appmesh.RouteSpec.grpc(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node3)],
        match=appmesh.GrpcRouteMatch(service_name="servicename"),
        retry_policy=appmesh.GrpcRetryPolicy(
            grpc_retry_events=[appmesh.GrpcRetryEvent.DEADLINE_EXCEEDED],
            http_retry_events=[appmesh.HttpRetryEvent.CLIENT_ERROR],
            tcp_retry_events=[appmesh.TcpRetryEvent.CONNECTION_ERROR],
            retry_attempts=5,
            retry_timeout=Duration.seconds(1),
        ),
    ),
)
router.add_route(
    "route-6",
    route_spec=appmesh.RouteSpec.http2(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node2, weight=30)],
        match=appmesh.HttpRouteMatch(
            path=appmesh.HttpRoutePathMatch.regex("regex"),
            query_parameters=[appmesh.QueryParameterMatch.value_is("query-field", "value")],
        ),
    ),
)
router.add_route(
    "route-7",
    route_spec=appmesh.RouteSpec.grpc(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node4, weight=20)],
        match=appmesh.GrpcRouteMatch(
            service_name="test-service",
            method_name="test-method",
            metadata=[appmesh.HeaderMatch.value_is("Content-Type", "application/json")],
        ),
    ),
)

gateway = mesh.add_virtual_gateway(
    "gateway1", access_log=appmesh.AccessLog.from_file_path("/dev/stdout"), virtual_gateway_name="gateway1"
)
appmesh.VirtualGateway(
    stack,
    "gateway2",
    mesh=mesh,
    listeners=[
        appmesh.VirtualGatewayListener.http(
            port=443,
            health_check=appmesh.HealthCheck.http(interval=Duration.seconds(10)),
            tls=appmesh.ListenerTlsOptions(
                mode=appmesh.TlsMode.STRICT,
                certificate=appmesh.TlsCertificate.file("path/to/certChain", "path/to/privateKey"),
            ),
        )
    ],
)
appmesh.VirtualGateway(
    stack,
    "gateway3",
    mesh=mesh,
    listeners=[
        appmesh.VirtualGatewayListener.http(
            port=443,
            health_check=appmesh.HealthCheck.http(interval=Duration.seconds(10)),
            tls=appmesh.ListenerTlsOptions(
                mode=appmesh.TlsMode.STRICT,
                certificate=appmesh.TlsCertificate.sds("secret_certificate"),
                mutual_tls_validation=appmesh.MutualTlsValidation(
                    trust=appmesh.TlsValidationTrust.file("path/to/certChain")
                ),
            ),
        )
    ],
    backend_defaults=appmesh.BackendDefaults(
        tls_client_policy=appmesh.TlsClientPolicy(
            mutual_tls_certificate=appmesh.TlsCertificate.sds("secret_validation"),
            validation=appmesh.TlsValidation(trust=appmesh.TlsValidationTrust.file("path/to/certChain")),
        )
    ),
)

gateway.add_gateway_route(
    "gateway1-route-http", route_spec=appmesh.GatewayRouteSpec.http(route_target=virtual_service)
)
gateway.add_gateway_route(
    "gateway1-route-http-2",
    route_spec=appmesh.GatewayRouteSpec.http(
        route_target=virtual_service,
        match=appmesh.HttpGatewayRouteMatch(
            path=appmesh.HttpGatewayRoutePathMatch.starts_with("/", ""),
            hostname=appmesh.GatewayRouteHostnameMatch.exactly("example.com"),
            method=appmesh.HttpRouteMethod.POST,
            headers=all_header_matches(),
            query_parameters=[appmesh.QueryParameterMatch.value_is("query-field", "value")],
            rewrite_request_hostname=True,
            port=8080,
        ),
    ),
)
gateway.add_gateway_route(
    "gateway1-route-http2", route_spec=appmesh.GatewayRouteSpec.http2(route_target=virtual_service)
)
gateway.add_gateway_route(
    "gateway1-route-http2-2",
    route_spec=appmesh.GatewayRouteSpec.http2(
        route_target=virtual_service,
        match=appmesh.HttpGatewayRouteMatch(path=appmesh.HttpGatewayRoutePathMatch.exactly("/exact", "/rewrittenpath")),
    ),
)
gateway.add_gateway_route(
    "gateway1-route-http2-3",
    route_spec=appmesh.GatewayRouteSpec.http2(
        route_target=virtual_service,
        match=appmesh.HttpGatewayRouteMatch(path=appmesh.HttpGatewayRoutePathMatch.regex("regex")),
    ),
)
gateway.add_gateway_route(
    "gateway1-route-grpc",
    route_spec=appmesh.GatewayRouteSpec.grpc(
        route_target=virtual_service,
        match=appmesh.GrpcGatewayRouteMatch(service_name=virtual_service.virtual_service_name),
    ),
)
gateway.add_gateway_route(
    "gateway1-route-grpc-2",
    route_spec=appmesh.GatewayRouteSpec.grpc(
        route_target=virtual_service,
        match=appmesh.GrpcGatewayRouteMatch(
            hostname=appmesh.GatewayRouteHostnameMatch.exactly("example.com"),
            metadata=[
                appmesh.HeaderMatch.value_is("Content-Type", "application/json"),
                appmesh.HeaderMatch.value_is_not("Content-Type", "text/html"),
                appmesh.HeaderMatch.value_starts_with("Content-Type", "application/"),
                appmesh.HeaderMatch.value_does_not_start_with("Content-Type", "text/"),
                appmesh.HeaderMatch.value_ends_with("Content-Type", "/json"),
                appmesh.HeaderMatch.value_does_not_end_with("Content-Type", "/json+foobar"),
                appmesh.HeaderMatch.value_matches_regex("Content-Type", "application/.*"),
                appmesh.HeaderMatch.value_does_not_match_regex("Content-Type", "text/.*"),
                appmesh.HeaderMatch.values_is_in_range("Max-Forward", 1, 5),
                appmesh.HeaderMatch.values_is_not_in_range("Max-Forward", 1, 5),
            ],
            rewrite_request_hostname=False,
        ),
    ),
)

app.synth()
