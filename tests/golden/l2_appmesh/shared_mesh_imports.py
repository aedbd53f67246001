"""A mesh shared from another account (mesh owner), Cloud Map service discovery, ACM certificates and trusts,
gateways with every listener protocol and pool, gateway route options, imports by ARN and attributes, grants."""

from aws_cdk import App, Duration, Environment, Stack
from aws_cdk import aws_acmpca as acmpca
from aws_cdk import aws_appmesh as appmesh
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_servicediscovery as cloudmap
from aws_cdk.aws_iam import AccountRootPrincipal, PolicyStatement, Role

app = App()
stack = Stack(app, "appmesh-shared", env=Environment(account="111111111111", region="us-east-1"))

shared = appmesh.Mesh.from_mesh_arn(stack, "Shared", "arn:aws:appmesh:us-east-1:222222222222:mesh/shared-mesh")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
namespace = cloudmap.PrivateDnsNamespace(stack, "Namespace", vpc=vpc, name="ns.local")
service = namespace.create_service("Svc")

certificate = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:111111111111:certificate/abc"
)
authority = acmpca.CertificateAuthority.from_certificate_authority_arn(
    stack, "CA", "arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/xyz"
)

node = appmesh.VirtualNode(
    stack,
    "Node",
    mesh=shared,
    service_discovery=appmesh.ServiceDiscovery.cloud_map(service, {"stage": "prod"}, appmesh.IpPreference.IPV6_ONLY),
    listeners=[
        appmesh.VirtualNodeListener.http(
            tls=appmesh.ListenerTlsOptions(mode=appmesh.TlsMode.PERMISSIVE, certificate=appmesh.TlsCertificate.acm(certificate))
        )
    ],
    backend_defaults=appmesh.BackendDefaults(
        tls_client_policy=appmesh.TlsClientPolicy(
            validation=appmesh.TlsValidation(trust=appmesh.TlsValidationTrust.acm([authority]))
        )
    ),
)
cloudmap_node = appmesh.VirtualNode(
    stack, "CloudMapNode", mesh=shared, service_discovery=appmesh.ServiceDiscovery.cloud_map(service)
)
router = appmesh.VirtualRouter(stack, "Router", mesh=shared, listeners=[appmesh.VirtualRouterListener.http2(8081)])
appmesh.Route(
    stack,
    "Route",
    mesh=shared,
    virtual_router=router,
    route_name="named-route",
    route_spec=appmesh.RouteSpec.http(weighted_targets=[appmesh.WeightedTarget(virtual_node=cloudmap_node)]),
)
svc = appmesh.VirtualService(stack, "Service", virtual_service_provider=appmesh.VirtualServiceProvider.virtual_node(node))

gateway = appmesh.VirtualGateway(
    stack,
    "Gateway",
    mesh=shared,
    listeners=[
        appmesh.VirtualGatewayListener.http(
            connection_pool=appmesh.HttpConnectionPool(max_connections=10, max_pending_requests=20),
            health_check=appmesh.HealthCheck.http(path="/health"),
        ),
        appmesh.VirtualGatewayListener.http2(
            port=8082, connection_pool=appmesh.Http2ConnectionPool(max_requests=30), health_check=appmesh.HealthCheck.http2()
        ),
        appmesh.VirtualGatewayListener.grpc(
            port=8083,
            connection_pool=appmesh.GrpcConnectionPool(max_requests=40),
            health_check=appmesh.HealthCheck.grpc(interval=Duration.seconds(30)),
        ),
    ],
    access_log=appmesh.AccessLog.from_file_path("/dev/stdout", appmesh.LoggingFormat.from_json({"a": "%b%"})),
)
appmesh.VirtualGateway(stack, "PlainGateway", mesh=shared, virtual_gateway_name="plain-gateway")
route_gateway = appmesh.VirtualGateway(
    stack, "RouteGateway", mesh=shared, listeners=[appmesh.VirtualGatewayListener.grpc(port=9000)]
)
route_gateway.add_gateway_route(
    "Http",
    gateway_route_name="http-route",
    route_spec=appmesh.GatewayRouteSpec.http(
        route_target=svc,
        priority=5,
        match=appmesh.HttpGatewayRouteMatch(
            path=appmesh.HttpGatewayRoutePathMatch.starts_with("/api/", "/v2/"),
            hostname=appmesh.GatewayRouteHostnameMatch.ends_with(".example.com"),
            rewrite_request_hostname=False,
        ),
    ),
)
route_gateway.add_gateway_route(
    "Grpc",
    route_spec=appmesh.GatewayRouteSpec.grpc(
        route_target=svc,
        priority=1,
        match=appmesh.GrpcGatewayRouteMatch(service_name="my.Svc", rewrite_request_hostname=True),
    ),
)
appmesh.GatewayRoute(
    stack,
    "Direct",
    virtual_gateway=route_gateway,
    route_spec=appmesh.GatewayRouteSpec.http2(route_target=svc),
)

