"""A load-balanced Fargate service in a VPC, and an EC2 web fleet configured with cfn-init.

- ``Vpc``: two AZs, public and private subnets, one NAT gateway.
- ``Service``: ``ApplicationLoadBalancedFargateService`` running the image built from ``image/`` (an ECR asset:
  ``cdk deploy`` builds and pushes it; ``pycdk synth`` records it without needing Docker), two tasks behind a
  public ALB with a ``/health`` check, CPU-based auto scaling and a deployment circuit breaker.
- Alarms on the service's CPU and on unhealthy targets, both notifying an SNS topic.
- ``Fleet``: an Auto Scaling group of Amazon Linux 2023 instances that cfn-init configures (a package, a file,
  a command and a service); CloudFormation waits for every instance's signal, and replaces instances in
  rolling batches on update.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import CfnOutput, Construct, Duration, Stack
from l2 import autoscaling, cloudwatch, cloudwatch_actions, ec2, ecs, sns
from patterns import ecs_patterns

IMAGE_DIR = Path(__file__).resolve().parent / "image"
"""The container image's build context: ``image/Dockerfile``."""

NGINX_PAGE = "<h1>served by the fleet</h1>\n"
"""The page cfn-init writes to the fleet's web root."""

CONTEXT = {"@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig": True}
"""The app's context: the fleet gets a launch template (new AWS accounts cannot create launch configurations)."""


class FargateServiceStack(Stack):
    """The service, its alarms and the cfn-init fleet.

    Attributes:
        vpc: the network.
        service: the ``ApplicationLoadBalancedFargateService`` pattern.
        alarm_topic: where the alarms send notifications.
        cpu_alarm: the service's average CPU above 80% for 3 minutes.
        unhealthy_alarm: any unhealthy target for 2 minutes.
        fleet: the cfn-init configured Auto Scaling group.
    """

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1)
        cluster = ecs.Cluster(self, "Cluster", vpc=self.vpc)

        self.service = ecs_patterns.ApplicationLoadBalancedFargateService(
            self,
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
        self.service.target_group.configure_health_check(path="/health", healthy_http_codes="200")
        scaling = self.service.service.auto_scale_task_count(min_capacity=2, max_capacity=6)
        scaling.scale_on_cpu_utilization("CpuScaling", target_utilization_percent=60)

        self.alarm_topic = sns.Topic(self, "AlarmTopic", display_name="Fargate service alarms")
        notify = cloudwatch_actions.SnsAction(self.alarm_topic)
        self.cpu_alarm = self.service.service.metric_cpu_utilization(period=Duration.minutes(1)).create_alarm(
            self,
            "CpuAlarm",
            threshold=80,
            evaluation_periods=3,
            alarm_description="The service's average CPU is above 80%",
        )
        self.unhealthy_alarm = self.service.target_group.metrics.unhealthy_host_count(
            period=Duration.minutes(1)
        ).create_alarm(
            self,
            "UnhealthyTargetsAlarm",
            threshold=1,
            evaluation_periods=2,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
            alarm_description="A target of the load balancer is unhealthy",
        )
        for alarm in (self.cpu_alarm, self.unhealthy_alarm):
            alarm.add_alarm_action(notify)
            alarm.add_ok_action(notify)

        self.fleet = autoscaling.AutoScalingGroup(
            self,
            "Fleet",
            vpc=self.vpc,
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
            signals=autoscaling.Signals.wait_for_all(timeout=Duration.minutes(10)),
            update_policy=autoscaling.UpdatePolicy.rolling_update(
                max_batch_size=1, min_instances_in_service=1
            ),
        )
        self.fleet.connections.allow_from(self.service.load_balancer, ec2.Port.tcp(80), "HTTP from the ALB")

        CfnOutput(self, "AlarmTopicArn", value=self.alarm_topic.topic_arn)
        CfnOutput(self, "FleetName", value=self.fleet.auto_scaling_group_name)
