"""Port of aws-cdk's integ test aws-batch/integ.managed-compute-environment.ts: Fargate and EC2 managed compute
environments with minimal and maximal props, launch template and placement group, Spot (bid, fleet role,
allocation strategy), tags, an AL2023 image and parameterized vCPUs.

Adapted to 2.275: the ``MinScaleDownDelay`` environment drops ``minScaleDownDelayMinutes`` (newer than 2.275).
"""

from aws_cdk import App, CfnParameter, Duration, Stack, Tags
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_batch import (
    AllocationStrategy,
    EcsMachineImage,
    EcsMachineImageType,
    FargateComputeEnvironment,
    ManagedEc2EcsComputeEnvironment,
)
from aws_cdk.aws_ec2 import LaunchTemplate
from aws_cdk.aws_iam import Role, ServicePrincipal

app = App()
stack = Stack(app, "batch-stack")
vpc = ec2.Vpc(stack, "vpc", restrict_default_security_group=False)

spot_fleet_role = Role(stack, "SpotFleetRole", assumed_by=ServicePrincipal("batch.amazonaws.com"))

FargateComputeEnvironment(stack, "minimalPropsFargate", vpc=vpc, maxv_cpus=512)

FargateComputeEnvironment(
    stack, "maximalPropsFargate",
    vpc=vpc,
    maxv_cpus=512,
    compute_environment_name="maxPropsFargateCE",
    replace_compute_environment=True,
    spot=True,
    terminate_on_update=True,
    update_timeout=Duration.minutes(30),
    update_to_latest_image_version=False,
)

ManagedEc2EcsComputeEnvironment(stack, "minimalPropsEc2", vpc=vpc,
                                images=[EcsMachineImage(image=ec2.AmazonLinuxImage())])

ManagedEc2EcsComputeEnvironment(
    stack, "LaunchTemplate",
    vpc=vpc,
    images=[EcsMachineImage(image=ec2.AmazonLinuxImage())],
    allocation_strategy=AllocationStrategy.BEST_FIT,
    minv_cpus=256,
    maxv_cpus=512,
    replace_compute_environment=True,
    terminate_on_update=False,
    placement_group=ec2.PlacementGroup(stack, "placementGroup"),
    update_timeout=Duration.hours(1),
    launch_template=LaunchTemplate(stack, "launchTemplate"),
)

ManagedEc2EcsComputeEnvironment(
    stack, "SpotEc2",
    vpc=vpc,
    images=[EcsMachineImage(image=ec2.AmazonLinuxImage())],
    spot=True,
    spot_bid_percentage=95,
    spot_fleet_role=spot_fleet_role,
)

ManagedEc2EcsComputeEnvironment(
    stack, "AllocationStrategySPOT_CAPACITY",
    vpc=vpc,
    images=[EcsMachineImage(image=ec2.AmazonLinuxImage())],
    spot=True,
    spot_bid_percentage=95,
    allocation_strategy=AllocationStrategy.SPOT_CAPACITY_OPTIMIZED,
)

tagged_ec2_ecs = ManagedEc2EcsComputeEnvironment(stack, "taggedCE", vpc=vpc,
                                                 images=[EcsMachineImage(image=ec2.AmazonLinuxImage())])

Tags.of(tagged_ec2_ecs).add("foo", "bar")
Tags.of(tagged_ec2_ecs).add("super", "salamander")

ManagedEc2EcsComputeEnvironment(stack, "ECS_AL2023", vpc=vpc,
                                images=[EcsMachineImage(image_type=EcsMachineImageType.ECS_AL2023)])

ManagedEc2EcsComputeEnvironment(stack, "MinScaleDownDelay", vpc=vpc,
                                images=[EcsMachineImage(image=ec2.AmazonLinuxImage())])

ManagedEc2EcsComputeEnvironment(
    stack, "ParamertizedManagedCE",
    vpc=vpc,
    images=[EcsMachineImage(image=ec2.AmazonLinuxImage())],
    minv_cpus=CfnParameter(stack, "MinVCpuParameter", default=512, min_value=0, type="Number").value_as_number,
    maxv_cpus=CfnParameter(stack, "MaxVCpuParameter", default=512, min_value=1, type="Number").value_as_number,
    spot=True,
    spot_bid_percentage=CfnParameter(
        stack, "SpotBidPercentageParameter", default=100, min_value=1, type="Number"
    ).value_as_number,
    spot_fleet_role=spot_fleet_role,
)

app.synth()
