"""aws-cdk integ test ec2/alb-ecs-service-ipaddress-type: a dual-stack ALB EC2 service in a dual-stack VPC."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns
from aws_cdk.aws_elasticloadbalancingv2 import IpAddressType

app = cdk.App(post_cli_context={"@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig": False})
stack = cdk.Stack(app, "aws-ecs-integ-alb-ec2-ipaddress-type")

vpc = ec2.Vpc(
    stack,
    "Vpc",
    max_azs=2,
    restrict_default_security_group=False,
    ip_protocol=ec2.IpProtocol.DUAL_STACK,
    subnet_configuration=[
        ec2.SubnetConfiguration(
            name="subnet",
            subnet_type=ec2.SubnetType.PUBLIC,
            map_public_ip_on_launch=True,
            ipv6_assign_address_on_creation=True,
        ),
    ],
)
cluster = ecs.Cluster(stack, "Ec2Cluster", vpc=vpc)
security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc, allow_all_outbound=True)
security_group.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp_range(32768, 65535))
provider = ecs.AsgCapacityProvider(
    stack,
    "CapacityProvier",
    auto_scaling_group=autoscaling.AutoScalingGroup(
        stack,
        "AutoScalingGroup",
        vpc=vpc,
        instance_type=ec2.InstanceType("t3.micro"),
        machine_image=ecs.EcsOptimizedImage.amazon_linux2(),
        security_group=security_group,
    ),
    capacity_provider_name="test-capacity-provider",
)
cluster.add_asg_capacity_provider(provider)

service = ecs_patterns.ApplicationLoadBalancedEc2Service(
    stack,
    "AlbEc2ServiceWithIpAddressType",
    cluster=cluster,
    memory_limit_mib=512,
    cpu=256,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    capacity_provider_strategies=[
        ecs.CapacityProviderStrategy(capacity_provider=provider.capacity_provider_name, base=1, weight=1),
    ],
    ip_address_type=IpAddressType.DUAL_STACK,
)
service.load_balancer.connections.add_security_group(security_group)

app.synth()
