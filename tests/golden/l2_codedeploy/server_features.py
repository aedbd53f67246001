"""Server deployment groups: instance tag sets (EC2 and on-premises), Linux and Windows Auto Scaling groups with
the agent installed, ALB and NLB target groups, a percentage config, the termination hook, generated names and
imports."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "ServerFeatures", env=cdk.Environment(account="123456789012", region="us-east-1"))

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
linux = autoscaling.AutoScalingGroup(
    stack, "Linux", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
    machine_image=ec2.MachineImage.generic_linux({"us-east-1": "ami-12345678"}))
windows = autoscaling.AutoScalingGroup(
    stack, "Windows", vpc=vpc, instance_type=ec2.InstanceType("t3.large"),
    machine_image=ec2.MachineImage.generic_windows({"us-east-1": "ami-87654321"}))

alb = elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc)
alb_group = alb.add_listener("Listener", port=80).add_targets("Fleet", port=80, targets=[linux])
nlb = elbv2.NetworkLoadBalancer(stack, "NLB", vpc=vpc)
nlb_group = nlb.add_listener("Listener", port=80).add_targets("Fleet", port=80)

application = codedeploy.ServerApplication(stack, "App", application_name="server-app")
config = codedeploy.ServerDeploymentConfig(
    stack, "Config", minimum_healthy_hosts=codedeploy.MinimumHealthyHosts.percentage(75),
    deployment_config_name="three-quarters")

group = codedeploy.ServerDeploymentGroup(
    stack, "Group",
    application=application,
    deployment_config=config,
    deployment_group_name="server-group",
    auto_scaling_groups=[linux],
    load_balancers=[codedeploy.LoadBalancer.application(alb_group), codedeploy.LoadBalancer.network(nlb_group)],
    ec2_instance_tags=codedeploy.InstanceTagSet(
        {"env": ["prod", "beta"], "team": []},
        {"": ["web"]},
    ),
    on_premise_instance_tags=codedeploy.InstanceTagSet({"site": ["dc1"]}),
    termination_hook=True,
    ignore_poll_alarms_failure=False,
)
group.add_auto_scaling_group(windows)
group.add_alarm(cloudwatch.Alarm(stack, "Cpu", metric=cloudwatch.Metric(namespace="AWS/EC2",
                                                                         metric_name="CPUUtilization"),
                                 threshold=90, evaluation_periods=3))

plain = codedeploy.ServerDeploymentGroup(
    stack, "Plain",
    deployment_group_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
    install_agent=False,
    load_balancer=codedeploy.LoadBalancer.application(alb_group),
    deployment_config=codedeploy.ServerDeploymentConfig.HALF_AT_A_TIME,
    ignore_alarm_configuration=True,
)
plain.add_auto_scaling_group(autoscaling.AutoScalingGroup(
    stack, "NoAgent", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
    machine_image=ec2.MachineImage.generic_linux({"us-east-1": "ami-12345678"})))

imported_app = codedeploy.ServerApplication.from_server_application_name(stack, "ImportedApp", "legacy-app")
far_app = codedeploy.ServerApplication.from_server_application_arn(
    stack, "FarApp", "arn:aws:codedeploy:eu-west-1:210987654321:application:far")
imported_config = codedeploy.ServerDeploymentConfig.from_server_deployment_config_name(
    stack, "ImportedConfig", "legacy-config")
imported_group = codedeploy.ServerDeploymentGroup.from_server_deployment_group_attributes(
    stack, "ImportedGroup", application=imported_app, deployment_group_name="legacy-group",
    deployment_config=imported_config)
far_group = codedeploy.ServerDeploymentGroup.from_server_deployment_group_attributes(
    stack, "FarGroup", application=far_app, deployment_group_name="far-group")

for name, value in [
    ("GroupArn", group.deployment_group_arn),
    ("PlainName", plain.deployment_group_name),
    ("PlainApp", plain.application.application_name),
    ("PlainConfig", plain.deployment_config.deployment_config_arn),
    ("ConfigArn", config.deployment_config_arn),
    ("ImportedGroupArn", imported_group.deployment_group_arn),
    ("ImportedGroupConfig", imported_group.deployment_config.deployment_config_name),
    ("FarGroupArn", far_group.deployment_group_arn),
    ("FarGroupConfig", far_group.deployment_config.deployment_config_arn),
    ("FarAppName", far_group.application.application_name),
]:
    cdk.CfnOutput(stack, name, value=value)

app.synth()
