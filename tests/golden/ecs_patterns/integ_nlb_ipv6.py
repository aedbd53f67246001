"""aws-cdk integ test fargate/nlb-ipv6: a dual-stack NLB Fargate service with security groups."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "NlbIpv6Stack")

vpc = ec2.Vpc(
    stack, "Vpc", max_azs=2, restrict_default_security_group=False, ip_protocol=ec2.IpProtocol.DUAL_STACK
)

cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)

security_group_nlb = ec2.SecurityGroup(stack, "SecurityGroupNlb", vpc=vpc, allow_all_outbound=True)
security_group_service = ec2.SecurityGroup(stack, "SecurityGroupService", vpc=vpc, allow_all_outbound=True)
security_group_service.add_ingress_rule(
    ec2.Peer.security_group_id(security_group_nlb.security_group_id), ec2.Port.tcp(80)
)

service = ecs_patterns.NetworkLoadBalancedFargateService(
    stack,
    "NlbFargateService",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.NetworkLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    ip_address_type=elbv2.IpAddressType.DUAL_STACK,
    security_groups=[security_group_service],
)
service.load_balancer.connections.add_security_group(security_group_nlb)
service.load_balancer.connections.allow_from_any_ipv4(ec2.Port.tcp(80))

app.synth()
