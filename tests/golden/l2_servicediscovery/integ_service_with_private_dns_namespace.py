"""aws-cdk integ test service-with-private-dns-namespace: a load balancer and a non-IP instance in a private namespace."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "aws-servicediscovery-integ")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2)

namespace = servicediscovery.PrivateDnsNamespace(stack, "Namespace", name="boobar.com", vpc=vpc)

service = namespace.create_service(
    "Service",
    dns_record_type=servicediscovery.DnsRecordType.A_AAAA,
    dns_ttl=cdk.Duration.seconds(30),
    load_balancer=True,
)

loadbalancer = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)

service.register_load_balancer("Loadbalancer", loadbalancer)

arn_service = namespace.create_service("ArnService", discovery_type=servicediscovery.DiscoveryType.API)

arn_service.register_non_ip_instance("NonIpInstance", custom_attributes={"arn": "arn://"})

app.synth()
