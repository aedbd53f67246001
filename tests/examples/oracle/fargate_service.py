"""examples/fargate_service written out with aws-cdk-lib's L2 classes: same ids and props."""

from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as cloudwatch_actions
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns
from aws_cdk import aws_sns as sns

IMAGE_DIR = Path(__file__).resolve().parents[3] / "examples" / "fargate_service" / "image"
NGINX_PAGE = "<h1>served by the fleet</h1>\n"

app = cdk.App(context={"@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig": True})
stack = cdk.Stack(
    app,
    "FargateService",
    description="A load-balanced Fargate service and a cfn-init web fleet (pycdk example)",
)
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)

service = ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "Service",
    cluster=cluster,
    cpu=256,
    memory_limit_mib=512,
    desired_count=2,
    public_load_balancer=True,
    circuit_breaker=ecs.DeploymentCircuitBreaker(rollback=True),
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_asset(str(IMAGE_DIR)),
        container_port=8080,
        environment={"GREETING": "hello from Fargate"},
    ),
)
service.target_group.configure_health_check(path="/health", healthy_http_codes="200")
scaling = service.service.auto_scale_task_count(min_capacity=2, max_capacity=6)
scaling.scale_on_cpu_utilization("CpuScaling", target_utilization_percent=60)

alarm_topic = sns.Topic(stack, "AlarmTopic", display_name="Fargate service alarms")
notify = cloudwatch_actions.SnsAction(alarm_topic)
cpu_alarm = service.service.metric_cpu_utilization(period=cdk.Duration.minutes(1)).create_alarm(
    stack,
    "CpuAlarm",
    threshold=80,
    evaluation_periods=3,
    alarm_description="The service's average CPU is above 80%",
)
unhealthy_alarm = service.target_group.metrics.unhealthy_host_count(
    period=cdk.Duration.minutes(1)
).create_alarm(
    stack,
    "UnhealthyTargetsAlarm",
    threshold=1,
    evaluation_periods=2,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
    alarm_description="A target of the load balancer is unhealthy",
)
for alarm in (cpu_alarm, unhealthy_alarm):
    alarm.add_alarm_action(notify)
    alarm.add_ok_action(notify)

fleet = autoscaling.AutoScalingGroup(
    stack,
    "Fleet",
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machine_image=ec2.MachineImage.latest_amazon_linux2023(),
    min_capacity=2,
    max_capacity=4,
    init=ec2.CloudFormationInit.from_elements(
        ec2.InitPackage.yum("nginx"),
        ec2.InitFile.from_string("/usr/share/nginx/html/index.html", NGINX_PAGE),
        ec2.InitCommand.shell_command("nginx -t", key="10-check-config"),
        ec2.InitService.enable("nginx"),
    ),
    signals=autoscaling.Signals.wait_for_all(timeout=cdk.Duration.minutes(10)),
    update_policy=autoscaling.UpdatePolicy.rolling_update(max_batch_size=1, min_instances_in_service=1),
)
fleet.connections.allow_from(service.load_balancer, ec2.Port.tcp(80), "HTTP from the ALB")

cdk.CfnOutput(stack, "AlarmTopicArn", value=alarm_topic.topic_arn)
cdk.CfnOutput(stack, "FleetName", value=fleet.auto_scaling_group_name)
app.synth()
