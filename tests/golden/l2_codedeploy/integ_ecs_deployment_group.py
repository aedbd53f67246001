"""Port of aws-cdk integ ecs/integ.deployment-group.ts: an ECS blue/green deployment group with test listener,
canary config, alarms on both target groups and rollback on stop."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codedeploy-ecs-dg")

vpc = ec2.Vpc(stack, "VPC", max_azs=2)

cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
task_definition.add_container(
    "Container",
    image=ecs.ContainerImage.from_registry("public.ecr.aws/ecs-sample-image/amazon-ecs-sample:latest"),
    port_mappings=[ecs.PortMapping(container_port=80)],
)
service = ecs.FargateService(
    stack, "FargateService", cluster=cluster, task_definition=task_definition,
    deployment_controller=ecs.DeploymentController(type=ecs.DeploymentControllerType.CODE_DEPLOY),
)

task_definition2 = ecs.FargateTaskDefinition(stack, "TaskDef2")
task_definition2.add_container(
    "Container",
    image=ecs.ContainerImage.from_registry("public.ecr.aws/ecs-sample-image/amazon-ecs-sample:latest"),
    port_mappings=[ecs.PortMapping(container_port=80)],
)
service.node.add_dependency(task_definition2)

load_balancer = elbv2.ApplicationLoadBalancer(stack, "ServiceLB", vpc=vpc, internet_facing=False)
prod_listener = load_balancer.add_listener("ProdListener", port=80, protocol=elbv2.ApplicationProtocol.HTTP)
test_listener = load_balancer.add_listener("TestListener", port=9002, protocol=elbv2.ApplicationProtocol.HTTP)

health_check = elbv2.HealthCheck(
    interval=cdk.Duration.seconds(5), healthy_http_codes="200", healthy_threshold_count=2,
    unhealthy_threshold_count=3, timeout=cdk.Duration.seconds(4),
)
blue_tg = prod_listener.add_targets(
    "BlueTG", port=80, protocol=elbv2.ApplicationProtocol.HTTP,
    targets=[service.load_balancer_target(container_name="Container", container_port=80)],
    deregistration_delay=cdk.Duration.seconds(30), health_check=health_check,
)
green_tg = elbv2.ApplicationTargetGroup(
    stack, "GreenTG", vpc=vpc, port=80, protocol=elbv2.ApplicationProtocol.HTTP, target_type=elbv2.TargetType.IP,
    deregistration_delay=cdk.Duration.seconds(30), health_check=health_check,
)
test_listener.add_target_groups("GreenTGTest", target_groups=[green_tg])

prod_listener.node.add_dependency(green_tg)
test_listener.node.add_dependency(blue_tg)
service.node.add_dependency(test_listener)
service.node.add_dependency(green_tg)

blue_unhealthy_hosts = cloudwatch.Alarm(
    stack, "BlueUnhealthyHosts", alarm_name=stack.stack_name + "-Unhealthy-Hosts-Blue",
    metric=blue_tg.metric_unhealthy_host_count(), threshold=1, evaluation_periods=2)
blue_api_failure = cloudwatch.Alarm(
    stack, "Blue5xx", alarm_name=stack.stack_name + "-Http-500-Blue",
    metric=blue_tg.metric_http_code_target(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, period=cdk.Duration.minutes(1)),
    threshold=1, evaluation_periods=1)
green_unhealthy_hosts = cloudwatch.Alarm(
    stack, "GreenUnhealthyHosts", alarm_name=stack.stack_name + "-Unhealthy-Hosts-Green",
    metric=green_tg.metric_unhealthy_host_count(), threshold=1, evaluation_periods=2)
green_api_failure = cloudwatch.Alarm(
    stack, "Green5xx", alarm_name=stack.stack_name + "-Http-500-Green",
    metric=green_tg.metric_http_code_target(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, period=cdk.Duration.minutes(1)),
    threshold=1, evaluation_periods=1)

deployment_config = codedeploy.EcsDeploymentConfig(
    stack, "CanaryConfig",
    traffic_routing=codedeploy.TrafficRouting.time_based_canary(interval=cdk.Duration.minutes(1), percentage=20),
)

dg = codedeploy.EcsDeploymentGroup(
    stack, "BlueGreenDG",
    alarms=[blue_unhealthy_hosts, blue_api_failure, green_unhealthy_hosts, green_api_failure],
    service=service,
    blue_green_deployment_config=codedeploy.EcsBlueGreenDeploymentConfig(
        blue_target_group=blue_tg, green_target_group=green_tg, listener=prod_listener,
        test_listener=test_listener, termination_wait_time=cdk.Duration.minutes(1),
    ),
    deployment_config=deployment_config,
    auto_rollback=codedeploy.AutoRollbackConfig(stopped_deployment=True),
)

cdk.CfnOutput(stack, "NewTaskDefinition", value=task_definition2.task_definition_arn)
cdk.CfnOutput(stack, "Subnet1Id", value=vpc.private_subnets[0].subnet_id)
cdk.CfnOutput(stack, "Subnet2Id", value=vpc.private_subnets[1].subnet_id)
cdk.CfnOutput(stack, "SecurityGroupId", value=service.connections.security_groups[0].security_group_id)
cdk.CfnOutput(stack, "CodeDeployApplicationName", value=dg.application.application_name)
cdk.CfnOutput(stack, "CodeDeployDeploymentGroupName", value=dg.deployment_group_name)

app.synth()
