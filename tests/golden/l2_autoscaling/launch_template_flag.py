"""The generateLaunchTemplateInsteadOfLaunchConfig flag on: the launch configuration settings become a launch
template (monitoring, Spot price, block devices, public IPs, key name, extra security groups, user data and
signals), plus a launch template group with an instance refresh, alarms and a signals warning."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig": True})
stack = cdk.Stack(app, "LaunchTemplateFlag")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
group = autoscaling.AutoScalingGroup(
    stack, "Fleet", vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    instance_type=ec2.InstanceType("m5.large"), machine_image=ec2.MachineImage.latest_amazon_linux2(),
    instance_monitoring=autoscaling.Monitoring.DETAILED, spot_price="0.05", associate_public_ip_address=True,
    key_name="legacy-key",
    block_devices=[autoscaling.BlockDevice(device_name="/dev/xvda", volume=autoscaling.BlockDeviceVolume.ebs(
        30, volume_type=autoscaling.EbsDeviceVolumeType.GP3, throughput=250, iops=3000, encrypted=True))],
    signals=autoscaling.Signals.wait_for_count(2, timeout=cdk.Duration.minutes(7)),
    update_policy=autoscaling.UpdatePolicy.rolling_update(max_batch_size=2, min_instances_in_service=1,
                                                          pause_time=cdk.Duration.minutes(3),
                                                          suspend_processes=[autoscaling.ScalingProcess.LAUNCH]),
    migrate_to_launch_template=True,
    min_capacity=2,
)
group.add_security_group(ec2.SecurityGroup(stack, "Extra", vpc=vpc))
group.add_user_data("echo from-template")
alarm = cloudwatch.Alarm(stack, "Alarm", metric=cloudwatch.Metric(namespace="App", metric_name="Errors"),
                         threshold=1, evaluation_periods=1)
template = ec2.LaunchTemplate(stack, "Template", instance_type=ec2.InstanceType("t3.small"),
                              machine_image=ec2.MachineImage.latest_amazon_linux2023(),
                              role=iam.Role(stack, "TemplateRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com")))
autoscaling.AutoScalingGroup(
    stack, "Refreshed", vpc=vpc, launch_template=template,
    signals=autoscaling.Signals.wait_for_min_capacity(),
    update_policy=autoscaling.UpdatePolicy.instance_refresh(
        strategy=autoscaling.InstanceRefreshStrategy.REPLACE_ROOT_VOLUME, alarms=[alarm],
        bake_time=cdk.Duration.minutes(5), scale_in_protected_instances=autoscaling.ScaleInProtectedInstances.IGNORE,
        standby_instances=autoscaling.StandbyInstances.WAIT,
    ),
    health_checks=autoscaling.HealthChecks.ec2(),
    deletion_protection=autoscaling.DeletionProtection.PREVENT_FORCE_DELETION,
)
autoscaling.AutoScalingGroup(
    stack, "Replacing", vpc=vpc, launch_template=template, update_policy=autoscaling.UpdatePolicy.replacing_update(),
    max_instance_lifetime=cdk.Duration.days(30),
)
app.synth()
