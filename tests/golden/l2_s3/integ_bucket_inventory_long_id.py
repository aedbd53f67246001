"""Port of aws-s3 integ.bucket.inventory: the generated inventory id of a bucket with a long, special-character id."""

from aws_cdk import App, Stack
from aws_cdk.aws_s3 import Bucket, InventoryDestination, Inventory
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        inventory_bucket = Bucket(self, "InventoryBucket")
        Bucket(
            self, "AVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVery@#$+:;?!&LongNodeIdName",
            inventories=[Inventory(destination=InventoryDestination(bucket=inventory_bucket))],
        )


app = App()
TestStack(app, "aws-cdk-bucket-inventory")
app.synth()
