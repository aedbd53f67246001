"""Imported clusters, task definitions and services; cluster and service metrics in alarms; ``grant_run``; the
remaining log drivers (journald, fluentd, generic, none, awslogs with retention and patterns); an External service."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "ImportsMetricsGrants")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
by_arn = ecs.Cluster.from_cluster_arn(stack, "ByArn", "arn:aws:ecs:us-east-1:123456789012:cluster/other")
imported_td = ecs.TaskDefinition.from_task_definition_arn(
    stack, "ImportedTd", "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3")
fargate_td = ecs.FargateTaskDefinition.from_fargate_task_definition_attributes(
    stack, "ImportedFargateTd", task_definition_arn="arn:aws:ecs:us-east-1:123456789012:task-definition/api:1",
    network_mode=ecs.NetworkMode.AWS_VPC)
svc_by_arn = ecs.FargateService.from_fargate_service_arn(
    stack, "SvcByArn", "arn:aws:ecs:us-east-1:123456789012:service/other/api")
svc_by_name = ecs.Ec2Service.from_ec2_service_attributes(stack, "SvcByName", cluster=cluster, service_name="web")
svc_with_cluster = ecs.BaseService.from_service_arn_with_cluster(
    stack, "SvcWithCluster", "arn:aws:ecs:us-east-1:123456789012:service/my-cluster/my-service")

task = ecs.FargateTaskDefinition(stack, "Task", cpu=1024, memory_limit_mib=2048)
task.add_container("web", image=ecs.ContainerImage.from_registry("nginx"),
                   logging=ecs.LogDrivers.aws_logs(stream_prefix="web", log_retention=logs.RetentionDays.ONE_WEEK,
                                                   datetime_format="%Y-%m-%d", multiline_pattern="^INFO"),
                   port_mappings=[ecs.PortMapping(container_port=80)])
task.add_container("generic", image=ecs.ContainerImage.from_registry("busybox"), essential=False,
                   logging=ecs.GenericLogDriver(log_driver="awslogs", options={"awslogs-group": "g",
                                                                              "awslogs-region": "us-east-1"}))
service = ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task, min_healthy_percent=100,
                             enable_ecs_managed_tags=True, propagate_tags=ecs.PropagatedTagSource.TASK_DEFINITION)
role = iam.Role(stack, "Runner", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
task.grant_run(role)
cloudwatch.Alarm(stack, "ClusterCpu", metric=cluster.metric_cpu_reservation(), threshold=80, evaluation_periods=1)
cloudwatch.Alarm(stack, "ClusterMem", metric=cluster.metric_memory_utilization(period=cdk.Duration.minutes(1)),
                 threshold=80, evaluation_periods=1)
cloudwatch.Alarm(stack, "ServiceCpu", metric=service.metric_cpu_utilization(statistic="Maximum"), threshold=90,
                 evaluation_periods=2)

external_task = ecs.ExternalTaskDefinition(stack, "External")
external_task.add_container("agent", image=ecs.ContainerImage.from_registry("agent"), memory_limit_mib=64,
                            logging=ecs.LogDrivers.journald(tag="agent", labels=["a"], env=["E"]))
external_task.add_container("side", image=ecs.ContainerImage.from_registry("side"), memory_limit_mib=64,
                            essential=False, logging=ecs.LogDrivers.fluentd(address="localhost:24224", async_=True,
                                                                             buffer_limit=100, max_retries=3))
external_task.add_container("quiet", image=ecs.ContainerImage.from_registry("quiet"), memory_limit_mib=64,
                            essential=False, logging=ecs.LogDrivers.none())
ecs.ExternalService(stack, "ExternalService", cluster=cluster, task_definition=external_task, desired_count=2,
                    min_healthy_percent=50)

for name, value in (("ByArnName", by_arn.cluster_name), ("ImportedTdArn", imported_td.task_definition_arn),
                    ("FargateTdArn", fargate_td.task_definition_arn), ("SvcByArnName", svc_by_arn.service_name),
                    ("SvcByNameArn", svc_by_name.service_arn), ("SvcWithClusterName", svc_with_cluster.service_name)):
    cdk.CfnOutput(stack, name, value=value)
app.synth()
