"""Port of aws-cdk's integ test aws-batch/integ.consumable-resource.ts: replenishable and non-replenishable
consumable resources (the API-call assertions dropped)."""

from aws_cdk import App, Stack
from aws_cdk import aws_batch as batch

app = App()
stack = Stack(app, "BatchConsumableResourceIntegTest")

batch.ConsumableResource(
    stack, "ReplenishableResource",
    consumable_resource_name="test-replenishable-license",
    resource_type=batch.ConsumableResourceType.REPLENISHABLE,
    total_quantity=100,
)

batch.ConsumableResource(
    stack, "NonReplenishableResource",
    consumable_resource_name="test-non-replenishable-license",
    resource_type=batch.ConsumableResourceType.NON_REPLENISHABLE,
    total_quantity=50,
)

app.synth()
