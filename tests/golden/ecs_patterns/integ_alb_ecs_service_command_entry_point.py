"""aws-cdk integ test ec2/alb-ecs-service-command-entry-point: an ALB EC2 service with command and entry point."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": True,
        "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
        "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    }
)
stack = cdk.Stack(app, "aws-ecs-integ-alb-ec2-cmd-entrypoint")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
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
        instance_type=ec2.InstanceType("t2.micro"),
        machine_image=ecs.EcsOptimizedImage.amazon_linux2(),
        security_group=security_group,
    ),
    capacity_provider_name="test-capacity-provider",
)
cluster.add_asg_capacity_provider(provider)

service = ecs_patterns.ApplicationLoadBalancedEc2Service(
    stack,
    "ALBECSServiceWithCommandEntryPoint",
    cluster=cluster,
    memory_limit_mib=512,
    cpu=256,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("public.ecr.aws/docker/library/httpd:2.4"),
        command=[
            "/bin/sh -c \"echo '<html><h1>Amazon ECS Sample App</h1></html>' >  "
            "/usr/local/apache2/htdocs/index.html && httpd-foreground\""
        ],
        entry_point=["sh", "-c"],
    ),
    capacity_provider_strategies=[
        ecs.CapacityProviderStrategy(capacity_provider=provider.capacity_provider_name, base=1, weight=1),
    ],
)
service.load_balancer.connections.add_security_group(security_group)

app.synth()
