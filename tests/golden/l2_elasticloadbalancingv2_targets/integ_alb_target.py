"""Port of aws-cdk's aws-elasticloadbalancingv2-targets integ.alb-target.ts: an internal ALB of an
ecs_patterns.ApplicationLoadBalancedFargateService registered as the target of an internet-facing NLB listener
(AlbTarget), the target group depending on the ALB's listener."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as patterns
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "TestStack")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)

task = ecs.FargateTaskDefinition(stack, "Task", cpu=256, memory_limit_mib=512)
task.add_container(
    "nginx",
    image=ecs.ContainerImage.from_registry("public.ecr.aws/nginx/nginx:latest"),
    port_mappings=[ecs.PortMapping(container_port=80)],
)
svc = patterns.ApplicationLoadBalancedFargateService(
    stack, "Service", vpc=vpc, task_definition=task, public_load_balancer=False
)

nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc, cross_zone_enabled=True, internet_facing=True)
listener = nlb.add_listener("listener", port=80)

target = listener.add_targets(
    "Targets",
    targets=[targets.AlbTarget(svc.load_balancer, 80)],
    port=80,
    health_check=elbv2.HealthCheck(protocol=elbv2.Protocol.HTTP),
)
target.node.add_dependency(svc.listener)

cdk.CfnOutput(stack, "NlbEndpoint", value=f"http://{nlb.load_balancer_dns_name}")

app.synth()
