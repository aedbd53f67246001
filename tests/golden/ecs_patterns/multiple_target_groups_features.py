"""Multiple-target-groups patterns: default load balancer and listener, host and path rules, target protocols,
certificates made from a domain, listener ports, extra containers' ports, and the EC2 kinds."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as p
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "MultipleTargetGroupsFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
cluster.add_asg_capacity_provider(
    ecs.AsgCapacityProvider(
        stack,
        "Provider",
        auto_scaling_group=autoscaling.AutoScalingGroup(
            stack,
            "Asg",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.small"),
            machine_image=ecs.EcsOptimizedImage.amazon_linux2(),
        ),
    )
)
zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
image = ecs.ContainerImage.from_registry("nginx")

p.ApplicationMultipleTargetGroupsFargateService(
    stack,
    "Default",
    cluster=cluster,
    desired_count=2,
    task_image_options=p.ApplicationLoadBalancedTaskImageProps(image=image, container_ports=[8080, 9090]),
)

routed = p.ApplicationMultipleTargetGroupsFargateService(
    stack,
    "Routed",
    cluster=cluster,
    cpu=512,
    memory_limit_mib=1024,
    service_name="routed",
    health_check_grace_period=cdk.Duration.seconds(60),
    task_image_options=p.ApplicationLoadBalancedTaskImageProps(
        image=image, container_name="api", environment={"A": "1"}, enable_logging=False
    ),
    load_balancers=[
        p.ApplicationLoadBalancerProps(
            name="public",
            domain_name="api.example.com",
            domain_zone=zone,
            listeners=[
                p.ApplicationListenerProps(name="https", protocol=elbv2.ApplicationProtocol.HTTPS, port=443),
                p.ApplicationListenerProps(name="http", port=8000),
            ],
        ),
        p.ApplicationLoadBalancerProps(
            name="internal", public_load_balancer=False, listeners=[p.ApplicationListenerProps(name="inner")]
        ),
    ],
    target_groups=[
        p.ApplicationTargetProps(container_port=80, listener="https"),
        p.ApplicationTargetProps(container_port=81, listener="https", host_header="a.example.com", priority=5),
        p.ApplicationTargetProps(container_port=82, listener="http", path_pattern="/v2/*", priority=6,
                                 protocol=ecs.Protocol.TCP),
        p.ApplicationTargetProps(container_port=83, listener="inner"),
        p.ApplicationTargetProps(container_port=84, listener="http"),
    ],
)

p.NetworkMultipleTargetGroupsFargateService(
    stack,
    "NlbDefault",
    cluster=cluster,
    task_image_options=p.NetworkLoadBalancedTaskImageProps(image=image, container_ports=[7000]),
)
p.NetworkMultipleTargetGroupsFargateService(
    stack,
    "NlbRouted",
    cluster=cluster,
    task_image_options=p.NetworkLoadBalancedTaskImageProps(image=image),
    load_balancers=[
        p.NetworkLoadBalancerProps(
            name="edge",
            domain_name="edge.example.com",
            domain_zone=zone,
            listeners=[p.NetworkListenerProps(name="tcp", port=7000), p.NetworkListenerProps(name="tcp2")],
        ),
    ],
    target_groups=[
        p.NetworkTargetProps(container_port=7000, listener="tcp"),
        p.NetworkTargetProps(container_port=7001, listener="tcp2"),
    ],
)

p.ApplicationMultipleTargetGroupsEc2Service(
    stack,
    "Ec2Alb",
    cluster=cluster,
    memory_limit_mib=256,
    placement_constraints=[ecs.PlacementConstraint.distinct_instances()],
    task_image_options=p.ApplicationLoadBalancedTaskImageProps(image=image, container_ports=[80]),
    target_groups=[p.ApplicationTargetProps(container_port=80), p.ApplicationTargetProps(
        container_port=90, path_pattern="/b", priority=3
    )],
)
p.NetworkMultipleTargetGroupsEc2Service(
    stack,
    "Ec2Nlb",
    cluster=cluster,
    memory_reservation_mib=128,
    task_image_options=p.NetworkLoadBalancedTaskImageProps(image=image),
)

cdk.CfnOutput(stack, "RoutedGroups", value=str(len(routed.target_groups)))
cdk.CfnOutput(stack, "RoutedListener", value=routed.listener.listener_arn)

app.synth()
