"""A launch-configuration group with most options: init and signals with a rolling update, notifications, group
metrics, termination policies, block devices, scaling of every kind, a scheduled action window, a warm pool,
lifecycle hooks, an extra security group, connections, IMDSv2, an imported group, and AutoScalingAction."""

import datetime

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "GroupFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
topic = sns.Topic(stack, "Topic")
init = ec2.CloudFormationInit.from_elements(
    ec2.InitCommand.shell_command("echo hello > /tmp/hello"),
    ec2.InitFile.from_string("/etc/motd", "welcome"),
)
group = autoscaling.AutoScalingGroup(
    stack, "Fleet", vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machine_image=ec2.MachineImage.latest_amazon_linux2023(),
    min_capacity=1, max_capacity=6, desired_capacity=2,
    init=init,
    init_options=autoscaling.ApplyCloudFormationInitOptions(config_sets=["default"], include_url=True,
                                                            include_role=True, print_log=False),
    signals=autoscaling.Signals.wait_for_all(min_success_percentage=80, timeout=cdk.Duration.minutes(10)),
    notifications=[
        autoscaling.NotificationConfiguration(topic=topic),
        autoscaling.NotificationConfiguration(topic=topic, scaling_events=autoscaling.ScalingEvents.ERRORS),
    ],
    group_metrics=[autoscaling.GroupMetrics.all(),
                   autoscaling.GroupMetrics(autoscaling.GroupMetric.MIN_SIZE, autoscaling.GroupMetric.MAX_SIZE)],
    termination_policies=[autoscaling.TerminationPolicy.OLDEST_INSTANCE, autoscaling.TerminationPolicy.DEFAULT],
    block_devices=[
        autoscaling.BlockDevice(device_name="/dev/xvda", volume=autoscaling.BlockDeviceVolume.ebs(
            20, volume_type=autoscaling.EbsDeviceVolumeType.IO1, iops=1000, delete_on_termination=True)),
        autoscaling.BlockDevice(device_name="/dev/xvdb", volume=autoscaling.BlockDeviceVolume.ephemeral(0)),
        autoscaling.BlockDevice(device_name="/dev/xvdc", volume=autoscaling.BlockDeviceVolume.no_device()),
        autoscaling.BlockDevice(device_name="/dev/xvdd",
                                volume=autoscaling.BlockDeviceVolume.ebs_from_snapshot("snap-1234", volume_size=30)),
    ],
    instance_monitoring=autoscaling.Monitoring.BASIC,
    cooldown=cdk.Duration.minutes(2),
    health_check=autoscaling.HealthCheck.elb(grace=cdk.Duration.minutes(1)),
    key_name="my-key",
    require_imdsv2=True,
    ssm_session_permissions=True,
    allow_all_outbound=False,
    new_instances_protected_from_scale_in=False,
    ignore_unmodified_size_properties=False,
    max_healthy_percentage=150, min_healthy_percentage=50,
)
group.add_security_group(ec2.SecurityGroup(stack, "Extra", vpc=vpc))
group.connections.allow_from_any_ipv4(ec2.Port.tcp(80))
group.add_user_data("echo extra")
group.protect_new_instances_from_scale_in()
group.scale_on_incoming_bytes("In", target_bytes_per_second=1000000, disable_scale_in=True,
                              cooldown=cdk.Duration.seconds(60))
group.scale_on_outgoing_bytes("Out", target_bytes_per_second=2000000,
                              estimated_instance_warmup=cdk.Duration.seconds(90))
group.scale_to_track_metric(
    "Custom", metric=cloudwatch.Metric(namespace="App", metric_name="Load", dimensions_map={"Group": "a"},
                                       statistic="Maximum", unit=cloudwatch.Unit.PERCENT),
    target_value=70,
)
group.scale_on_schedule(
    "Window", schedule=autoscaling.Schedule.expression("0 8 * * 1-5"), desired_capacity=3,
    start_time=datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
    end_time=datetime.datetime(2031, 6, 7, 8, 9, 10, tzinfo=datetime.UTC), time_zone="Europe/Paris",
)
group.scale_on_schedule("EveryMinute", schedule=autoscaling.Schedule.cron(hour="5"), min_capacity=1)
step = group.scale_on_metric(
    "Steps", metric=cloudwatch.Metric(namespace="App", metric_name="Queue"),
    scaling_steps=[autoscaling.ScalingInterval(upper=0, change=1), autoscaling.ScalingInterval(lower=100, change=5)],
    adjustment_type=autoscaling.AdjustmentType.EXACT_CAPACITY,
)
group.add_warm_pool(min_size=1, max_group_prepared_capacity=3, pool_state=autoscaling.PoolState.HIBERNATED,
                    reuse_on_scale_in=True)
action = autoscaling.StepScalingAction(
    stack, "Manual", auto_scaling_group=group, adjustment_type=autoscaling.AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
    min_adjustment_magnitude=2, metric_aggregation_type=autoscaling.MetricAggregationType.MINIMUM,
    estimated_instance_warmup=cdk.Duration.seconds(30),
)
action.add_adjustment(adjustment=10, lower_bound=0, upper_bound=50)
action.add_adjustment(adjustment=20, lower_bound=50)
alarm = cloudwatch.Alarm(stack, "Alarm", metric=cloudwatch.Metric(namespace="App", metric_name="Errors"),
                         threshold=5, evaluation_periods=1)
alarm.add_alarm_action(actions.AutoScalingAction(action))
imported = autoscaling.AutoScalingGroup.from_auto_scaling_group_name(stack, "Imported", "legacy")
imported.scale_on_cpu_utilization("Cpu", target_utilization_percent=40)
imported.add_warm_pool()
autoscaling.ScheduledAction(stack, "Direct", auto_scaling_group=imported, schedule=autoscaling.Schedule.cron(
    minute="0", hour="1", week_day="MON"), max_capacity=4)
cdk.CfnOutput(stack, "Arn", value=group.auto_scaling_group_arn)
cdk.CfnOutput(stack, "ImportedArn", value=imported.auto_scaling_group_arn)
cdk.CfnOutput(stack, "Upper", value=step.upper_alarm.alarm_arn)
app.synth()
