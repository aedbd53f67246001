"""Bad input to the autoscaling constructs: aws-cdk-lib's error messages (from its sources), naming the construct
path; wrong types are TypeErrors."""

from __future__ import annotations

import re

import pytest

from constructs import App, Duration, Stack, UnscopedValidationError, ValidationError
from l2 import autoscaling, cloudwatch, ec2, iam


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


@pytest.fixture
def vpc(stack: Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc", max_azs=1)


def group(stack: Stack, vpc: ec2.Vpc, id: str = "G", **kwargs: object) -> autoscaling.AutoScalingGroup:
    base: dict[str, object] = {
        "instance_type": ec2.InstanceType("t3.micro"),
        "machine_image": ec2.MachineImage.latest_amazon_linux2(),
    }
    base.update(kwargs)
    return autoscaling.AutoScalingGroup(stack, id, vpc=vpc, **base)  # type: ignore[arg-type]


def raises(message: str, path: str = "S/G") -> pytest.RaisesContext[ValidationError]:
    return pytest.raises(ValidationError, match=re.escape(message) + r"(.|\n)*" + re.escape(f"at path [{path}]"))


def test_capacities(stack: Stack, vpc: ec2.Vpc) -> None:
    with raises("minCapacity (5) should be <= maxCapacity (2)"):
        group(stack, vpc, min_capacity=5, max_capacity=2)
    with raises("Should have minCapacity (2) <= desiredCapacity (1)", "S/H"):
        group(stack, vpc, "H", min_capacity=2, max_capacity=4, desired_capacity=1)
    with raises("Should have desiredCapacity (5) <= maxCapacity (4)", "S/I"):
        group(stack, vpc, "I", max_capacity=4, desired_capacity=5)


def test_launch_settings(stack: Stack, vpc: ec2.Vpc) -> None:
    template = ec2.LaunchTemplate(stack, "T", instance_type=ec2.InstanceType("t3.micro"),
                                  machine_image=ec2.MachineImage.latest_amazon_linux2())
    with raises("Setting 'machineImage' must not be set when 'launchTemplate' or 'mixedInstancesPolicy' is set"):
        group(stack, vpc, launch_template=template)
    with raises("Setting 'machineImage' is required when 'launchTemplate' and 'mixedInstancesPolicy' is not set",
                "S/H"):
        autoscaling.AutoScalingGroup(stack, "H", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"))
    with raises("Setting 'initOptions' requires that 'init' is also set", "S/I"):
        group(stack, vpc, "I", init_options=autoscaling.ApplyCloudFormationInitOptions())
    with raises("Can only use 'keyPair' when feature flag 'AUTOSCALING_GENERATE_LAUNCH_TEMPLATE' is set", "S/J"):
        group(stack, vpc, "J", key_pair=ec2.KeyPair(stack, "K"))
    with raises("To set 'associatePublicIpAddress: true' you must select Public subnets", "S/L"):
        group(stack, vpc, "L", associate_public_ip_address=True)


def test_group_properties(stack: Stack, vpc: ec2.Vpc) -> None:
    with raises("maxInstanceLifetime must be between 1 and 365 days (inclusive)"):
        group(stack, vpc, max_instance_lifetime=Duration.hours(1))
    with raises("Both or neither of minHealthyPercentage and maxHealthyPercentage must be specified, got "
                "minHealthyPercentage: 50 and maxHealthyPercentage: undefined", "S/H"):
        group(stack, vpc, "H", min_healthy_percentage=50)
    with raises("The difference between minHealthyPercentage and maxHealthyPercentage cannot be greater than 100, "
                "got 150", "S/I"):
        group(stack, vpc, "I", min_healthy_percentage=0, max_healthy_percentage=150)
    with raises("Cannot specify both 'healthCheck' and 'healthChecks'. Please use 'healthChecks' only.", "S/J"):
        group(stack, vpc, "J", health_check=autoscaling.HealthCheck.ec2(), health_checks=autoscaling.HealthChecks.ec2())
    with raises("TerminationPolicy.CUSTOM_LAMBDA_FUNCTION must be specified first in the termination policies", "S/K"):
        group(stack, vpc, "K", termination_policies=[autoscaling.TerminationPolicy.DEFAULT,
                                                     autoscaling.TerminationPolicy.CUSTOM_LAMBDA_FUNCTION])
    with raises("When migrateToLaunchTemplate is true, you must use AutoScalingRollingUpdate", "S/M"):
        group(stack, vpc, "M", migrate_to_launch_template=True)


def test_init_needs_signals(stack: Stack, vpc: ec2.Vpc) -> None:
    asg = group(stack, vpc)
    with raises("When applying CloudFormationInit, you must also configure signals by supplying 'signals' at "
                "instantiation time."):
        asg.apply_cloud_formation_init(ec2.CloudFormationInit.from_elements(ec2.InitCommand.shell_command("true")))


def test_unscoped_option_errors() -> None:
    with pytest.raises(UnscopedValidationError, match=re.escape("Expected: a percentage 0..100, got: 101")):
        autoscaling.Signals.wait_for_all(min_success_percentage=101)
    with pytest.raises(UnscopedValidationError, match=re.escape("checkpointDelay requires checkpointPercentages")):
        autoscaling.UpdatePolicy.instance_refresh(strategy=autoscaling.InstanceRefreshStrategy.ROLLING,
                                                  checkpoint_delay=Duration.minutes(1))
    with pytest.raises(UnscopedValidationError,
                       match=re.escape("checkpointPercentages must be in ascending order, got [50,20]")):
        autoscaling.UpdatePolicy.instance_refresh(strategy=autoscaling.InstanceRefreshStrategy.ROLLING,
                                                  checkpoint_percentages=[50, 20])
    with pytest.raises(UnscopedValidationError, match=re.escape("Cannot supply both 'day' and 'weekDay'")):
        autoscaling.Schedule.cron(day="1", week_day="MON")
    with pytest.raises(UnscopedValidationError, match="At least one health check type"):
        autoscaling.HealthChecks.with_additional_checks(additional_types=[])


def test_scaling_errors(stack: Stack, vpc: ec2.Vpc) -> None:
    asg = group(stack, vpc)
    metric = cloudwatch.Metric(namespace="N", metric_name="M")
    with raises("You must supply at least 2 intervals for autoscaling", "S/G/One"):
        asg.scale_on_metric("One", metric=metric, scaling_steps=[autoscaling.ScalingInterval(upper=1, change=1)])
    with raises("At least one of minCapacity, maxCapacity, or desiredCapacity is required", "S/G/ScheduledActionNone"):
        asg.scale_on_schedule("None", schedule=autoscaling.Schedule.expression("0 1 * * *"))
    with raises("Exactly one of 'customMetric' or 'predefinedMetric' must be specified.", "S/T"):
        autoscaling.TargetTrackingScalingPolicy(stack, "T", auto_scaling_group=asg, target_value=1)
    with raises("Attach the AutoScalingGroup to a non-imported Application Load Balancer before calling "
                "scaleOnRequestCount()"):
        asg.scale_on_request_count("Rc", target_requests_per_minute=10)
    with raises("'notificationTarget' parameter required when 'role' parameter is specified", "S/G/LifecycleHookH"):
        asg.add_lifecycle_hook("H", lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_LAUNCHING,
                               role=iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("autoscaling.amazonaws.com")))
    with raises("'minSize' parameter should be greater than or equal to 0", "S/G/WarmPool"):
        asg.add_warm_pool(min_size=-1)


def test_wrong_types_are_type_errors(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(TypeError, match="instance_type"):
        group(stack, vpc, instance_type="t3.micro")
    with pytest.raises(TypeError, match="signals"):
        group(stack, vpc, "H", signals=5)


def test_members(stack: Stack, vpc: ec2.Vpc) -> None:
    asg = group(stack, vpc)
    assert asg.are_new_instances_protected_from_scale_in() is False
    asg.protect_new_instances_from_scale_in()
    assert asg.are_new_instances_protected_from_scale_in() is True
    assert asg.os_type is ec2.OperatingSystemType.LINUX
    assert isinstance(asg, autoscaling.IAutoScalingGroup)
    imported = autoscaling.AutoScalingGroup.from_auto_scaling_group_name(stack, "I", "name")
    assert isinstance(imported, autoscaling.IAutoScalingGroup)
    assert imported.os_type is ec2.OperatingSystemType.UNKNOWN
    assert imported.auto_scaling_group_ref.auto_scaling_group_name == "name"


def test_warnings_as_aws_cdk_lib(stack: Stack, vpc: ec2.Vpc) -> None:
    # the texts and ids aws-cdk-lib 2.275 writes for the same app (run through the oracle)
    imported = autoscaling.AutoScalingGroup.from_auto_scaling_group_name(stack, "I", "name")
    imported.scale_on_schedule("X", schedule=autoscaling.Schedule.cron(hour="5"), min_capacity=1)
    group(stack, vpc, desired_capacity=1, block_devices=[
        autoscaling.BlockDevice(device_name="/dev/x", volume=autoscaling.BlockDeviceVolume.ebs(10, iops=100))
    ])
    assembly = stack.node.root.synth()
    messages = {(m.id, m.entry["data"]) for m in assembly.get_stack_artifact(stack.artifact_id).messages}
    assert messages == {
        ("/S/G", "iops will be ignored without volumeType: EbsDeviceVolumeType.IO1 "
                 "[ack: @aws-cdk/aws-autoscaling:iopsIgnored]"),
        ("/S/G", "desiredCapacity has been configured. Be aware this will reset the size of your AutoScalingGroup "
                 "on every deployment. See https://github.com/aws/aws-cdk/issues/5215 "
                 "[ack: @aws-cdk/aws-autoscaling:desiredCapacitySet]"),
        ("/S/I/ScheduledActionX", "cron: If you don't pass 'minute', by default the event runs every minute. Pass "
                                  "'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour "
                                  "instead. [ack: @aws-cdk/aws-autoscaling:scheduleDefaultRunsEveryMinute]"),
    }
