"""Port of aws-cdk's integ.placement-group: placement groups with each strategy/partition/spread level."""

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2

app = App()
stack = Stack(app, "stack")
ec2.PlacementGroup(stack, "placementGroupNoProps")
ec2.PlacementGroup(stack, "PlacementGroupOnlyPartition", partitions=5)
ec2.PlacementGroup(stack, "PlacementGroupOnlySpreadLevel", spread_level=ec2.PlacementGroupSpreadLevel.HOST)
ec2.PlacementGroup(stack, "PlacementGroupOnlyStrategyPartition", strategy=ec2.PlacementGroupStrategy.PARTITION)
ec2.PlacementGroup(stack, "PlacementGroupOnlyStrategyCluster", strategy=ec2.PlacementGroupStrategy.CLUSTER)
ec2.PlacementGroup(stack, "PlacementSpreadOnly", strategy=ec2.PlacementGroupStrategy.SPREAD)
ec2.PlacementGroup(stack, "PlacementSpreadHost", strategy=ec2.PlacementGroupStrategy.SPREAD,
                   spread_level=ec2.PlacementGroupSpreadLevel.HOST)
ec2.PlacementGroup(stack, "PlacementSpreadRack", strategy=ec2.PlacementGroupStrategy.SPREAD,
                   spread_level=ec2.PlacementGroupSpreadLevel.RACK)
app.synth()
