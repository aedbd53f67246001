"""Bad input to the AWS Batch constructs: aws-cdk-lib's messages (checked against aws-cdk-lib 2.275), with the
construct path; wrong types are ``TypeError``s."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Duration, Size, Stack, SynthesisError, ValidationError
from l2 import batch, ec2, ecs, iam


class _Cluster:
    """What AWS Batch reads of an EKS cluster."""

    cluster_arn = "arn:aws:eks:us-east-1:123456789012:cluster/c"
    cluster_name = "c"


def _image() -> ecs.ContainerImage:
    return ecs.ContainerImage.from_registry("x")


def _ce(**kwargs: Any) -> Callable[[Stack, ec2.Vpc], Any]:
    return lambda s, v: batch.ManagedEc2EcsComputeEnvironment(s, "CE", vpc=v, **kwargs)


def _fargate_container(**kwargs: Any) -> Callable[[Stack, ec2.Vpc], Any]:
    return lambda s, v: batch.EcsFargateContainerDefinition(
        s, "C", image=_image(), cpu=1, memory=Size.gibibytes(2), **kwargs)


def _limit(minutes: float) -> batch.JobStateTimeLimitAction:
    return batch.JobStateTimeLimitAction(max_time=Duration.minutes(minutes),
                                         reason=batch.JobStateTimeLimitActionsReason.JOB_RESOURCE_REQUIREMENT)


CONSTRUCTION_ERRORS: list[tuple[str, Callable[[Stack, ec2.Vpc], Any], str, str]] = [
    ("bid without spot", _ce(spot_bid_percentage=50), "S/CE",
     "Managed ComputeEnvironment 'CE' specifies 'spotBidPercentage' without specifying 'spot'"),
    ("bid over 100", _ce(spot=True, spot_bid_percentage=120), "S/CE",
     "Managed ComputeEnvironment 'CE' specifies 'spotBidPercentage' > 100"),
    ("bid below 0", _ce(spot=True, spot_bid_percentage=-5), "S/CE",
     "Managed ComputeEnvironment 'CE' specifies 'spotBidPercentage' < 0"),
    ("fleet role without spot",
     lambda s, v: batch.ManagedEc2EcsComputeEnvironment(
         s, "CE", vpc=v, spot_fleet_role=iam.Role(s, "R", assumed_by=iam.AccountRootPrincipal())),
     "S/CE", "Managed ComputeEnvironment 'CE' specifies 'spotFleetRole' without specifying 'spot'"),
    ("negative minv", _ce(minv_cpus=-1), "S/CE",
     "Managed ComputeEnvironment 'CE' has 'minvCpus' = -1 < 0; 'minvCpus' cannot be less than zero"),
    ("minv over maxv", _ce(minv_cpus=10, maxv_cpus=5), "S/CE",
     "Managed ComputeEnvironment 'CE' has 'minvCpus' = 10 > 'maxvCpus' = 5; 'minvCpus' cannot be greater than "
     "'maxvCpus'"),
    ("spot price capacity without spot", _ce(allocation_strategy=batch.AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED),
     "S/CE", "Managed ComputeEnvironment 'CE' specifies 'AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED' without "
     "using spot instances"),
    ("spot capacity without spot", _ce(allocation_strategy=batch.AllocationStrategy.SPOT_CAPACITY_OPTIMIZED),
     "S/CE", "Managed ComputeEnvironment 'CE' specifies 'AllocationStrategy.SPOT_CAPACITY_OPTIMIZED' without using "
     "spot instances"),
    ("A1 with AL2023",
     _ce(images=[batch.EcsMachineImage(image_type=batch.EcsMachineImageType.ECS_AL2023)],
         instance_classes=[ec2.InstanceClass.A1]),
     "S/CE", "Amazon Linux 2023 does not support A1 instances. To use A1 instances, explicitly set imageType to "
     "ECS_AL2 or disable the @aws-cdk/aws-batch:defaultToAL2023 feature flag."),
    ("EKS with BEST_FIT",
     lambda s, v: batch.ManagedEc2EksComputeEnvironment(
         s, "CE", vpc=v, kubernetes_namespace="ns", eks_cluster=_Cluster(),
         allocation_strategy=batch.AllocationStrategy.BEST_FIT),
     "S/CE", "ManagedEc2EksComputeEnvironment 'CE' uses invalid allocation strategy 'AllocationStrategy.BEST_FIT'"),
    ("ephemeral storage too big", _fargate_container(ephemeral_storage_size=Size.gibibytes(201)), "S/C",
     "ECS Fargate container 'C' specifies 'ephemeralStorageSize' at 201 > 200 GB"),
    ("ephemeral storage too small", _fargate_container(ephemeral_storage_size=Size.gibibytes(20)), "S/C",
     "ECS Fargate container 'C' specifies 'ephemeralStorageSize' at 20 < 21 GB"),
    ("read-only root on Windows",
     _fargate_container(readonly_root_filesystem=True,
                        fargate_operating_system_family=ecs.OperatingSystemFamily.WINDOWS_SERVER_2019_FULL),
     "S/C", "Readonly root filesystem is not possible on Windows; write access is required for registry & system "
     "processes to run inside the container"),
    ("time limit too short", lambda s, v: batch.JobQueue(s, "Q", job_state_time_limit_actions=[_limit(5)]), "S/Q",
     "maxTime must be between 600 and 86400 seconds, got 300 seconds at jobStateTimeLimitActions[0]"),
    ("time limit too long",
     lambda s, v: batch.JobQueue(s, "Q", job_state_time_limit_actions=[_limit(10), _limit(2880)]), "S/Q",
     "maxTime must be between 600 and 86400 seconds, got 172800 seconds at jobStateTimeLimitActions[1]"),
    ("swappiness over 100", lambda s, v: batch.LinuxParameters(s, "L", swappiness=101), "S/L",
     "swappiness: Must be an integer between 0 and 100; received 101."),
    ("fractional swappiness", lambda s, v: batch.LinuxParameters(s, "L", swappiness=1.5), "S/L",
     "swappiness: Must be an integer between 0 and 100; received 1.5."),
    ("negative quantity", lambda s, v: batch.ConsumableResource(s, "R", total_quantity=-1), "S/R",
     "totalQuantity must be a non-negative integer, got -1"),
    ("fractional quantity", lambda s, v: batch.ConsumableResource(s, "R", total_quantity=2.5), "S/R",
     "totalQuantity must be a non-negative integer, got 2.5"),
    ("compute environment added to an imported queue",
     lambda s, v: batch.JobQueue.from_job_queue_arn(s, "Q", "arn:aws:batch:us-east-1:123456789012:job-queue/q")
     .add_compute_environment(batch.UnmanagedComputeEnvironment(s, "U"), 1),
     "S/Q", "cannot add ComputeEnvironments to imported JobQueue 'Q'"),
    ("instance class added to an imported compute environment",
     lambda s, v: batch.ManagedEc2EcsComputeEnvironment.from_managed_ec2_ecs_compute_environment_arn(
         s, "CE", "arn:aws:batch:us-east-1:123456789012:compute-environment/ce").add_instance_class(ec2.InstanceClass.M5),
     "S/CE", "cannot add instance class to imported ComputeEnvironment 'CE'"),
    ("instance type added to an imported compute environment",
     lambda s, v: batch.ManagedEc2EcsComputeEnvironment.from_managed_ec2_ecs_compute_environment_arn(
         s, "CE", "arn:aws:batch:us-east-1:123456789012:compute-environment/ce").add_instance_type(
         ec2.InstanceType("m5.large")),
     "S/CE", "cannot add instance type to imported ComputeEnvironment 'CE'"),
]


@pytest.mark.parametrize(("build", "path", "message"), [c[1:] for c in CONSTRUCTION_ERRORS],
                         ids=[c[0] for c in CONSTRUCTION_ERRORS])
def test_fails_on_bad_props_with_aws_cdk_libs_message(build: Callable[..., Any], path: str, message: str) -> None:
    stack = Stack(App(), "S")
    vpc = ec2.Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as info:
        build(stack, vpc)
    assert str(info.value).split("\n")[0] == message
    assert f"[{path}]" in str(info.value)


SYNTH_ERRORS: list[tuple[str, Callable[[Stack, ec2.Vpc], Any], str]] = [
    ("queue without compute environments", lambda s, v: batch.JobQueue(s, "Q"),
     "[S/Q] This JobQueue does not link any ComputeEnvironments"),
    ("two compute environments of one order",
     lambda s, v: batch.JobQueue(s, "Q", compute_environments=[
         batch.OrderedComputeEnvironment(compute_environment=batch.UnmanagedComputeEnvironment(s, "U1"), order=1),
         batch.OrderedComputeEnvironment(compute_environment=batch.UnmanagedComputeEnvironment(s, "U2"), order=1),
     ]),
     "[S/Q] assigns the same order to different ComputeEnvironments"),
    ("multi-node job without containers", lambda s, v: batch.MultiNodeJobDefinition(s, "M"),
     "[S/M] multinode job has no containers!"),
    ("no instance types or classes", _ce(use_optimal_instance_classes=False),
     "[S/CE] 'defaultInstanceClasses' undefined without specifying any instance types or classes"),
]


@pytest.mark.parametrize(("build", "message"), [c[1:] for c in SYNTH_ERRORS], ids=[c[0] for c in SYNTH_ERRORS])
def test_fails_validation_at_synthesis(build: Callable[..., Any], message: str) -> None:
    app = App()
    stack = Stack(app, "S")
    build(stack, ec2.Vpc(stack, "Vpc"))
    with pytest.raises(SynthesisError) as info:
        app.synth()
    assert "Validation failed with the following errors:" in str(info.value)
    assert message in str(info.value)


def test_later_additions_satisfy_the_synthesis_checks() -> None:
    app = App()
    stack = Stack(app, "S")
    queue = batch.JobQueue(stack, "Q")
    queue.add_compute_environment(batch.UnmanagedComputeEnvironment(stack, "U"), 1)
    job = batch.MultiNodeJobDefinition(stack, "M")
    job.add_container(start_node=0, end_node=1, container=batch.EcsEc2ContainerDefinition(
        stack, "C", image=_image(), cpu=1, memory=Size.gibibytes(1)))
    template = app.synth().get_stack_artifact("S").template
    resources = template["Resources"]
    queue_props = next(r["Properties"] for r in resources.values() if r["Type"] == "AWS::Batch::JobQueue")
    assert queue_props["ComputeEnvironmentOrder"][0]["Order"] == 1
    job_props = next(r["Properties"] for r in resources.values() if r["Type"] == "AWS::Batch::JobDefinition")
    assert job_props["NodeProperties"]["NumNodes"] == 2


@pytest.mark.parametrize(("build", "argument"), [
    (lambda s, v: batch.ManagedEc2EcsComputeEnvironment(s, "CE", vpc=v, enabled="yes"), "enabled"),
    (lambda s, v: batch.JobQueue(s, "Q", priority="high"), "priority"),
    (lambda s, v: batch.EcsEc2ContainerDefinition(s, "C", image=_image(), cpu=1, memory=2048), "memory"),
    (lambda s, v: batch.FargateComputeEnvironment(s, "F", vpc="vpc-123"), "vpc"),
], ids=["bool", "number", "Size", "IVpc"])
def test_wrong_types_are_type_errors(build: Callable[..., Any], argument: str) -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError, match=argument):
        build(stack, ec2.Vpc(stack, "Vpc"))
