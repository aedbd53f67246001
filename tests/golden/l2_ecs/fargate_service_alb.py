"""A Fargate service behind an ALB with a circuit breaker and CPU target tracking."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "FargateServiceAlb")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
task = ecs.FargateTaskDefinition(stack, "Task")
task.add_container("web", image=ecs.ContainerImage.from_registry("nginx"),
                   port_mappings=[ecs.PortMapping(container_port=80)])
service = ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task, desired_count=2,
                             circuit_breaker=ecs.DeploymentCircuitBreaker(rollback=True), min_healthy_percent=100)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("Listener", port=80)
listener.add_targets("Targets", port=80, targets=[service])
scaling = service.auto_scale_task_count(max_capacity=4)
scaling.scale_on_cpu_utilization("Cpu", target_utilization_percent=50)
app.synth()
