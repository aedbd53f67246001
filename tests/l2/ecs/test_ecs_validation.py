"""Bad ECS input fails where it is written, naming the construct path and the argument (messages as aws-cdk-lib's)."""

from __future__ import annotations

import pytest

from constructs import App, Stack, ValidationError
from l2 import ecs


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def test_fails_for_a_fargate_task_outside_awsvpc(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"Fargate tasks can only have AwsVpc network mode, got: bridge(.|\n)*S/T"):
        ecs.TaskDefinition(stack, "T", compatibility=ecs.Compatibility.FARGATE, cpu="256", memory_mib="512",
                           network_mode=ecs.NetworkMode.BRIDGE)


def test_fails_when_the_memory_limit_is_below_the_reservation(stack: Stack) -> None:
    task = ecs.Ec2TaskDefinition(stack, "T")
    with pytest.raises(ValidationError, match=r"MemoryLimitMiB should not be less than MemoryReservationMiB(.|\n)*S/T/c"):
        task.add_container("c", image=ecs.ContainerImage.from_registry("x"), memory_limit_mib=64,
                           memory_reservation_mib=128)


def test_fails_when_both_container_insights_settings_are_given(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"both containerInsights and containerInsightsV2(.|\n)*S/C"):
        ecs.Cluster(stack, "C", container_insights=True, container_insights_v2=ecs.ContainerInsights.ENABLED)


def test_fails_for_an_ec2_container_without_memory_at_synthesis(stack: Stack) -> None:
    task = ecs.Ec2TaskDefinition(stack, "T")
    task.add_container("c", image=ecs.ContainerImage.from_registry("x"))
    with pytest.raises(Exception, match="ECS Container c must have at least one of 'memoryLimitMiB'"):
        stack.node.root.synth()


def test_a_wrong_argument_type_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(TypeError, match="cpu"):
        ecs.FargateTaskDefinition(stack, "T", cpu="256")  # type: ignore[arg-type]


def test_fails_for_a_port_range_with_a_host_port() -> None:
    with pytest.raises(ValidationError, match='Cannot set "hostPort" while using a port range'):
        ecs.PortMap(ecs.NetworkMode.BRIDGE, container_port=0, container_port_range="80-81", host_port=80).validate()


def _cluster_and_task(stack: Stack) -> tuple[ecs.Cluster, ecs.FargateTaskDefinition]:
    cluster = ecs.Cluster(stack, "C")
    task = ecs.FargateTaskDefinition(stack, "T")
    task.add_container("web", image=ecs.ContainerImage.from_registry("x"),
                       port_mappings=[ecs.PortMapping(container_port=80)])
    return cluster, task


def test_fails_for_a_fargate_service_on_an_ec2_task_definition(stack: Stack) -> None:
    cluster = ecs.Cluster(stack, "C")
    task = ecs.Ec2TaskDefinition(stack, "T")
    with pytest.raises(ValidationError, match="not configured for compatibility with Fargate"):
        ecs.FargateService(stack, "S", cluster=cluster, task_definition=task)


def test_fails_for_auto_scaling_twice(stack: Stack) -> None:
    cluster, task = _cluster_and_task(stack)
    service = ecs.FargateService(stack, "S", cluster=cluster, task_definition=task)
    service.auto_scale_task_count(max_capacity=2)
    with pytest.raises(ValidationError, match=r"AutoScaling of task count already enabled(.|\n)*S/S"):
        service.auto_scale_task_count(max_capacity=3)


def test_fails_for_linear_configuration_without_the_linear_strategy(stack: Stack) -> None:
    cluster, task = _cluster_and_task(stack)
    with pytest.raises(ValidationError, match="Linear configuration requires deploymentStrategy to be set to LINEAR"):
        ecs.FargateService(stack, "S", cluster=cluster, task_definition=task,
                           linear_configuration=ecs.TrafficShiftConfig(step_percent=10))


def test_fails_for_a_load_balancer_target_on_a_missing_container(stack: Stack) -> None:
    cluster, task = _cluster_and_task(stack)
    service = ecs.FargateService(stack, "S", cluster=cluster, task_definition=task)
    with pytest.raises(ValidationError, match="No container named 'nope'"):
        service.load_balancer_target(container_name="nope")


def test_fails_for_empty_deployment_alarms(stack: Stack) -> None:
    cluster, task = _cluster_and_task(stack)
    service = ecs.FargateService(stack, "S", cluster=cluster, task_definition=task)
    with pytest.raises(ValidationError, match="at least one alarm name is required"):
        service.enable_deployment_alarms([])


def test_fails_for_a_capacity_provider_name_starting_with_aws(stack: Stack) -> None:
    from l2 import autoscaling, ec2

    vpc = ec2.Vpc(stack, "V")
    group = autoscaling.AutoScalingGroup(stack, "G", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
                                         machine_image=ecs.EcsOptimizedImage.amazon_linux2())
    with pytest.raises(ValidationError, match="Invalid Capacity Provider Name: awsfoo"):
        ecs.AsgCapacityProvider(stack, "P", auto_scaling_group=group, capacity_provider_name="awsfoo")


def test_fails_for_a_health_check_interval_out_of_range(stack: Stack) -> None:
    from constructs import Duration

    task = ecs.FargateTaskDefinition(stack, "T")
    task.add_container("web", image=ecs.ContainerImage.from_registry("x"),
                       health_check=ecs.HealthCheck(command=["true"], interval=Duration.seconds(1)))
    with pytest.raises(Exception, match="Interval must be between 5 seconds and 300 seconds"):
        stack.node.root.synth()


def test_a_cached_image_lookup_is_recorded_as_missing_context_with_a_dummy_id(tmp_path) -> None:
    # the key and the dummy id as aws-cdk-lib writes them (tests/golden/l2_ecs/cached_images shows the same lookup)
    import json

    from l2 import autoscaling, ec2

    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S", env={"account": "123456789012", "region": "us-east-1"})
    vpc = ec2.Vpc(stack, "V", nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC)])
    autoscaling.AutoScalingGroup(stack, "G", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
                                 machine_image=ecs.EcsOptimizedImage.amazon_linux2(cached_in_context=True))
    template = app.synth().get_stack_by_name("S").template
    missing = json.loads((tmp_path / "manifest.json").read_text())["missing"]
    key = ("ssm:account=123456789012:parameterName=/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/"
           "image_id:region=us-east-1")
    assert key in [m["key"] for m in missing]
    (config,) = [r for k, r in template["Resources"].items() if k.startswith("GLaunchConfig")]
    assert config["Properties"]["ImageId"] == ("dummy-value-for-/aws/service/ecs/optimized-ami/amazon-linux-2/"
                                               "recommended/image_id")