imported_gateway = appmesh.VirtualGateway.from_virtual_gateway_arn(
    stack, "ImportedGateway", "arn:aws:appmesh:us-east-1:222222222222:mesh/shared-mesh/virtualGateway/gw"
)
attr_gateway = appmesh.VirtualGateway.from_virtual_gateway_attributes(
    stack, "AttrGateway", mesh=shared, virtual_gateway_name="gw2"
)
imported_route = appmesh.GatewayRoute.from_gateway_route_arn(
    stack,
    "ImportedGatewayRoute",
    "arn:aws:appmesh:us-east-1:222222222222:mesh/shared-mesh/virtualGateway/gw/gatewayRoute/r",
)
attr_route = appmesh.GatewayRoute.from_gateway_route_attributes(
    stack, "AttrGatewayRoute", gateway_route_name="r2", virtual_gateway=attr_gateway
)
imported_service = appmesh.VirtualService.from_virtual_service_arn(
    stack, "ImportedService", "arn:aws:appmesh:us-east-1:222222222222:mesh/shared-mesh/virtualService/s.local"
)
attr_service = appmesh.VirtualService.from_virtual_service_attributes(
    stack, "AttrService", mesh=shared, virtual_service_name="t.local"
)
imported_router = appmesh.VirtualRouter.from_virtual_router_arn(
    stack, "ImportedRouter", "arn:aws:appmesh:us-east-1:222222222222:mesh/shared-mesh/virtualRouter/rt"
)
imported_r = appmesh.Route.from_route_arn(
    stack, "ImportedRoute", "arn:aws:appmesh:us-east-1:222222222222:mesh/shared-mesh/virtualRouter/rt/route/x"
)
attr_r = appmesh.Route.from_route_attributes(stack, "AttrRoute", route_name="y", virtual_router=imported_router)
named_mesh = appmesh.Mesh.from_mesh_name(stack, "NamedMesh", "named")
node.add_backend(appmesh.Backend.virtual_service(imported_service))
node.add_backend(appmesh.Backend.virtual_service(attr_service))

role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
gateway.grant_stream_aggregated_resources(role)
imported_gateway.grant_stream_aggregated_resources(role)
gateway.grants.actions(role, ["appmesh:DescribeVirtualGateway"], resource_arns=[attr_gateway.virtual_gateway_arn])
node.grants.actions(role, ["appmesh:DescribeVirtualNode"])
role.add_to_policy(
    PolicyStatement(
        actions=["appmesh:Describe*"],
        resources=[
            imported_route.gateway_route_arn,
            imported_route.virtual_gateway.virtual_gateway_arn,
            attr_route.gateway_route_arn,
            imported_r.route_arn,
            imported_r.virtual_router.virtual_router_arn,
            attr_r.route_arn,
            imported_router.mesh.mesh_arn,
            named_mesh.mesh_arn,
            svc.virtual_service_arn,
        ],
    )
)

app.synth()
