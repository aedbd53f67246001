"""ECS deployment groups: a named application, a predefined config, an approval wait, a given role, an alarm added
later, alarm checks skipped, and the ECS imports."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "EcsFeatures")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
task = ecs.FargateTaskDefinition(stack, "Task")
task.add_container("web", image=ecs.ContainerImage.from_registry("nginx"),
                   port_mappings=[ecs.PortMapping(container_port=80)])
service = ecs.FargateService(
    stack, "Service", cluster=cluster, task_definition=task,
    deployment_controller=ecs.DeploymentController(type=ecs.DeploymentControllerType.CODE_DEPLOY))

lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc)
listener = lb.add_listener("Prod", port=80, open=False)
blue = listener.add_targets("Blue", port=80, targets=[service])
green = elbv2.ApplicationTargetGroup(stack, "Green", vpc=vpc, port=80, target_type=elbv2.TargetType.IP)

role = iam.Role(stack, "DeployRole", assumed_by=iam.ServicePrincipal("codedeploy.amazonaws.com"))
group = codedeploy.EcsDeploymentGroup(
    stack, "Group",
    service=service,
    application=codedeploy.EcsApplication(stack, "App", application_name="ecs-app"),
    deployment_group_name="ecs-group",
    deployment_config=codedeploy.EcsDeploymentConfig.LINEAR_10_PERCENT_EVERY_3_MINUTES,
    blue_green_deployment_config=codedeploy.EcsBlueGreenDeploymentConfig(
        blue_target_group=blue, green_target_group=green, listener=listener,
        deployment_approval_wait_time=cdk.Duration.hours(2),
    ),
    role=role,
    ignore_alarm_configuration=True,
    ignore_poll_alarms_failure=True,
)
group.add_alarm(cloudwatch.Alarm(stack, "Unhealthy", metric=blue.metric_unhealthy_host_count(), threshold=1,
                                 evaluation_periods=1))

imported_app = codedeploy.EcsApplication.from_ecs_application_name(stack, "ImportedApp", "their-ecs-app")
far_app = codedeploy.EcsApplication.from_ecs_application_arn(
    stack, "FarApp", "arn:aws:codedeploy:ap-southeast-2:123456789012:application:far-ecs")
imported_config = codedeploy.EcsDeploymentConfig.from_ecs_deployment_config_name(stack, "ImportedConfig", "their")
imported_group = codedeploy.EcsDeploymentGroup.from_ecs_deployment_group_attributes(
    stack, "ImportedGroup", application=imported_app, deployment_group_name="their-group",
    deployment_config=imported_config)
far_group = codedeploy.EcsDeploymentGroup.from_ecs_deployment_group_attributes(
    stack, "FarGroup", application=far_app, deployment_group_name="far-group")

for name, value in [
    ("GroupArn", group.deployment_group_arn),
    ("GroupConfig", group.deployment_config.deployment_config_arn),
    ("AppArn", group.application.application_arn),
    ("ImportedGroupArn", imported_group.deployment_group_arn),
    ("ImportedGroupConfig", imported_group.deployment_config.deployment_config_arn),
    ("FarGroupArn", far_group.deployment_group_arn),
    ("FarGroupConfig", far_group.deployment_config.deployment_config_arn),
    ("FarAppName", far_app.application_name),
    ("Preset", codedeploy.EcsDeploymentConfig.CANARY_10_PERCENT_15_MINUTES.deployment_config_name),
]:
    cdk.CfnOutput(stack, name, value=value)

app.synth()
