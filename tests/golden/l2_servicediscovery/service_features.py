"""Record types, health checks, instance kinds, imports and the *_ref/attribute members of Cloud Map constructs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_servicediscovery as sd

app = cdk.App()
stack = cdk.Stack(app, "ServiceDiscoveryFeatures")

vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-1234", availability_zones=["us-east-1a"])
private = sd.PrivateDnsNamespace(stack, "Private", name="internal.local", vpc=vpc, description="private zone")

srv = private.create_service(
    "Srv",
    dns_record_type=sd.DnsRecordType.SRV,
    custom_health_check=sd.HealthCheckCustomConfig(failure_threshold=3),
    description="srv records",
)
srv.register_ip_instance("SrvInstance", ipv4="10.0.0.1", port=8080, custom_attributes={"stage": "prod"})

aaaa = private.create_service("Aaaa", dns_record_type=sd.DnsRecordType.AAAA, dns_ttl=cdk.Duration.minutes(5))
aaaa.register_ip_instance("V6", ipv6="2001:db8::1", instance_id="explicit-id")

both = sd.Service(
    stack,
    "Both",
    namespace=private,
    dns_record_type=sd.DnsRecordType.A_AAAA,
    custom_health_check=sd.HealthCheckCustomConfig(),
)
sd.IpInstance(stack, "DualStack", service=both, ipv4="10.0.0.2", ipv6="2001:db8::2", port=443)

public = sd.PublicDnsNamespace(stack, "Public", name="example.com", description="public zone")
tcp = public.create_service(
    "Tcp",
    name="tcp",
    health_check=sd.HealthCheckConfig(type=sd.HealthCheckType.TCP, failure_threshold=4),
)
tcp.register_ip_instance("TcpInstance", ipv4="192.0.2.10")
weighted = public.create_service("Weighted", load_balancer=True, routing_policy=sd.RoutingPolicy.WEIGHTED)
alb = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
    stack,
    "ImportedAlb",
    load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my/50dc6c495c0c9188",
    security_group_id="sg-1234",
    load_balancer_dns_name="my-alb.example.com",
)
weighted.register_load_balancer("Alb", alb, {"team": "web"})
cname = public.create_service("Cname", dns_record_type=sd.DnsRecordType.CNAME)
sd.CnameInstance(stack, "Www", service=cname, instance_cname="www.example.org", custom_attributes={"k": "v"})

http = sd.HttpNamespace(stack, "Http", name="api-only", description="api namespace")
api = http.create_service("Api", name="api", custom_health_check=sd.HealthCheckCustomConfig(failure_threshold=2))
api.register_non_ip_instance("Custom", custom_attributes={"url": "https://example.com"}, instance_id="custom-1")
sd.NonIpInstance(stack, "Direct", service=api, custom_attributes={"a": "1", "b": "2"})

imported_ns = sd.HttpNamespace.from_http_namespace_attributes(
    stack, "ImportedNs", namespace_arn="arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1",
    namespace_id="ns-1", namespace_name="imported",
)
imported_private = sd.PrivateDnsNamespace.from_private_dns_namespace_attributes(
    stack, "ImportedPrivate", namespace_arn="arn:ns-2", namespace_id="ns-2", namespace_name="p.local"
)
imported_public = sd.PublicDnsNamespace.from_public_dns_namespace_attributes(
    stack, "ImportedPublic", namespace_arn="arn:ns-3", namespace_id="ns-3", namespace_name="p.com"
)
sd.Service(stack, "InImportedHttp", namespace=imported_ns)
sd.Service(stack, "InImportedPrivate", namespace=imported_private, dns_record_type=sd.DnsRecordType.CNAME)
imported_service = sd.Service.from_service_attributes(
    stack, "ImportedService", namespace=imported_public, service_name="svc", service_id="srv-1",
    service_arn="arn:srv-1", dns_record_type=sd.DnsRecordType.A, routing_policy=sd.RoutingPolicy.MULTIVALUE,
)
sd.IpInstance(stack, "OnImported", service=imported_service, ipv4="192.0.2.20")

outputs = {
    "PrivateHostedZone": private.namespace_hosted_zone_id,
    "PrivateArn": private.private_dns_namespace_arn,
    "PrivateId": private.private_dns_namespace_id,
    "PublicHostedZone": public.namespace_hosted_zone_id,
    "PublicArn": public.public_dns_namespace_arn,
    "PublicId": public.public_dns_namespace_id,
    "HttpArn": http.http_namespace_arn,
    "HttpId": http.http_namespace_id,
    "ServiceName": api.service_name,
    "ServiceArn": api.service_arn,
    "ServiceId": api.service_id,
    "RefArn": api.service_ref.service_arn,
    "Discovery": api.discovery_type.value,
    "Routing": cname.routing_policy.value + "-" + srv.routing_policy.value + "-" + weighted.routing_policy.value,
    "Record": both.dns_record_type.name,
    "ImportedDiscovery": imported_service.discovery_type.value + "/" + imported_ns.type.value,
    "NsNames": http.http_namespace_name + "," + private.private_dns_namespace_name + "," + public.public_dns_namespace_name,
}
for key, value in outputs.items():
    cdk.CfnOutput(stack, key, value=value)

app.synth()
