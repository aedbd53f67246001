"""Port of aws-cdk's integ.instance-placement-group: an instance in a spread placement group."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import (
    Instance,
    InstanceClass,
    InstanceSize,
    InstanceType,
    MachineImage,
    PlacementGroup,
    PlacementGroupStrategy,
    SubnetConfiguration,
    SubnetType,
    Vpc,
)

app = App()
stack = Stack(app, "ec2-instance-placementgroup-stack")
pg = PlacementGroup(stack, "test-pg", strategy=PlacementGroupStrategy.SPREAD)
vpc = Vpc(stack, "VPC", subnet_configuration=[SubnetConfiguration(name="public", subnet_type=SubnetType.PUBLIC)],
          nat_gateways=0)
Instance(
    stack,
    "Instance",
    vpc=vpc,
    instance_type=InstanceType.of(InstanceClass.T3, InstanceSize.NANO),
    machine_image=MachineImage.latest_amazon_linux2023(),
    placement_group=pg,
)
app.synth()
