"""Port of aws-cdk's integ.mesh-port-match.ts: routes and gateway routes that match on the request port."""

from aws_cdk import App, Stack
from aws_cdk import aws_appmesh as appmesh
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_servicediscovery as cloudmap

app = App()
stack = Stack(app, "mesh-stack")

vpc = ec2.Vpc(stack, "vpc", restrict_default_security_group=False, nat_gateways=1)
namespace = cloudmap.PrivateDnsNamespace(stack, "test-namespace", vpc=vpc, name="domain.local")

mesh = appmesh.Mesh(stack, "mesh")
http_router = mesh.add_virtual_router("http-router", listeners=[appmesh.VirtualRouterListener.http(1233)])
grpc_router = mesh.add_virtual_router("grpc-router", listeners=[appmesh.VirtualRouterListener.grpc(1234)])

http_node = mesh.add_virtual_node(
    "http-node",
    service_discovery=appmesh.ServiceDiscovery.dns(f"node.{namespace.namespace_name}", appmesh.DnsResponseType.ENDPOINTS),
    listeners=[appmesh.VirtualNodeListener.http(port=1233)],
)
grpc_node = mesh.add_virtual_node(
    "grpc-node",
    service_discovery=appmesh.ServiceDiscovery.dns(f"node.{namespace.namespace_name}", appmesh.DnsResponseType.ENDPOINTS),
    listeners=[appmesh.VirtualNodeListener.grpc(port=1234)],
)

http_router.add_route(
    "http-route",
    route_spec=appmesh.RouteSpec.http(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=http_node)], match=appmesh.HttpRouteMatch(port=1233)
    ),
)
grpc_router.add_route(
    "grpc-route",
    route_spec=appmesh.RouteSpec.grpc(
        weighted_targets=[appmesh.WeightedTarget(virtual_node=grpc_node)], match=appmesh.GrpcRouteMatch(port=1234)
    ),
)

http_service = appmesh.VirtualService(
    stack,
    "http-service",
    virtual_service_provider=appmesh.VirtualServiceProvider.virtual_router(http_router),
    virtual_service_name="service1.domain.local",
)
grpc_service = appmesh.VirtualService(
    stack,
    "grpc-service",
    virtual_service_provider=appmesh.VirtualServiceProvider.virtual_router(grpc_router),
    virtual_service_name="service2.domain.local",
)

gateway = mesh.add_virtual_gateway(
    "gateway",
    access_log=appmesh.AccessLog.from_file_path("/dev/stdout"),
    virtual_gateway_name="gateway",
    listeners=[appmesh.VirtualGatewayListener.http(port=1233)],
)
gateway.add_gateway_route(
    "gateway-route-http",
    route_spec=appmesh.GatewayRouteSpec.http(route_target=http_service, match=appmesh.HttpGatewayRouteMatch(port=1233)),
)
gateway2 = mesh.add_virtual_gateway(
    "gateway2",
    access_log=appmesh.AccessLog.from_file_path("/dev/stdout"),
    virtual_gateway_name="gateway2",
    listeners=[appmesh.VirtualGatewayListener.grpc(port=1234)],
)
gateway2.add_gateway_route(
    "gateway2-route-grpc",
    route_spec=appmesh.GatewayRouteSpec.grpc(route_target=grpc_service, match=appmesh.GrpcGatewayRouteMatch(port=1234)),
)

app.synth()
