"""Meshes, virtual nodes (listeners, health checks, TLS, outlier detection, pools, access logs), routers, routes of
every protocol, services, backends, imports and grants."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_appmesh as appmesh
from aws_cdk.aws_iam import AccountRootPrincipal, Role

app = App()
stack = Stack(app, "appmesh-nodes-routes")

mesh = appmesh.Mesh(
    stack,
    "Mesh",
    egress_filter=appmesh.MeshFilterType.ALLOW_ALL,
    service_discovery=appmesh.MeshServiceDiscovery(ip_preference=appmesh.IpPreference.IPV4_ONLY),
)
plain = appmesh.Mesh(stack, "Plain", mesh_name="plain-mesh")

router = mesh.add_virtual_router(
    "Router", listeners=[appmesh.VirtualRouterListener.http(8080), appmesh.VirtualRouterListener.grpc(9090)]
)
default_router = appmesh.VirtualRouter(stack, "DefaultRouter", mesh=plain)

node = mesh.add_virtual_node(
    "Node",
    service_discovery=appmesh.ServiceDiscovery.dns(
        "node.local", appmesh.DnsResponseType.ENDPOINTS, appmesh.IpPreference.IPV6_PREFERRED
    ),
    listeners=[
        appmesh.VirtualNodeListener.http(
            port=8080,
            health_check=appmesh.HealthCheck.http(healthy_threshold=3, path="/ping", interval=Duration.seconds(6)),
            timeout=appmesh.HttpTimeout(idle=Duration.seconds(10), per_request=Duration.seconds(5)),
            connection_pool=appmesh.HttpConnectionPool(max_connections=100, max_pending_requests=10),
            outlier_detection=appmesh.OutlierDetection(
                base_ejection_duration=Duration.seconds(10),
                interval=Duration.seconds(30),
                max_ejection_percent=50,
                max_server_errors=5,
            ),
            tls=appmesh.ListenerTlsOptions(
                mode=appmesh.TlsMode.STRICT,
                certificate=appmesh.TlsCertificate.file("/cert.pem", "/key.pem"),
                mutual_tls_validation=appmesh.MutualTlsValidation(
                    trust=appmesh.TlsValidationTrust.file("/ca.pem"),
                    subject_alternative_names=appmesh.SubjectAlternativeNames.matching_exactly("a.local", "b.local"),
                ),
            ),
        )
    ],
    access_log=appmesh.AccessLog.from_file_path("/dev/stdout", appmesh.LoggingFormat.from_text("%START_TIME%")),
    backend_defaults=appmesh.BackendDefaults(
        tls_client_policy=appmesh.TlsClientPolicy(
            validation=appmesh.TlsValidation(trust=appmesh.TlsValidationTrust.sds("ca-secret")),
            enforce=True,
            ports=[8080],
            mutual_tls_certificate=appmesh.TlsCertificate.sds("client-secret"),
        )
    ),
)
node2 = appmesh.VirtualNode(
    stack,
    "Node2",
    mesh=mesh,
    virtual_node_name="node2",
    service_discovery=appmesh.ServiceDiscovery.dns("node2.local"),
    listeners=[
        appmesh.VirtualNodeListener.grpc(
            port=9090,
            health_check=appmesh.HealthCheck.grpc(),
            timeout=appmesh.GrpcTimeout(per_request=Duration.seconds(3)),
            connection_pool=appmesh.GrpcConnectionPool(max_requests=20),
        ),
        appmesh.VirtualNodeListener.tcp(
            port=7070,
            health_check=appmesh.HealthCheck.tcp(unhealthy_threshold=5, timeout=Duration.seconds(3)),
            timeout=appmesh.TcpTimeout(idle=Duration.minutes(1)),
            connection_pool=appmesh.TcpConnectionPool(max_connections=5),
        ),
        appmesh.VirtualNodeListener.http2(
            port=6060,
            health_check=appmesh.HealthCheck.http2(),
            connection_pool=appmesh.Http2ConnectionPool(max_requests=7),
        ),
    ],
    access_log=appmesh.AccessLog.from_file_path(
        "/dev/stdout", appmesh.LoggingFormat.from_json({"status": "%RESPONSE_CODE%", "path": "%REQ(:PATH)%"})
    ),
)

service = appmesh.VirtualService(
    stack,
    "Service",
    virtual_service_provider=appmesh.VirtualServiceProvider.virtual_router(router),
    virtual_service_name="service.local",
)
node_service = appmesh.VirtualService(
    stack, "NodeService", virtual_service_provider=appmesh.VirtualServiceProvider.virtual_node(node2)
)
appmesh.VirtualService(stack, "Placeholder", virtual_service_provider=appmesh.VirtualServiceProvider.none(plain))
node.add_backend(appmesh.Backend.virtual_service(service))
node.add_backend(
    appmesh.Backend.virtual_service(
        node_service,
        tls_client_policy=appmesh.TlsClientPolicy(
            validation=appmesh.TlsValidation(
                trust=appmesh.TlsValidationTrust.file("/ca.pem"),
                subject_alternative_names=appmesh.SubjectAlternativeNames.matching_exactly("svc.local"),
            )
        ),
    )
)

router.add_route(
    "http",
    route_spec=appmesh.RouteSpec.http(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node, weight=3), appmesh.WeightedTarget(virtual_node=node2)],
        match=appmesh.HttpRouteMatch(
            path=appmesh.HttpRoutePathMatch.exactly("/exact"),
            method=appmesh.HttpRouteMethod.POST,
            headers=[
                appmesh.HeaderMatch.value_is("Content-Type", "application/json"),
                appmesh.HeaderMatch.value_does_not_start_with("x-a", "b"),
                appmesh.HeaderMatch.values_is_in_range("x-n", 1, 5),
                appmesh.HeaderMatch.value_matches_regex("x-r", ".*"),
            ],
            query_parameters=[appmesh.QueryParameterMatch.value_is("q", "1")],
            port=8080,
        ),
        retry_policy=appmesh.HttpRetryPolicy(
            retry_attempts=3,
            retry_timeout=Duration.seconds(2),
            http_retry_events=[appmesh.HttpRetryEvent.SERVER_ERROR],
            tcp_retry_events=[appmesh.TcpRetryEvent.CONNECTION_ERROR],
        ),
        timeout=appmesh.HttpTimeout(idle=Duration.seconds(7)),
        priority=1,
    ),
)
router.add_route(
    "http2",
    route_spec=appmesh.RouteSpec.http2(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node, port=8080)],
        match=appmesh.HttpRouteMatch(
            path=appmesh.HttpRoutePathMatch.regex("/r.*"), protocol=appmesh.HttpRouteProtocol.HTTPS
        ),
    ),
)
router.add_route(
    "grpc",
    route_spec=appmesh.RouteSpec.grpc(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node2)],
        match=appmesh.GrpcRouteMatch(
            service_name="my.Service",
            method_name="Get",
            metadata=[appmesh.HeaderMatch.value_ends_with("k", "v")],
        ),
        retry_policy=appmesh.GrpcRetryPolicy(
            retry_attempts=2,
            retry_timeout=Duration.seconds(1),
            grpc_retry_events=[appmesh.GrpcRetryEvent.DEADLINE_EXCEEDED],
        ),
        timeout=appmesh.GrpcTimeout(idle=Duration.seconds(4), per_request=Duration.seconds(2)),
    ),
)
appmesh.Route(
    stack,
    "TcpRoute",
    mesh=plain,
    virtual_router=default_router,
    route_spec=appmesh.RouteSpec.tcp(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=node2)], timeout=appmesh.TcpTimeout(idle=Duration.seconds(9))
    ),
)

imported_mesh = appmesh.Mesh.from_mesh_name(stack, "ImportedMesh", "other-mesh")
imported_node = appmesh.VirtualNode.from_virtual_node_attributes(
    stack, "ImportedNode", mesh=imported_mesh, virtual_node_name="other-node"
)
arn_node = appmesh.VirtualNode.from_virtual_node_arn(
    stack, "ArnNode", "arn:aws:appmesh:us-east-1:123456789012:mesh/m/virtualNode/n"
)
role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
node.grant_stream_aggregated_resources(role)
imported_node.grant_stream_aggregated_resources(role)
arn_node.grant_stream_aggregated_resources(role)
appmesh.Route(
    stack,
    "ImportedRoute",
    mesh=imported_mesh,
    virtual_router=appmesh.VirtualRouter.from_virtual_router_attributes(
        stack, "ImportedRouter", mesh=imported_mesh, virtual_router_name="other-router"
    ),
    route_spec=appmesh.RouteSpec.http(weighted_targets=[appmesh.WeightedTarget(virtual_node=imported_node)]),
)

app.synth()
