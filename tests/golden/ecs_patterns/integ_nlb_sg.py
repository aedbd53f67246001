"""aws-cdk integ test fargate/nlb-sg: an NLB Fargate service with its own security groups."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-lb-fargate")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
security_group_nlb = ec2.SecurityGroup(stack, "SecurityGroupNlb", vpc=vpc, allow_all_outbound=True)
security_group_nlb.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp_range(32768, 65535))
security_group_service = ec2.SecurityGroup(stack, "SecurityGroupService", vpc=vpc, allow_all_outbound=True)
security_group_service.add_ingress_rule(
    ec2.Peer.security_group_id(security_group_nlb.security_group_id), ec2.Port.all_tcp()
)

service = ecs_patterns.NetworkLoadBalancedFargateService(
    stack,
    "NLBFargateService",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.NetworkLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    security_groups=[security_group_service],
)
service.load_balancer.connections.add_security_group(security_group_nlb)

app.synth()
