"""NetworkLoadBalanced, QueueProcessing and Scheduled pattern options: DNS records, private load balancers, an
existing queue with custom scaling, queue settings, secrets, existing task definitions and rule settings."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as p
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "NlbQueueScheduledFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc, cluster_name="patterns")
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
zone = route53.HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z123", zone_name="example.com")
image = ecs.ContainerImage.from_registry("nginx")
secret = secretsmanager.Secret.from_secret_name_v2(stack, "Secret", "app/secret")

nlb = p.NetworkLoadBalancedFargateService(
    stack,
    "Nlb",
    cluster=cluster,
    domain_name="nlb.example.com",
    domain_zone=zone,
    record_type=p.NetworkLoadBalancedServiceRecordType.CNAME,
    public_load_balancer=False,
    listener_port=8080,
    desired_count=2,
    assign_public_ip=False,
    service_name="nlb-service",
    task_image_options=p.NetworkLoadBalancedTaskImageOptions(
        image=image,
        container_port=8080,
        container_name="server",
        secrets={"TOKEN": ecs.Secret.from_secrets_manager(secret)},
        environment={"MODE": "tcp"},
        family="nlb-family",
    ),
)
p.NetworkLoadBalancedFargateService(
    stack,
    "NlbAlias",
    cluster=cluster,
    domain_name="alias.example.com",
    domain_zone=zone,
    task_image_options=p.NetworkLoadBalancedTaskImageOptions(image=image, enable_logging=False),
)
p.NetworkLoadBalancedEc2Service(
    stack,
    "NlbEc2",
    cluster=cluster,
    memory_reservation_mib=256,
    domain_name="ec2.example.com",
    domain_zone=zone,
    record_type=p.NetworkLoadBalancedServiceRecordType.NONE,
    task_image_options=p.NetworkLoadBalancedTaskImageOptions(image=image, docker_labels={"kind": "ec2"}),
)

queue = sqs.Queue(stack, "Jobs", visibility_timeout=cdk.Duration.minutes(5))
worker = p.QueueProcessingFargateService(
    stack,
    "Worker",
    cluster=cluster,
    image=image,
    queue=queue,
    command=["python", "worker.py"],
    container_name="worker",
    family="worker-family",
    environment={"LEVEL": "debug"},
    secrets={"TOKEN": ecs.Secret.from_secrets_manager(secret)},
    max_scaling_capacity=10,
    min_scaling_capacity=2,
    scaling_steps=[
        appscaling.ScalingInterval(upper=0, change=-2),
        appscaling.ScalingInterval(lower=50, change=+2),
    ],
    cpu=512,
    memory_limit_mib=1024,
    enable_logging=False,
    service_name="worker",
)
p.QueueProcessingFargateService(
    stack,
    "Settings",
    cluster=cluster,
    image=image,
    retention_period=cdk.Duration.days(7),
    visibility_timeout=cdk.Duration.seconds(120),
    max_receive_count=5,
    platform_version=ecs.FargatePlatformVersion.LATEST,
)
p.QueueProcessingEc2Service(
    stack,
    "Ec2Worker",
    cluster=cluster,
    image=image,
    memory_limit_mib=512,
    gpu_count=0,
    cpu=256,
    placement_strategies=[ecs.PlacementStrategy.packed_by_cpu()],
    log_driver=ecs.LogDrivers.aws_logs(stream_prefix="worker"),
)

definition = ecs.FargateTaskDefinition(stack, "NightlyDef", cpu=512, memory_limit_mib=1024)
definition.add_container("job", image=image, logging=ecs.LogDrivers.aws_logs(stream_prefix="nightly"))
sg = ec2.SecurityGroup(stack, "TaskSg", vpc=vpc)
p.ScheduledFargateTask(
    stack,
    "Nightly",
    cluster=cluster,
    schedule=appscaling.Schedule.cron(hour="3", minute="0"),
    scheduled_fargate_task_definition_options=p.ScheduledFargateTaskDefinitionOptions(task_definition=definition),
    rule_name="nightly-job",
    enabled=False,
    security_groups=[sg],
    subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    platform_version=ecs.FargatePlatformVersion.VERSION1_4,
)
ec2_definition = ecs.Ec2TaskDefinition(stack, "HourlyDef")
ec2_definition.add_container("job", image=image, memory_limit_mib=256)
p.ScheduledEc2Task(
    stack,
    "Hourly",
    cluster=cluster,
    schedule=appscaling.Schedule.rate(cdk.Duration.hours(1)),
    scheduled_ec2_task_definition_options=p.ScheduledEc2TaskDefinitionOptions(task_definition=ec2_definition),
)

cdk.CfnOutput(stack, "NlbTargetGroup", value=nlb.target_group.target_group_arn)
cdk.CfnOutput(stack, "WorkerQueue", value=worker.sqs_queue.queue_url)
cdk.CfnOutput(stack, "WorkerMax", value=str(worker.max_capacity))

app.synth()
